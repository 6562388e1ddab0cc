package org.elyte.analysis.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.elyte.core.error.ConvergenceException;
import org.elyte.core.error.InvalidInputException;
import org.elyte.core.numerics.Background;
import org.elyte.core.numerics.Peak;
import org.elyte.core.numerics.PeakFinder;
import org.elyte.core.numerics.PeakFit;
import org.elyte.core.numerics.PeakFitResult;
import org.elyte.core.numerics.SavitzkyGolay;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Recording;

/**
 * XRD peak list: peaks found by prominence on a Savitzky–Golay-smoothed pattern (threshold in
 * units of the noise estimated from second differences), each fitted with a line shape on a
 * linear background over ±1.5 FWHM; d from Bragg's law λ = 2d sin θ; crystallite size from the
 * Scherrer equation L = Kλ/(β cos θ) (Scherrer 1918; Langford &amp; Wilson, J. Appl. Cryst. 11 (1978) 102).
 * Input: {@link Quantity#DIFFRACTION_ANGLE} (2θ, rad) and {@link Quantity#INTENSITY}.
 */
public final class Xrd {
    private Xrd() {
    }

    /**
     * @param twoThetaRad 2θ, rad
     * @param wavelengthM λ, m
     * @return d = λ / (2 sin θ), m
     */
    public static double braggSpacing(double twoThetaRad, double wavelengthM) {
        if (!(twoThetaRad > 0 && twoThetaRad < Math.PI)) {
            throw new InvalidInputException("2θ must be in (0, 180)°, got " + Math.toDegrees(twoThetaRad) + "°");
        }
        return wavelengthM / (2 * Math.sin(twoThetaRad / 2));
    }

    /**
     * @param twoThetaRad 2θ, rad
     * @param betaRad sample FWHM in 2θ, rad
     * @param wavelengthM λ, m
     * @param k shape factor
     * @return Kλ/(β cos θ), m (NaN when β is not positive)
     */
    public static double scherrer(double twoThetaRad, double betaRad, double wavelengthM, double k) {
        return betaRad > 0 ? k * wavelengthM / (betaRad * Math.cos(twoThetaRad / 2)) : Double.NaN;
    }

    /**
     * @param r the pattern
     * @param o options
     * @return peaks in order of increasing 2θ (empty if none stands out of the noise)
     */
    public static List<XrdPeak> peaks(Recording r, XrdOptions o) {
        Objects.requireNonNull(o, "options");
        double[][] xy = Curves.select(r, Quantity.DIFFRACTION_ANGLE, Double.NaN, Double.NaN, "XRD");
        double[] x = xy[0];
        double[] y = xy[1];
        int n = x.length;
        double noise = PeakFinder.noiseSigma(y);
        double[] s = new SavitzkyGolay(Math.max(2, Math.min(6, n / 400)), 2).smooth(y);
        List<Peak> found = PeakFinder.find(x, s, Math.max(o.minProminenceSigmas() * noise, 1e-12));
        List<XrdPeak> out = new ArrayList<>();
        for (Peak p : found) {
            out.add(describe(x, y, p, o));
        }
        return out;
    }

    private static XrdPeak describe(double[] x, double[] y, Peak p, XrdOptions o) {
        double pos = p.position();
        double fwhm = p.widthAtHalf();
        double sigma = Double.NaN;
        double height = p.prominence();
        boolean fitted = false;
        int lo = p.index();
        while (lo > 0 && x[lo] > pos - 1.5 * fwhm) {
            lo--;
        }
        int hi = p.index();
        while (hi < x.length - 1 && x[hi] < pos + 1.5 * fwhm) {
            hi++;
        }
        if (hi - lo + 1 >= 8) {
            try {
                PeakFitResult f = PeakFit.fit(Arrays.copyOfRange(x, lo, hi + 1), Arrays.copyOfRange(y, lo, hi + 1),
                        o.shape(), Background.LINEAR);
                if (Math.abs(f.centre() - pos) < fwhm && f.fwhm() < 3 * fwhm) {
                    pos = f.centre();
                    sigma = f.centreSigma();
                    fwhm = f.fwhm();
                    height = f.amplitude();
                    fitted = true;
                }
            } catch (ConvergenceException e) {
                // keep the values read from the smoothed pattern; 'fitted' says so
            }
        }
        double beta = o.instrumentalFwhmRad() > 0 ? o.correction().apply(fwhm, o.instrumentalFwhmRad()) : fwhm;
        return new XrdPeak(pos, sigma, braggSpacing(pos, o.wavelengthM()), height, fwhm, beta,
                scherrer(pos, beta, o.wavelengthM(), o.scherrerK()), fitted);
    }
}
