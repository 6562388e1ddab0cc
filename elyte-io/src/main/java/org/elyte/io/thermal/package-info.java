/**
 * Readers of DSC exports: NETZSCH Proteus ASCII ({@code #KEY:value} header, {@code ##} column line)
 * and plain CSV/text tables with temperature, heat flow and optional time columns
 * ({@link org.elyte.io.thermal.DscFiles}).
 */
package org.elyte.io.thermal;
