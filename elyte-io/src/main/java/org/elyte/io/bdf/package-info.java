/** Battery Data Format (BDF) CSV: reading and writing with preferred labels or machine names. */
package org.elyte.io.bdf;
