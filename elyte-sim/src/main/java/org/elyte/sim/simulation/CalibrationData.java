package org.elyte.sim.simulation;

import java.util.ArrayList;
import java.util.List;

import org.elyte.core.error.ConvergenceException;
import org.elyte.core.error.InvalidInputException;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Recording;

/**
 * What a calibration compares: measured discharge curves or a measured rate table, and how a
 * simulation is turned into the residual vector (see {@link Calibration} for the weighting).
 */
abstract sealed class CalibrationData {
    /** Most discharge curves one calibration simulates per evaluation. */
    static final int MAX_CURVES = 10;
    /** Points sampled per discharge curve. */
    static final int POINTS_PER_CURVE = 40;
    /** Volts that a relative end-capacity difference of 1 weighs, for curves. */
    static final double CURVE_CAPACITY_WEIGHT_V = 0.1;
    /** Volts that a relative capacity difference of 1 weighs, for a rate table (1 % ≙ 10 mV). */
    static final double TABLE_CAPACITY_WEIGHT_V = 1.0;

    abstract int residualCount();

    /** Runs the simulation(s) and writes simulated − measured into {@code r}. */
    abstract void residuals(Simulation sim, double[] r);

    abstract double rmsVoltageV(double[] r);

    abstract double rmsCapacityRelative(double[] r);

    static CalibrationData curves(List<Recording> recordings) {
        List<Curve> curves = new ArrayList<>();
        for (Recording rec : recordings) {
            curves.addAll(Curve.discharges(rec));
        }
        if (curves.isEmpty()) {
            throw new InvalidInputException(names(recordings)
                    + ": needs a discharge (negative current) of at least 5 points");
        }
        if (curves.size() > MAX_CURVES) {
            throw new InvalidInputException(names(recordings) + ": holds " + curves.size()
                    + " discharges; calibrate on at most " + MAX_CURVES + " (export the cycles to fit)");
        }
        return new Curves(curves);
    }

    static CalibrationData rateTable(List<Calibration.RatePoint> table) {
        if (table.isEmpty()) {
            throw new InvalidInputException("rate table: no rows");
        }
        return new RateTable(List.copyOf(table));
    }

    private static String names(List<Recording> recordings) {
        List<String> n = new ArrayList<>();
        for (Recording r : recordings) {
            n.add(r.metadata().sourceFile().orElse("measured data"));
        }
        return String.join(", ", n);
    }

    private static SimulationResult discharge(Simulation sim, String current, String what) {
        double vLow = sim.parameters().geometry().lowerCutoffV();
        SimulationResult res = sim.run("Discharge at " + current + " until " + vLow + " V");
        if (!res.succeeded()) {
            throw new ConvergenceException("calibration: simulated " + what + " failed: " + res.message());
        }
        return res;
    }

    /** Discharge curves: per curve 40 voltages then one weighted end-capacity difference. */
    private static final class Curves extends CalibrationData {
        private final List<Curve> curves;

        Curves(List<Curve> curves) {
            this.curves = curves;
        }

        @Override
        int residualCount() {
            int m = 0;
            for (Curve c : curves) {
                m += c.q.length + 1;
            }
            return m;
        }

        @Override
        void residuals(Simulation sim, double[] r) {
            int o = 0;
            for (Curve c : curves) {
                SimulationResult res = discharge(sim, c.amps + " A", "discharge at " + c.amps + " A");
                double[] q = res.recording().require(Quantity.DISCHARGING_CAPACITY);
                double[] v = res.recording().require(Quantity.VOLTAGE);
                double qEnd = q[q.length - 1];
                for (int i = 0; i < c.q.length; i++) {
                    double vs = c.q[i] <= qEnd ? RateTest.at(q, v, c.q[i]) : v[v.length - 1];
                    r[o++] = vs - c.v[i];
                }
                r[o++] = CURVE_CAPACITY_WEIGHT_V * (qEnd - c.qEnd) / c.qEnd;
            }
        }

        @Override
        double rmsVoltageV(double[] r) {
            double s = 0;
            int n = 0;
            int o = 0;
            for (Curve c : curves) {
                for (int i = 0; i < c.q.length; i++) {
                    s += r[o] * r[o];
                    o++;
                    n++;
                }
                o++;
            }
            return Math.sqrt(s / n);
        }

