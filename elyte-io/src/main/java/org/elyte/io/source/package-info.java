/**
 * The text toolkit every impedance reader shares: decoding bytes into lines
 * ({@link org.elyte.io.source.TextContent}), numbers with a decimal point or comma
 * ({@link org.elyte.io.source.Numbers}), field splitting, column finding by header name, point
 * checks and spectrum assembly, warnings and instrument wall-clock times.
 */
package org.elyte.io.source;
