package org.elyte.analysis.eis.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import org.elyte.analysis.eis.circuit.Circuit;
import org.elyte.analysis.eis.circuit.ParameterSpec;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.core.numerics.LmResult;
import org.elyte.core.numerics.SymmetricMatrices;
import org.elyte.core.provenance.Provenance;

/**
 * Turns the solver's best point into a {@link FitResult}: statistics, covariance in parameter
 * units, identifiability flags and warnings, provenance.
 */
final class FitAssembly {
    /** |correlation| above which two parameters are not separately determined. */
    static final double MAX_CORRELATION = 0.999;

    private FitAssembly() {
    }

    static FitResult assemble(Circuit circuit, ImpedanceSpectrum s, FitOptions options, CnlsProblem problem,
            int[] free, LmResult best, int evaluations) {
        int n = s.size();
        int m = 2 * n;
        int nf = free.length;
        int np = circuit.parameterCount();
        double[] p = problem.parameters(best.x());
        double[] r = new double[m];
        double[][] jac = new double[m][nf];
        problem.fill(p, r, jac);
        double chi2 = 0;
        for (double v : r) {
            chi2 += v * v;
        }
        double[] mr = problem.modelReal();
        double[] mi = problem.modelImag();
        double[] resRe = new double[n];
        double[] resIm = new double[n];
        double ssr = 0;
        for (int i = 0; i < n; i++) {
            resRe[i] = mr[i] - s.real(i);
            resIm[i] = mi[i] - s.imag(i);
            ssr += resRe[i] * resRe[i] + resIm[i] * resIm[i];
        }
        int dof = m - nf;
        double reduced = chi2 / dof;
        // covariance = s² (JᵀJ)⁻¹ in parameter units, computed on columns scaled by |p| for conditioning
        double[] scale = new double[nf];
        for (int k = 0; k < nf; k++) {
            scale[k] = p[free[k]] == 0 ? 1 : Math.abs(p[free[k]]);
        }
        double[][] a = new double[nf][nf];
        for (double[] row : jac) {
            for (int i = 0; i < nf; i++) {
                for (int j = 0; j < nf; j++) {
                    a[i][j] += row[i] * scale[i] * row[j] * scale[j];
                }
            }
        }
        double[][] inv = SymmetricMatrices.inverse(a, 1e-15);
        double[][] cov = new double[np][np];
        for (int i = 0; i < nf; i++) {
            for (int j = 0; j < nf; j++) {
                cov[free[i]][free[j]] = reduced * inv[i][j] * scale[i] * scale[j];
            }
        }
        List<String> warnings = new ArrayList<>();
        if (!best.converged()) {
            warnings.add("not converged: " + best.reason() + " after " + best.evaluations() + " evaluations");
        }
        List<ParameterSpec> specs = circuit.parameterSpecs();
        List<ParameterEstimate> est = new ArrayList<>();
        for (int q = 0; q < np; q++) {
            ParameterSpec sp = specs.get(q);
            boolean fixed = options.fixed().containsKey(sp.name());
            if (fixed) {
                est.add(new ParameterEstimate(sp.name(), sp.unit(), p[q], 0, true, true));
                continue;
            }
            double se = Math.sqrt(cov[q][q]);
            String why = null;
            if (!Double.isFinite(se)) {
                why = "its standard error is not finite";
            } else if (se > Math.abs(p[q])) {
                why = String.format(Locale.ROOT, "its standard error %.3g exceeds its value %.3g", se, p[q]);
            } else {
                for (int o : free) {
                    double c = cov[q][o] / Math.sqrt(cov[q][q] * cov[o][o]);
                    if (o != q && Math.abs(c) > MAX_CORRELATION) {
                        why = String.format(Locale.ROOT, "its correlation with %s is %.5f", specs.get(o).name(), c);
                        break;
                    }
                }
            }
            if (why != null) {
                warnings.add(sp.name() + " is not determined by the data: " + why);
            }
            est.add(new ParameterEstimate(sp.name(), sp.unit(), p[q], Double.isFinite(se) ? se : Double.POSITIVE_INFINITY,
                    false, why == null));
        }
        double base = m * Math.log(chi2 / m) + m * (1 + Math.log(2 * Math.PI));
        double aic = base + 2.0 * nf;
        double bic = base + nf * Math.log(m);
        ImpedanceSpectrum model = ImpedanceSpectrum.of(s.frequenciesHz(), mr, mi, s.metadata());
        return new FitResult(circuit, options.weighting(), n, est, chi2, reduced, ssr, aic, bic, cov, resRe, resIm,
                model, best.iterations(), evaluations, best.converged(), warnings, provenance(circuit, s, options));
    }

    private static Provenance provenance(Circuit circuit, ImpedanceSpectrum s, FitOptions o) {
        Provenance pv = Provenance.of(CircuitFitter.METHOD, CircuitFitter.VERSION)
                .withOption("circuit", circuit.toString())
                .withOption("weighting", o.weighting())
                .withOption("initial", new TreeMap<>(o.initial()))
                .withOption("fixed", new TreeMap<>(o.fixed()))
                .withOption("bounds", new TreeMap<>(o.bounds()))
                .withOption("multiStart", o.multiStart())
                .withOption("maxEvaluations", o.maxEvaluations())
                .withOption("seed", o.seed());
        return s.metadata().sha256().map(pv::withInput).orElse(pv);
    }
}
