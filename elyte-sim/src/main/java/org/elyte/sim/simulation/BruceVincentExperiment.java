package org.elyte.sim.simulation;

import java.util.Objects;

import org.elyte.core.error.ConvergenceException;
import org.elyte.core.error.InvalidInputException;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.core.recording.Recording;
import org.elyte.sim.eis.VirtualEis;
import org.elyte.sim.model.CellControl;
import org.elyte.sim.model.SymmetricCell;
import org.elyte.sim.model.SymmetricCellResult;
import org.elyte.sim.model.SymmetricCellSimulation;
import org.elyte.sim.model.SymmetricCellTheory;
import org.elyte.sim.parameters.CellParameters;

/**
 * A virtual Bruce–Vincent experiment on Li | membrane | Li (Evans, Vincent &amp; Bruce, Polymer 28
 * (1987) 2324): impedance at rest, a potentiostatic step ΔV held for many diffusion times
 * (chronoamperometry), impedance again. The model's interfaces do not age, so the spectrum after
 * the step is computed at rest like the one before; both are returned so that the analysis
 * ({@code elyte transference}) runs on them unchanged.
 *
 * @param chronoamperometry TEST_TIME (s), VOLTAGE (V), CURRENT (A)
 * @param before impedance before the step, Ω
 * @param after impedance after the step, Ω
 * @param currentFraction ρ₊ of concentrated-solution theory, the value I_ss/I₀ tends to with ideal
 *        (non-resistive) interfaces; equal to t₊ for an ideal solution (thermodynamic factor 1 and
 *        D from the ideal closure)
 * @param transference t₊ that went in (at c₀, T)
 * @param interfaceResistanceOhm linearised charge-transfer resistance of both interfaces, Ω
 * @param bulkResistanceOhm L/(κA), Ω
 */
public record BruceVincentExperiment(Recording chronoamperometry, ImpedanceSpectrum before, ImpedanceSpectrum after,
        double currentFraction, double transference, double interfaceResistanceOhm, double bulkResistanceOhm) {

    /** Checks for nulls. */
    public BruceVincentExperiment {
        Objects.requireNonNull(chronoamperometry, "chronoamperometry");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /**
     * @param p parameters (electrolyte, membrane thickness, area, Li kinetics and double layer)
     * @param temperatureK T, K
     * @param deltaV applied step, V (&gt; 0, e.g. 0.01)
     * @param relaxationTimes duration in units of L²/(π²D) (e.g. 8)
     * @param frequencyHz EIS frequencies, Hz
     * @return the experiment
     * @throws ConvergenceException when the solver fails
     */
    public static BruceVincentExperiment run(CellParameters p, double temperatureK, double deltaV,
            double relaxationTimes, double[] frequencyHz) {
        if (!(deltaV > 0 && deltaV < 1) || !(relaxationTimes > 0)) {
            throw new InvalidInputException("Bruce-Vincent needs 0 < dV < 1 V and a positive duration; got " + deltaV
                    + " V, " + relaxationTimes);
        }
        SymmetricCell cell = CellMapping.symmetricCell(p, temperatureK, 80);
        double c0 = cell.initialConcentration();
        double tau = SymmetricCellTheory.relaxationTime(cell.electrolyte(), c0, temperatureK, cell.thicknessM());
        SymmetricCellResult ca = SymmetricCellSimulation.of(cell).run(new CellControl.Voltage(deltaV),
                relaxationTimes * tau);
        if (ca.status() != org.elyte.sim.solver.DaeSolution.Status.COMPLETED) {
            throw new ConvergenceException("Bruce-Vincent chronoamperometry: " + ca.message());
        }
        double cdl = p.lithium().doubleLayerFPerM2();
        if (!(cdl > 0)) {
            throw new InvalidInputException("Negative electrode double-layer capacity [F.m-2] must be > 0 for EIS");
        }
        double er = CellMapping.relativePermittivity(p);
        ImpedanceSpectrum z = VirtualEis.symmetricCell(cell, cdl, er, frequencyHz);
        double area = cell.areaM2();
        double rct = 2 * cell.kinetics().chargeTransferResistance(temperatureK) / area
                + 2 * cell.kinetics().filmResistance() / area;
        double rb = cell.thicknessM() / (cell.electrolyte().conductivity(c0, temperatureK) * area);
        return new BruceVincentExperiment(ca.recording(), z, z,
                SymmetricCellTheory.currentFraction(cell.electrolyte(), c0, temperatureK),
                cell.electrolyte().transference(c0, temperatureK), rct, rb);
    }

    /**
     * @param deltaV applied step, V
     * @return t₊ by the Bruce–Vincent formula from the model's own I₀ (first point), I_ss (last point)
     *         and interface resistance
     */
    public double transferenceFromModel(double deltaV) {
        double[] i = chronoamperometry.require(org.elyte.core.quantity.Quantity.CURRENT);
        double i0 = Math.abs(i[0]);
        double iss = Math.abs(i[i.length - 1]);
        return SymmetricCellTheory.bruceVincent(deltaV, i0, iss, interfaceResistanceOhm, interfaceResistanceOhm);
    }
}
