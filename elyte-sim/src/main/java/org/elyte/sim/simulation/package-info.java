/**
 * The simulation facade (DESIGN.md "Simulation mirrors the PyBaMM pipeline"): a parameter set is
 * mapped to the cell models ({@link org.elyte.sim.simulation.CellMapping}), an
 * {@link org.elyte.sim.experiment.Experiment} is run step by step on the DFN half cell with the state
 * carried over ({@link org.elyte.sim.simulation.Simulation}), and the result is one core
 * {@code Recording} in the BDF conventions, so the cycling analyses run unchanged on virtual data.
 * Also: Bruce–Vincent experiments on the symmetric cell, rate tests and calibration of parameters to
 * measured curves.
 */
package org.elyte.sim.simulation;
