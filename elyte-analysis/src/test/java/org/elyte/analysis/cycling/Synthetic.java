package org.elyte.analysis.cycling;

import java.util.LinkedHashMap;
import java.util.Map;

import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Metadata;
import org.elyte.core.recording.Recording;

/**
 * Synthetic galvanostatic records with known truth: each cycle is a constant-current charge at +I for
 * capCh(k)/I hours with voltage rising linearly vCh0 → vCh1, a rest, then a discharge at −I for
 * capDis(k)/I hours with voltage falling vDis0 → vDis1, a rest. Samples every dt seconds, step ends
 * sampled exactly, and the rest's first row at the same instant as the step's last (like Neware). Capacity columns restart at every step (Neware style).
 */
final class Synthetic {
    private Synthetic() {
    }

    /** Cycle k (1-based) data: charge and discharge capacities, Ah, and current, A. */
    interface Plan {
        double chargeAh(int k);

        double dischargeAh(int k);

        double currentA(int k);
    }

    static Recording record(int cycles, Plan plan, double dt, double noiseA) {
        int est = 0;
        for (int k = 1; k <= cycles; k++) {
            est += (int) ((plan.chargeAh(k) + plan.dischargeAh(k)) / plan.currentA(k) * 3600 / dt) + 40;
        }
        double[][] c = new double[6][est];
        int n = 0;
        double t = 0;
        java.util.Random rnd = new java.util.Random(42);
        for (int k = 1; k <= cycles; k++) {
            double i = plan.currentA(k);
            for (int dir = 0; dir < 2; dir++) {
                double cap = dir == 0 ? plan.chargeAh(k) : plan.dischargeAh(k);
                double dur = cap / i * 3600;
                double v0 = dir == 0 ? 3.3 : 3.5;
                double v1 = dir == 0 ? 3.6 : 3.2;
                int steps = (int) Math.ceil(dur / dt);
                for (int s = 0; s <= steps; s++) {
                    double tau = Math.min(s * dt, dur);
                    c[0][n] = t + tau;
                    c[1][n] = v0 + (v1 - v0) * tau / dur;
                    c[2][n] = (dir == 0 ? i : -i) * (1 + noiseA * rnd.nextGaussian());
                    c[3][n] = k;
                    c[4][n] = dir == 0 ? i * tau / 3600 : 0;
                    c[5][n] = dir == 1 ? i * tau / 3600 : 0;
                    n++;
                }
                t += dur;
                for (int s = 0; s <= 3; s++) { // rest rows 0, 10, 20, 30 s after the step end (like Neware)
                    c[0][n] = t + 10 * s;
                    c[1][n] = dir == 0 ? 3.55 : 3.25;
                    c[2][n] = 0;
                    c[3][n] = k;
                    n++;
                }
                t += 30;
            }
        }
        Quantity[] qs = {Quantity.TEST_TIME, Quantity.VOLTAGE, Quantity.CURRENT, Quantity.CYCLE_COUNT,
            Quantity.CHARGING_CAPACITY, Quantity.DISCHARGING_CAPACITY};
        Map<Quantity, double[]> cols = new LinkedHashMap<>();
        for (int q = 0; q < qs.length; q++) {
            cols.put(qs[q], java.util.Arrays.copyOf(c[q], n));
        }
        return Recording.of(cols, Metadata.empty().with(Metadata.SOURCE_FILE, "synthetic"));
    }

    /** A simple plan: constant current, linear fade of the discharge capacity, CE given. */
    static Plan fading(double q0Ah, double fadePerCycle, double ce, double currentA) {
        return new Plan() {
            @Override
            public double chargeAh(int k) {
                return dischargeAh(k) / ce;
            }

            @Override
            public double dischargeAh(int k) {
                return q0Ah * (1 - fadePerCycle * (k - 1));
            }

            @Override
            public double currentA(int k) {
                return currentA;
            }
        };
    }
}
