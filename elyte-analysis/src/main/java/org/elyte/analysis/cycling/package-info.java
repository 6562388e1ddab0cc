/**
 * Galvanostatic cycling figures of merit from a cycler {@link org.elyte.core.recording.Recording}:
 * step classification ({@link org.elyte.analysis.cycling.Steps}), per-cycle capacities, Coulombic and
 * energy efficiencies, mean voltages and their gap ({@link org.elyte.analysis.cycling.CycleSummary}),
 * capacity retention, fade and abrupt failure ({@link org.elyte.analysis.cycling.Retention}) and rate
 * capability ({@link org.elyte.analysis.cycling.RateCapability}). Differential capacity (dQ/dV, dV/dQ)
 * is in {@link org.elyte.analysis.cycling.differential}. Definitions that cyclers and analysis tools
 * disagree on are named enum options with a documented default (docs/methods.md, "Galvanostatic cycling").
 */
package org.elyte.analysis.cycling;
