package org.elyte.analysis.eis.fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import org.elyte.analysis.eis.circuit.Circuit;
import org.elyte.analysis.eis.circuit.ParameterSpec;
import org.elyte.core.error.AnalysisException;
import org.elyte.core.error.ConvergenceException;
import org.elyte.core.error.InvalidInputException;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.core.numerics.LevenbergMarquardt;
import org.elyte.core.numerics.LmOptions;
import org.elyte.core.numerics.LmResult;

/**
 * Complex nonlinear least-squares fit of an equivalent circuit to an impedance spectrum
 * (Macdonald &amp; Garber 1977; Boukamp 1986), by Levenberg–Marquardt on the stacked weighted
 * [Re; Im] residual with analytic Jacobians. Positive parameters are fitted as ln p and exponents
 * through a logistic map onto their bounds, so values from 10⁻¹² to 10⁷ converge together.
 * Stateless and thread-safe.
 */
public final class CircuitFitter {
    /** Method name recorded in provenance. */
    public static final String METHOD = "eis.cnls";
    /** Method version recorded in provenance. */
    public static final String VERSION = "1.0";

    private CircuitFitter() {
    }

    /**
     * @param circuit circuit
     * @param spectrum measured spectrum (filter it beforehand, e.g. {@code withoutInductive()})
     * @param options options
     * @return the fit
     * @throws InvalidInputException if an option names an unknown parameter or a value is out of bounds
     * @throws AnalysisException if there are fewer residuals than free parameters
     * @throws ConvergenceException if no start produced a finite result
     */
    public static FitResult fit(Circuit circuit, ImpedanceSpectrum spectrum, FitOptions options) {
        Objects.requireNonNull(circuit, "circuit");
        Objects.requireNonNull(spectrum, "spectrum");
        Objects.requireNonNull(options, "options");
        List<ParameterSpec> specs = circuit.parameterSpecs();
        int np = specs.size();
        checkNames(circuit, options.initial(), "initial value");
        checkNames(circuit, options.fixed(), "fixed value");
        checkNames(circuit, options.bounds(), "bounds");
        List<double[]> candidates = new ArrayList<>();
        boolean allGiven = options.initial().size() + options.fixed().size() >= np
                && specs.stream().allMatch(sp -> options.initial().containsKey(sp.name())
                        || options.fixed().containsKey(sp.name()));
        for (double[] c : allGiven ? List.of(StartValues.typical(circuit)) : DrtStart.candidates(circuit, spectrum)) {
            options.initial().forEach((k, v) -> c[circuit.indexOf(k)] = v);
            options.fixed().forEach((k, v) -> c[circuit.indexOf(k)] = v);
            candidates.add(c);
        }
        double[] start = candidates.get(0);
        List<Integer> freeList = new ArrayList<>();
        List<Transform> tList = new ArrayList<>();
        for (int i = 0; i < np; i++) {
            ParameterSpec sp = specs.get(i);
            if (!Double.isFinite(start[i])) {
                throw new InvalidInputException("parameter " + sp.name() + " of " + circuit + ": value must be finite, found "
                        + start[i]);
            }
            if (options.fixed().containsKey(sp.name())) {
                continue;
            }
            Bounds b = options.bounds().getOrDefault(sp.name(), new Bounds(sp.lower(), sp.upper()));
            freeList.add(i);
            tList.add(Transform.of(b.lower(), b.upper()));
        }
        int[] free = freeList.stream().mapToInt(Integer::intValue).toArray();
        Transform[] tr = tList.toArray(new Transform[0]);
        String file = spectrum.metadata().sourceFile().orElse("<spectrum>");
        if (2 * spectrum.size() <= free.length) {
            throw new AnalysisException(file + ": " + spectrum.size() + " points (" + 2 * spectrum.size()
                    + " residuals) cannot determine " + free.length + " free parameters of " + circuit);
        }
        CnlsProblem problem = new CnlsProblem(circuit, spectrum, options.weighting(), start, free, tr);
        double[] x0 = internal(start, free, tr);
        LmOptions lm = LmOptions.defaults().withMaxEvaluations(options.maxEvaluations());
        Random rnd = new Random(options.seed());
        LmResult best = null;
        int evaluations = 0;
        for (int s = 0; s < options.multiStart(); s++) {
            double[] x = s < candidates.size() ? internal(candidates.get(s), free, tr) : x0.clone();
            if (s >= candidates.size()) {
                for (int k = 0; k < x.length; k++) {
                    x[k] += rnd.nextGaussian();
                }
            }
            if (!allFinite(x)) {
                continue;
            }
            LmResult r = LevenbergMarquardt.minimize(problem, x, lm);
            evaluations += r.evaluations();
            if (Double.isFinite(r.cost()) && (best == null || r.cost() < best.cost())) {
                best = r;
            }
        }
        if (best == null || best.reason() == LmResult.Reason.NOT_FINITE) {
            throw new ConvergenceException("CNLS fit of " + circuit + " to " + file + " failed after " + evaluations
                    + " evaluations: the model or its Jacobian is not finite at the start values");
        }
        return FitAssembly.assemble(circuit, spectrum, options, problem, free, best, evaluations);
    }

    /**
     * Fits spectra in order (e.g. rising temperature); each fit starts from the previous result,
     * the first from {@code options}.
     *
     * @param circuit circuit
     * @param spectra spectra in fitting order
     * @param options options for the first fit (later fits replace the start values)
     * @return one result per spectrum, same order
     */
    public static List<FitResult> fitSeries(Circuit circuit, List<ImpedanceSpectrum> spectra, FitOptions options) {
        List<FitResult> out = new ArrayList<>();
        FitOptions o = options;
        for (ImpedanceSpectrum s : spectra) {
            FitResult r = fit(circuit, s, o);
            out.add(r);
            Map<String, Double> next = new LinkedHashMap<>();
            for (ParameterEstimate p : r.parameters()) {
                if (!p.fixed()) {
                    next.put(p.name(), p.value());
                }
            }
            o = o.withInitial(next);
        }
        return List.copyOf(out);
    }

    private static double[] internal(double[] values, int[] free, Transform[] tr) {
        double[] x = new double[free.length];
        for (int k = 0; k < free.length; k++) {
            x[k] = tr[k].toInternal(values[free[k]]);
        }
        return x;
    }

    private static boolean allFinite(double[] x) {
        for (double v : x) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    private static void checkNames(Circuit circuit, Map<String, ?> map, String what) {
        for (String name : map.keySet()) {
            if (!circuit.parameterNames().contains(name)) {
                throw new InvalidInputException(what + " for unknown parameter '" + name + "': circuit " + circuit
                        + " has " + String.join(", ", circuit.parameterNames()));
            }
        }
    }
}
