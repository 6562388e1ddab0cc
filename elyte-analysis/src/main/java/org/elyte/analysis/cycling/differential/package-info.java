/**
 * Differential capacity dQ/dV and differential voltage dV/dQ per half cycle
 * ({@link org.elyte.analysis.cycling.differential.DifferentialCapacity}): binning on a uniform voltage
 * (or capacity) grid, which tolerates voltage that is not monotonic, then a Savitzky–Golay derivative.
 */
package org.elyte.analysis.cycling.differential;
