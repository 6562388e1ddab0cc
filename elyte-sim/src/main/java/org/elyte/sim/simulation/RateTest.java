package org.elyte.sim.simulation;

import java.util.ArrayList;
import java.util.List;

import org.elyte.core.error.InvalidInputException;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Recording;

/**
 * A rate test: one constant-current discharge per C-rate, each from the set's initial state to the
 * lower voltage cut-off (or a cell limit such as salt depletion), as in cell_model_reference §6.1.
 */
public final class RateTest {
    private RateTest() {
    }

    /**
     * One discharge.
     *
     * @param cRate C-rate, 1/h (relative to the nominal capacity)
     * @param dischargeAh delivered capacity, Ah
     * @param specificMAhPerG delivered capacity per active mass, mAh/g
     * @param capacityFraction delivered / theoretical capacity
     * @param midVoltageV voltage at half the delivered capacity, V
     * @param ended what ended the discharge (cut-off, salt depletion, …)
     */
    public record Point(double cRate, double dischargeAh, double specificMAhPerG, double capacityFraction,
            double midVoltageV, String ended) {
    }

    /**
     * @param sim the simulation (cell, mesh, solver)
     * @param rates C-rates, each &gt; 0
     * @param listener told after each rate
     * @return one point per rate, in the given order
     * @throws org.elyte.core.error.ConvergenceException when a discharge fails in the solver
     */
    public static List<Point> run(Simulation sim, double[] rates, ProgressListener listener) {
        if (rates.length == 0) {
            throw new InvalidInputException("a rate test needs at least one C-rate");
        }
        double vLow = sim.parameters().geometry().lowerCutoffV();
        double mass = CellMapping.activeMassKg(sim.parameters());
        double theo = sim.theoreticalCapacityAh();
        List<Point> out = new ArrayList<>();
        for (int k = 0; k < rates.length; k++) {
            double c = rates[k];
            if (!(c > 0) || !Double.isFinite(c)) {
                throw new InvalidInputException("C-rates must be positive, got " + c);
            }
            SimulationResult r = sim.run("Discharge at " + c + "C until " + vLow + " V");
            if (!r.succeeded()) {
                throw new org.elyte.core.error.ConvergenceException("rate " + c + " C: " + r.message());
            }
            Recording rec = r.recording();
            double[] q = rec.require(Quantity.DISCHARGING_CAPACITY);
            double[] v = rec.require(Quantity.VOLTAGE);
            double qEnd = q[q.length - 1];
            out.add(new Point(c, qEnd, qEnd * 1000 / (mass * 1000), qEnd / theo, at(q, v, qEnd / 2),
                    r.steps().get(0).ended()));
            listener.progress(k + 1, rates.length);
        }
        return out;
    }

    /** Linear interpolation of y at x on a non-decreasing x. */
    static double at(double[] x, double[] y, double x0) {
        for (int k = 1; k < x.length; k++) {
            if (x0 >= x[k - 1] && x0 <= x[k]) {
                double w = x[k] == x[k - 1] ? 0 : (x0 - x[k - 1]) / (x[k] - x[k - 1]);
                return y[k - 1] + w * (y[k] - y[k - 1]);
            }
        }
        return Double.NaN;
    }
}
