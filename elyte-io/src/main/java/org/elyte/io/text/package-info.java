/** Plain text and CSV impedance tables (f, Z', Z''), with separator, decimal and sign detection. */
package org.elyte.io.text;
