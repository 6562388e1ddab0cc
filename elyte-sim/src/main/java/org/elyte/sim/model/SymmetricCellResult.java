package org.elyte.sim.model;

import java.util.Optional;

import org.elyte.core.recording.Recording;
import org.elyte.sim.solver.DaeSolution;

/**
 * A simulated symmetric-cell experiment.
 *
 * @param recording TEST_TIME (s), VOLTAGE (V), CURRENT (A, positive into the working electrode at x = 0)
 * @param timesS step times, s
 * @param currentDensity current density at each time, A/m²
 * @param voltage cell voltage at each time, V
 * @param leftSurface c at x = 0 (working electrode), mol/m³
 * @param rightSurface c at x = L (counter electrode), mol/m³
 * @param saltInventory ∫c dx at each time, mol/m²
 * @param concentration cell concentrations at each time (rows), mol/m³
 * @param centresM cell centres, m
 * @param status how the integration ended
 * @param message reason (event or failure)
 * @param event event that stopped the run, if any ("salt depletion", "voltage limit")
 * @param stats solver counters
 */
public record SymmetricCellResult(Recording recording, double[] timesS, double[] currentDensity, double[] voltage,
        double[] leftSurface, double[] rightSurface, double[] saltInventory, double[][] concentration,
        double[] centresM, DaeSolution.Status status, String message, Optional<String> event,
        DaeSolution.Stats stats) {

    /** @return number of time points */
    public int size() {
        return timesS.length;
    }

    /** @return last index */
    public int last() {
        return timesS.length - 1;
    }
}
