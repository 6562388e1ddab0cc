package org.elyte.sim.model;

import java.util.Optional;

import org.elyte.core.recording.Recording;
import org.elyte.sim.solver.DaeSolution;

/**
 * A simulated galvanostatic step of a {@link HalfCell}.
 *
 * @param recording TEST_TIME (s), VOLTAGE (V), CURRENT (A, positive when charging) and
 *        DISCHARGING_CAPACITY (Ah)
 * @param timesS step times, s
 * @param voltage cell voltage, V
 * @param dischargeCharge charge passed on discharge per area since the start, C/m²
 * @param electrolyteLithium Li⁺ in the electrolyte per area, mol/m²
 * @param solidLithium Li in the particles per area, mol/m²
 * @param minConcentration smallest electrolyte concentration, mol/m³
 * @param status how the integration ended
 * @param message reason (event or failure)
 * @param event event that stopped the run, if any ("voltage cut-off", "salt depletion", "particle full")
 * @param stats solver counters
 * @param finalState the last state vector (for restarting or linearising)
 */
public record HalfCellResult(Recording recording, double[] timesS, double[] voltage, double[] dischargeCharge,
        double[] electrolyteLithium, double[] solidLithium, double[] minConcentration, DaeSolution.Status status,
        String message, Optional<String> event, DaeSolution.Stats stats, double[] finalState) {

    /** @return number of time points */
    public int size() {
        return timesS.length;
    }

    /** @return discharge charge at the end, C/m² */
    public double finalDischargeCharge() {
        return dischargeCharge[dischargeCharge.length - 1];
    }

    /**
     * @param charge discharge charge, C/m² (within the run)
     * @return voltage at that charge by linear interpolation, V (NaN outside the run)
     */
    public double voltageAtCharge(double charge) {
        for (int k = 1; k < timesS.length; k++) {
            double q0 = dischargeCharge[k - 1];
            double q1 = dischargeCharge[k];
            if ((charge >= q0 && charge <= q1) || (charge <= q0 && charge >= q1)) {
                double w = q1 == q0 ? 0 : (charge - q0) / (q1 - q0);
                return voltage[k - 1] + w * (voltage[k] - voltage[k - 1]);
            }
        }
        return Double.NaN;
    }
}
