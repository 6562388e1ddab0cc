package org.elyte.sim.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.elyte.core.error.InvalidInputException;
import org.elyte.core.numerics.LeastSquaresProblem;
import org.elyte.core.numerics.LevenbergMarquardt;
import org.elyte.core.numerics.LmOptions;
import org.elyte.core.numerics.LmResult;
import org.elyte.core.numerics.SymmetricMatrices;
import org.elyte.core.recording.Recording;
import org.elyte.sim.parameters.ParameterSet;
import org.elyte.sim.parameters.ParameterValue;

/**
 * Fits chosen parameters of a set to measurements by Levenberg–Marquardt in log-parameter space (so
 * values stay positive and steps are relative), with a forward-difference Jacobian (1 % steps).
 * Two kinds of data:
 * <ul>
 * <li>constant-current discharge curves ({@link #fitDischarges}): each contiguous discharge of the
 * measured recordings is simulated from the set's initial state at its mean current; residuals are
 * simulated minus measured voltage at up to 40 points of the measured discharge capacity (the
 * simulated curve continues at the cut-off voltage past its end), plus the relative end-capacity
 * difference weighted as 0.1 V;</li>
 * <li>a rate table ({@link #fitRateTable}): per C-rate the delivered capacity as a fraction of
 * theoretical and optionally the voltage at half the delivered capacity; residuals are the relative
 * capacity difference and the voltage difference in volts, so 1 % of capacity weighs as 10 mV.</li>
 * </ul>
 * Standard errors from {@code s²(JᵀJ)⁻¹}, s² = cost/(m − p), mapped back from log space.
 */
public final class Calibration {
    private static final double LOG_STEP = 0.01;

    private Calibration() {
    }

    /**
     * One fitted parameter.
     *
     * @param name parameter name
     * @param initial value before the fit
     * @param value fitted value
     * @param stderr standard error (NaN when undetermined)
     */
    public record Fitted(String name, double initial, double value, double stderr) {
    }

    /**
     * @param parameters fitted parameters, in the order asked
     * @param rmsVoltageV RMS of the voltage residuals at the solution, V (NaN when no voltage was fitted)
     * @param rmsCapacityRelative RMS of the relative capacity differences (end capacities of the curves,
     *        or the table's capacities), dimensionless
     * @param evaluations simulations run
     * @param converged whether the solver met a convergence criterion
     * @param overrides {@code NAME=VALUE} assignments that reproduce the fit with {@code --set} (for a
     *        function entry, VALUE is its coefficient k: write the full expression when overriding)
     */
    public record Result(List<Fitted> parameters, double rmsVoltageV, double rmsCapacityRelative, int evaluations,
            boolean converged, List<String> overrides) {
    }

    /**
     * One row of a measured rate table.
     *
     * @param cRate C-rate, 1/h (relative to the set's nominal capacity, as {@link RateTest})
     * @param capacityFraction delivered capacity ÷ theoretical capacity
     * @param midVoltageV voltage at half the delivered capacity, V, or NaN when not measured
     */
    public record RatePoint(double cRate, double capacityFraction, double midVoltageV) {
        /**
         * @throws InvalidInputException for a C-rate or capacity that is not positive and finite
         */
        public RatePoint {
            if (!(cRate > 0) || !Double.isFinite(cRate) || !(capacityFraction > 0) || !Double.isFinite(capacityFraction)) {
                throw new InvalidInputException("rate table: C-rate and capacity must be positive, got " + cRate
                        + " and " + capacityFraction);
            }
        }
    }

    /**
     * @param sim the simulation with the starting parameters
     * @param measured a recording with TEST_TIME, VOLTAGE and CURRENT (BDF sign) holding one or more discharges
     * @param names parameter names to fit (numeric entries of the set)
     * @param listener told after each simulation (done, budget)
     * @return the fit
     */
    public static Result fitDischarge(Simulation sim, Recording measured, List<String> names,
            ProgressListener listener) {
        return fitDischarges(sim, List.of(measured), names, listener);
    }

    /**
     * @param sim the simulation with the starting parameters
     * @param measured recordings with TEST_TIME, VOLTAGE and CURRENT (BDF sign); every contiguous discharge
     *        of at least 5 points is one curve (at most {@value CalibrationData#MAX_CURVES} in all)
     * @param names parameter names to fit (numeric entries of the set)
     * @param listener told after each simulation (done, budget)
     * @return the fit
     * @throws InvalidInputException without a usable discharge, or with too many
     */
    public static Result fitDischarges(Simulation sim, List<Recording> measured, List<String> names,
            ProgressListener listener) {
        return fit(sim, CalibrationData.curves(measured), names, listener);
    }

    /**
     * @param sim the simulation with the starting parameters
     * @param table measured rate table, one row per C-rate
     * @param names parameter names to fit (numeric entries of the set)
     * @param listener told after each simulation (done, budget)
     * @return the fit
     * @throws InvalidInputException for an empty table or fewer residuals than parameters
     */
    public static Result fitRateTable(Simulation sim, List<RatePoint> table, List<String> names,
            ProgressListener listener) {
        return fit(sim, CalibrationData.rateTable(table), names, listener);
    }

