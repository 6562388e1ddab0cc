/**
 * Cell models written as DAEs for {@link org.elyte.sim.solver.BdfIntegrator}: the symmetric
 * Li | solid electrolyte | Li cell (galvanostatic and potentiostatic) and the DFN Li foil | solid
 * electrolyte | composite cathode half cell (galvanostatic, LFP and NCM811 open-circuit potentials), with the small parameter
 * records they need (electrolyte transport in concentrated-solution theory, Butler–Volmer
 * kinetics with film resistance) and the analytic limits used as test oracles. SI units
 * throughout: m, s, mol/m³, A/m², V, K.
 */
package org.elyte.sim.model;
