package org.elyte.analysis.structure;

import java.util.List;
import java.util.Objects;

import org.elyte.core.error.AnalysisException;
import org.elyte.core.error.InvalidInputException;
import org.elyte.core.numerics.Background;
import org.elyte.core.numerics.Peak;
import org.elyte.core.numerics.PeakFinder;
import org.elyte.core.numerics.PeakFit;
import org.elyte.core.numerics.PeakFitResult;
import org.elyte.core.numerics.PeakShape;
import org.elyte.core.numerics.SavitzkyGolay;
import org.elyte.core.provenance.Provenance;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Recording;

/**
 * SAXS domain spacing: the correlation peak q* of I(q) is fitted with a line shape on a
 * background, and L0 = 2π/q* (Bragg spacing of the first-order peak). Input: a {@link Recording}
 * with {@link Quantity#SCATTERING_VECTOR} (1/m) and {@link Quantity#INTENSITY}.
 */
public final class Saxs {
    /** Method version recorded in provenance. */
    public static final String VERSION = "1";

    private Saxs() {
    }

    /**
     * @param qPerM peak position, 1/m (&gt; 0)
     * @return L0 = 2π/q, m
     */
    public static double spacing(double qPerM) {
        if (!(qPerM > 0) || !Double.isFinite(qPerM)) {
            throw new InvalidInputException("scattering vector must be positive, got " + qPerM + " 1/m");
        }
        return 2 * Math.PI / qPerM;
    }

    /**
     * Finds and fits the most prominent peak (or the only peak inside the given range).
     *
     * @param r the SAXS curve
     * @param shape line shape (default in the CLI: pseudo-Voigt)
     * @param background background model (default in the CLI: power law)
     * @param qMinPerM lower end of the range to search and fit, 1/m; NaN for automatic
     * @param qMaxPerM upper end, 1/m; NaN for automatic
     * @return q*, L0 and their uncertainties
     * @throws AnalysisException if no peak stands out above the background
     */
    public static SaxsPeak domainSpacing(Recording r, PeakShape shape, Background background, double qMinPerM,
            double qMaxPerM) {
        Objects.requireNonNull(r, "recording");
        double[][] xy = Curves.select(r, Quantity.SCATTERING_VECTOR, qMinPerM, qMaxPerM, "SAXS");
        double[] q = xy[0];
        double[] in = xy[1];
        int n = q.length;
        int lo = 0;
        int hi = n - 1;
        if (Double.isNaN(qMinPerM)) {
            // flatten the power-law decay: search ln I minus the straight line through the ends in ln–ln
            double[] lq = new double[n];
            double[] li = new double[n];
            for (int i = 0; i < n; i++) {
                if (!(q[i] > 0) || !(in[i] > 0)) {
                    throw new AnalysisException("automatic SAXS peak search needs q > 0 and I > 0 (point " + (i + 1)
                            + "); give a q range");
                }
                lq[i] = Math.log(q[i]);
                li[i] = Math.log(in[i]);
            }
            double[] s = new SavitzkyGolay(Math.max(2, Math.min(10, n / 50)), 2).smooth(li);
            double k = (s[n - 1] - s[0]) / (lq[n - 1] - lq[0]);
            double[] flat = new double[n];
            for (int i = 0; i < n; i++) {
                flat[i] = s[i] - (s[0] + k * (lq[i] - lq[0]));
            }
            List<Peak> peaks = PeakFinder.byProminence(PeakFinder.find(lq, flat, Math.max(5 * PeakFinder.noiseSigma(li), 0.02)));
            if (peaks.isEmpty()) {
                throw new AnalysisException("no SAXS peak stands out of the background; give a q range");
            }
            Peak p = peaks.get(0);
            double w = Math.max(p.widthAtHalf(), 3 * (lq[Math.min(n - 1, p.index() + 1)] - lq[Math.max(0, p.index() - 1)]));
            lo = p.index();
            while (lo > 0 && lq[lo] > p.position() - 2.5 * w) {
                lo--;
            }
            hi = p.index();
            while (hi < n - 1 && lq[hi] < p.position() + 2.5 * w) {
                hi++;
            }
        }
        double[] qs = java.util.Arrays.copyOfRange(q, lo, hi + 1);
        double[] is = java.util.Arrays.copyOfRange(in, lo, hi + 1);
        PeakFitResult fit = PeakFit.fit(qs, is, shape, background);
        if (!(fit.amplitude() > 3 * fit.amplitudeSigma())) {
            throw new AnalysisException("the fitted SAXS peak at q = " + fit.centre() / 1e9 + " nm⁻¹ is not significant"
                    + " (height " + fit.amplitude() + " ± " + fit.amplitudeSigma() + ")");
        }
        double l0 = spacing(fit.centre());
        double sigma = 2 * Math.PI * fit.centreSigma() / (fit.centre() * fit.centre());
        Provenance prov = Provenance.of("saxs.domain-spacing", VERSION).withOption("shape", shape)
                .withOption("background", background).withOption("qMinPerM", qs[0]).withOption("qMaxPerM", qs[qs.length - 1]);
        return new SaxsPeak(fit.centre(), fit.centreSigma(), l0, sigma, qs[0], qs[qs.length - 1], fit, prov);
    }
}