        @Override
        double rmsCapacityRelative(double[] r) {
            double s = 0;
            int o = 0;
            for (Curve c : curves) {
                o += c.q.length;
                double v = r[o++] / CURVE_CAPACITY_WEIGHT_V;
                s += v * v;
            }
            return Math.sqrt(s / curves.size());
        }
    }

    /** A rate table: per row the weighted relative capacity difference, then the voltage difference if measured. */
    private static final class RateTable extends CalibrationData {
        private final List<Calibration.RatePoint> rows;

        RateTable(List<Calibration.RatePoint> rows) {
            this.rows = rows;
        }

        @Override
        int residualCount() {
            int m = 0;
            for (Calibration.RatePoint p : rows) {
                m += Double.isNaN(p.midVoltageV()) ? 1 : 2;
            }
            return m;
        }

        @Override
        void residuals(Simulation sim, double[] r) {
            double theo = sim.theoreticalCapacityAh();
            int o = 0;
            for (Calibration.RatePoint p : rows) {
                SimulationResult res = discharge(sim, p.cRate() + "C", "discharge at " + p.cRate() + " C");
                double[] q = res.recording().require(Quantity.DISCHARGING_CAPACITY);
                double[] v = res.recording().require(Quantity.VOLTAGE);
                double qEnd = q[q.length - 1];
                r[o++] = TABLE_CAPACITY_WEIGHT_V * (qEnd / theo - p.capacityFraction()) / p.capacityFraction();
                if (!Double.isNaN(p.midVoltageV())) {
                    r[o++] = RateTest.at(q, v, qEnd / 2) - p.midVoltageV();
                }
            }
        }

        @Override
        double rmsVoltageV(double[] r) {
            double s = 0;
            int n = 0;
            int o = 0;
            for (Calibration.RatePoint p : rows) {
                o++;
                if (!Double.isNaN(p.midVoltageV())) {
                    s += r[o] * r[o];
                    o++;
                    n++;
                }
            }
            return n == 0 ? Double.NaN : Math.sqrt(s / n);
        }

        @Override
        double rmsCapacityRelative(double[] r) {
            double s = 0;
            int o = 0;
            for (Calibration.RatePoint p : rows) {
                double v = r[o++] / TABLE_CAPACITY_WEIGHT_V;
                s += v * v;
                if (!Double.isNaN(p.midVoltageV())) {
                    o++;
                }
            }
            return Math.sqrt(s / rows.size());
        }
    }

    /** One contiguous discharge of a measured recording, sampled at up to 40 capacities. */
    record Curve(double[] q, double[] v, double qEnd, double amps) {
        /** Every run of negative current (BDF sign) with at least 5 points, in time order. */
        static List<Curve> discharges(Recording rec) {
            double[] t = rec.require(Quantity.TEST_TIME);
            double[] v = rec.require(Quantity.VOLTAGE);
            double[] i = rec.require(Quantity.CURRENT);
            List<Curve> out = new ArrayList<>();
            List<double[]> pts = new ArrayList<>();
            double q = 0;
            double time = 0;
            for (int k = 1; k <= t.length; k++) {
                boolean discharging = k < t.length && i[k] < 0 && i[k - 1] < 0 && t[k] > t[k - 1];
                if (discharging) {
                    double dq = -0.5 * (i[k] + i[k - 1]) * (t[k] - t[k - 1]) / 3600;
                    q += dq;
                    time += t[k] - t[k - 1];
                    pts.add(new double[] {q, v[k]});
                } else if (!pts.isEmpty()) {
                    if (pts.size() >= 5 && time > 0 && q > 0) {
                        out.add(sample(pts, q, q * 3600 / time));
                    }
                    pts = new ArrayList<>();
                    q = 0;
                    time = 0;
                }
            }
            return out;
        }

        private static Curve sample(List<double[]> pts, double qEnd, double amps) {
            int n = Math.min(POINTS_PER_CURVE, pts.size());
            double[] qs = new double[n];
            double[] vs = new double[n];
            for (int k = 0; k < n; k++) {
                double[] p = pts.get((int) Math.round((pts.size() - 1) * (k + 0.5) / n));
                qs[k] = p[0];
                vs[k] = p[1];
            }
            return new Curve(qs, vs, qEnd, amps);
        }
    }
}
