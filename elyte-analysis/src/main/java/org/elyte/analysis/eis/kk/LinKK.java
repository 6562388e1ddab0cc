package org.elyte.analysis.eis.kk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.elyte.core.error.InvalidInputException;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.core.provenance.Provenance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The linear Kramers–Kronig test (Lin-KK) of Schönleber, Klotz and Ivers-Tiffée, Electrochim. Acta
 * 131 (2014) 20, building on Boukamp, J. Electrochem. Soc. 142 (1995) 1885.
 *
 * <p>The spectrum is approximated by a KK-compliant model Ẑ(ω) = R_0 + Σ_k R_k/(1 + jωτ_k)
 * [+ 1/(jωC)] [+ jωL] with M time constants fixed on a logarithmic grid from τ_1 = 1/ω_max to
 * τ_M = 1/ω_min. The model is linear in R_0, R_k, 1/C and L, so it is fitted by weighted linear
 * least squares (each equation divided by |Z_i|) with column-scaled QR. M grows from 1 until
 * μ = 1 − Σ_{R_k&lt;0}|R_k| / Σ_{R_k≥0}|R_k| ≤ c (eq. 21), unless M is fixed. Residuals relative to
 * |Z| that stay at the noise level mean the spectrum is KK-consistent (linear, causal, stable,
 * time-invariant); systematic residuals point at drift or non-linearity.
 *
 * <p>All points of the spectrum are used, including inductive ones; filter the spectrum first
 * (e.g. {@link ImpedanceSpectrum#withFrequencyRange}) to test a band.
 */
public final class LinKK {
    /** Fewest points the test accepts. */
    public static final int MIN_POINTS = 5;
    /** Method version recorded in the provenance. */
    public static final String VERSION = "1";
    private static final Logger LOG = LoggerFactory.getLogger(LinKK.class);

    private LinKK() {
    }

    /**
     * Runs the Lin-KK test.
     *
     * @param spectrum the spectrum (any frequency order; at least {@link #MIN_POINTS} points and two
     *     distinct frequencies)
     * @param options options
     * @return the fit, residuals relative to |Z| and the validity verdict
     * @throws InvalidInputException on too few points, a single frequency, or a fixed element count
     *     the data cannot determine
     */
    public static KkResult test(ImpedanceSpectrum spectrum, KkOptions options) {
        Objects.requireNonNull(spectrum, "spectrum");
        Objects.requireNonNull(options, "options");
        String src = spectrum.metadata().sourceFile().map(s -> s + ": ").orElse("");
        int n = spectrum.size();
        if (n < MIN_POINTS) {
            throw new InvalidInputException(src + "Lin-KK needs at least " + MIN_POINTS + " points, got " + n);
        }
        KkSystem sys = KkSystem.of(spectrum, options);
        if (!(sys.omegaMax() > sys.omegaMin())) {
            throw new InvalidInputException(src + "Lin-KK needs at least two distinct frequencies");
        }
        int feasible = sys.maxFeasibleElements();
        if (feasible < 1) {
            throw new InvalidInputException(src + "Lin-KK: " + n + " points cannot determine the series terms and "
                    + "one RC element in mode " + options.mode());
        }
        List<String> warnings = new ArrayList<>();
        KkSystem.Fit fit;
        if (options.fixedElements().isPresent()) {
            int m = options.fixedElements().getAsInt();
            if (m > feasible) {
                throw new InvalidInputException(src + "Lin-KK: " + m + " RC elements cannot be determined from " + n
                        + " points in mode " + options.mode() + " (at most " + feasible + ")");
            }
            fit = sys.fit(timeConstants(sys.omegaMin(), sys.omegaMax(), m));
        } else {
            int maxM = Math.min(options.maxElements() == 0 ? n : options.maxElements(), feasible);
            fit = null;
            for (int m = 1; m <= maxM; m++) {
                fit = sys.fit(timeConstants(sys.omegaMin(), sys.omegaMax(), m));
                LOG.debug("Lin-KK M={} mu={}", m, fit.mu());
                if (fit.mu() <= options.muCriterion()) {
                    break;
                }
            }
            if (!(fit.mu() <= options.muCriterion())) {
                warnings.add("mu criterion c = " + options.muCriterion() + " not reached up to M = " + maxM
                        + " (mu = " + fit.mu() + "); result at M = " + maxM);
            }
        }
        if (Double.isNaN(fit.mu())) {
            warnings.add("mu undefined: no RC element has a non-negative resistance");
        }
        return sys.result(fit, options, warnings, provenance(options));
    }

    /**
     * Time constants of the Lin-KK grid: τ_k = τ_1 (τ_M/τ_1)^((k−1)/(M−1)), τ_1 = 1/ω_max,
     * τ_M = 1/ω_min; for M = 1 the geometric mean √(τ_1 τ_M).
     *
     * @param omegaMin smallest angular frequency, rad/s
     * @param omegaMax largest angular frequency, rad/s
     * @param m number of elements, ≥ 1
     * @return τ_k, s, ascending
     */
    public static double[] timeConstants(double omegaMin, double omegaMax, int m) {
        if (m < 1) {
            throw new InvalidInputException("Lin-KK needs at least one RC element, got " + m);
        }
        double tMin = 1 / omegaMax;
        double tMax = 1 / omegaMin;
        double[] tau = new double[m];
        if (m == 1) {
            tau[0] = Math.sqrt(tMin * tMax);
            return tau;
        }
        double logRatio = Math.log(tMax / tMin);
        for (int k = 0; k < m; k++) {
            tau[k] = tMin * Math.exp(logRatio * k / (m - 1));
        }
        tau[0] = tMin;
        tau[m - 1] = tMax;
        return tau;
    }

    /**
     * Schönleber's μ (2014, eq. 21).
     *
     * @param resistances R_k, Ω
     * @return 1 − Σ_{R_k&lt;0}|R_k| / Σ_{R_k≥0}|R_k|; NaN when no R_k is non-negative or all are 0
     */
    public static double mu(double[] resistances) {
        double neg = 0;
        double pos = 0;
        for (double r : resistances) {
            if (r < 0) {
                neg -= r;
            } else {
                pos += r;
            }
        }
        return pos > 0 ? 1 - neg / pos : Double.NaN;
    }

    private static Provenance provenance(KkOptions o) {
        return Provenance.of("eis.linkk", VERSION).withOption("mode", o.mode())
                .withOption("seriesCapacitance", o.seriesCapacitance())
                .withOption("seriesInductance", o.seriesInductance()).withOption("muCriterion", o.muCriterion())
                .withOption("maxElements", o.maxElements())
                .withOption("fixedElements", o.fixedElements().isPresent() ? o.fixedElements().getAsInt() : "auto")
                .withOption("validResidualLimit", o.validResidualLimit());
    }
}
