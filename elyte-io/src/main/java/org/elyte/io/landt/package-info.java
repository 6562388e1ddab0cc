/** Landt battery-tester CSV exports. */
package org.elyte.io.landt;
