/** Arbin CSV exports (the MITS {@code .res} database is not read yet). */
package org.elyte.io.arbin;