    private static Result fit(Simulation sim, CalibrationData data, List<String> names, ProgressListener listener) {
        if (names.isEmpty()) {
            throw new InvalidInputException("--fit needs at least one parameter name");
        }
        ParameterSet base = sim.parameters().set();
        double[] x0 = new double[names.size()];
        for (int k = 0; k < x0.length; k++) {
            String n = names.get(k);
            ParameterSet.Entry e = base.entry(n).orElseThrow(() -> new InvalidInputException("cannot fit '" + n
                    + "': set '" + base.name() + "' has no such parameter"));
            double v0 = e.value() instanceof ParameterValue.Constant c ? c.value()
                    : e.value() instanceof ParameterValue.Function f ? f.function().coefficient() : Double.NaN;
            if (!(v0 > 0)) {
                throw new InvalidInputException("cannot fit '" + n + "': only positive numbers and the coefficient k"
                        + " of a function are fitted");
            }
            x0[k] = Math.log(v0);
        }
        int m = data.residualCount();
        if (m < x0.length) {
            throw new InvalidInputException("cannot fit " + x0.length + " parameters to " + m + " measured values");
        }
        int budget = 30 * (x0.length + 1);
        int[] runs = {0};
        LeastSquaresProblem problem = new LeastSquaresProblem() {
            @Override
            public int parameterCount() {
                return x0.length;
            }

            @Override
            public int residualCount() {
                return m;
            }

            @Override
            public void evaluate(double[] x, double[] r, double[][] jac) {
                data.residuals(simulationAt(sim, base, names, x), r);
                listener.progress(++runs[0], budget);
                if (jac != null) {
                    double[] rp = new double[m];
                    double[] xp = x.clone();
                    for (int k = 0; k < x.length; k++) {
                        xp[k] = x[k] + LOG_STEP;
                        data.residuals(simulationAt(sim, base, names, xp), rp);
                        listener.progress(++runs[0], budget);
                        xp[k] = x[k];
                        for (int i = 0; i < m; i++) {
                            jac[i][k] = (rp[i] - r[i]) / LOG_STEP;
                        }
                    }
                }
            }
        };
        LmResult lm = LevenbergMarquardt.minimize(problem, x0,
                new LmOptions(budget, 1e-8, 1e-6, 1e-10, 1e-3));
        double[] r = new double[m];
        data.residuals(simulationAt(sim, base, names, lm.x()), r);
        double[][] cov = SymmetricMatrices.inverse(lm.jtj(), 1e-14); // +∞ on the diagonal of an undetermined parameter
        double s2 = m > x0.length ? lm.cost() / (m - x0.length) : Double.NaN;
        List<Fitted> out = new ArrayList<>();
        List<String> over = new ArrayList<>();
        for (int k = 0; k < x0.length; k++) {
            double v = Math.exp(lm.x()[k]);
            double se = Double.isFinite(cov[k][k]) ? v * Math.sqrt(Math.max(s2 * cov[k][k], 0)) : Double.NaN;
            out.add(new Fitted(names.get(k), Math.exp(x0[k]), v, se));
            over.add(names.get(k) + "=" + String.format(Locale.ROOT, "%.6g", v));
        }
        return new Result(out, data.rmsVoltageV(r), data.rmsCapacityRelative(r), runs[0], lm.converged(), over);
    }

    private static Simulation simulationAt(Simulation sim, ParameterSet base, List<String> names, double[] x) {
        ParameterSet set = base;
        for (int k = 0; k < x.length; k++) {
            set = withValue(set, names.get(k), Math.exp(x[k]));
        }
        return sim.withParameters(org.elyte.sim.parameters.CellParameters.from(set));
    }

    /**
     * @param set a parameter set
     * @param name a numeric entry or a function entry
     * @param value the new number, or the new coefficient k of the function
     * @return the modified set
     */
    public static ParameterSet withValue(ParameterSet set, String name, double value) {
        ParameterSet.Entry e = set.entry(name).orElseThrow(() -> new InvalidInputException("set '" + set.name()
                + "' has no parameter '" + name + "'"));
        ParameterValue nv;
        if (e.value() instanceof ParameterValue.Function f) {
            var pf = f.function();
            nv = new ParameterValue.Function(new org.elyte.sim.parameters.PropertyFunction(value, pf.law(),
                    pf.referenceConcentration(), pf.concentrationExponent(), pf.insertionKinetics()));
        } else {
            nv = new ParameterValue.Constant(value);
        }
        java.util.Map<String, ParameterSet.Entry> m = new java.util.LinkedHashMap<>(set.entries());
        m.put(name, new ParameterSet.Entry(name, e.unit(), nv, "calibrated", "calibration", 0));
        return new ParameterSet(set.name(), set.description(), m);
    }
}
