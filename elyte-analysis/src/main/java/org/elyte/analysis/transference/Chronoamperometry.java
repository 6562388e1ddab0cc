package org.elyte.analysis.transference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.elyte.core.error.AnalysisException;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Recording;

/**
 * Initial and steady-state current of a potentiostatic polarization (chronoamperometry).
 * I_ss is the mean |I| over the final window (the last {@code finalWindowFraction} of the duration);
 * the drift check fits a line to |I| over that window and compares slope × window length with
 * I_ss. I_0 is the first point or the extrapolation of the early decay ({@link InitialCurrent}).
 */
public final class Chronoamperometry {
    private Chronoamperometry() {
    }

    /**
     * @param recording TEST_TIME (s) and CURRENT (A)
     * @param options options
     * @return I_0, I_ss and the drift
     * @throws AnalysisException with too few points
     */
    public static CurrentDecay analyze(Recording recording, ChronoamperometryOptions options) {
        return analyze(recording.require(Quantity.TEST_TIME), recording.require(Quantity.CURRENT), options,
                recording.metadata().sourceFile().orElse("recording"));
    }

    /**
     * @param timeS time, s
     * @param currentA current, A (either sign; magnitudes are used)
     * @param options options
     * @param source name for messages
     * @return I_0, I_ss and the drift
     * @throws AnalysisException with too few points
     */
    public static CurrentDecay analyze(double[] timeS, double[] currentA, ChronoamperometryOptions options,
            String source) {
        List<double[]> pts = new ArrayList<>();
        for (int r = 0; r < Math.min(timeS.length, currentA.length); r++) {
            if (Double.isFinite(timeS[r]) && Double.isFinite(currentA[r]) && timeS[r] >= options.fromS()
                    && timeS[r] <= options.toS()) {
                pts.add(new double[] {timeS[r], Math.abs(currentA[r])});
            }
        }
        if (pts.size() < 4) {
            throw new AnalysisException(source + ": chronoamperometry needs at least 4 points in the selected time"
                    + " range; found " + pts.size());
        }
        double t0 = pts.get(0)[0];
        double t1 = pts.get(pts.size() - 1)[0];
        double ws = t1 - options.finalWindowFraction() * (t1 - t0);
        double[] wt = pts.stream().filter(p -> p[0] >= ws).mapToDouble(p -> p[0]).toArray();
        double[] wi = pts.stream().filter(p -> p[0] >= ws).mapToDouble(p -> p[1]).toArray();
        if (wt.length < 2) {
            throw new AnalysisException(source + ": the final window (last " + options.finalWindowFraction() * 100
                    + " % of the duration) holds " + wt.length + " point(s); at least 2 are needed");
        }
        double iss = mean(wi);
        if (!(iss > 0)) {
            throw new AnalysisException(source + ": the steady-state current is zero; no polarization current");
        }
        double sd = stdev(wi, iss);
        double issErr = sd / Math.sqrt(wi.length);
        double slope = Fits.line(wt, wi)[1];
        double drift = slope * (wt[wt.length - 1] - wt[0]) / iss;
        List<String> warnings = new ArrayList<>();
        if (Math.abs(drift) > options.maxDrift()) {
            warnings.add(String.format(Locale.ROOT, "the current still drifts by %.2g %% over the final window (limit"
                    + " %.2g %%): steady state not reached", 100 * drift, 100 * options.maxDrift()));
        }
        double i0;
        double i0Err;
        if (options.initial() == InitialCurrent.FIRST_POINT) {
            i0 = pts.get(0)[1];
            i0Err = sd;
        } else {
            double tRef = Double.isFinite(options.fromS()) ? options.fromS() : t0;
            double[] fit = extrapolate(pts, iss, options.earlyPoints(), tRef, source);
            i0 = fit[0];
            i0Err = fit[1];
        }
        if (i0 < iss) {
            warnings.add("the current rose during the polarization (I_0 < I_ss): not the decay a Bruce-Vincent"
                    + " measurement expects");
        }
        return new CurrentDecay(i0, i0Err, iss, issErr, drift, wt[0], wt[wt.length - 1], wt.length, options.initial(),
                warnings);
    }

    private static double[] extrapolate(List<double[]> pts, double iss, int n, double t0, String source) {
        List<double[]> use = new ArrayList<>();
        for (int r = 0; r < Math.min(n, pts.size()); r++) {
            double d = pts.get(r)[1] - iss;
            if (d > 0) {
                use.add(new double[] {pts.get(r)[0] - t0, Math.log(d)});
            }
        }
        if (use.size() < 3) {
            throw new AnalysisException(source + ": cannot extrapolate I_0: fewer than 3 of the first " + n
                    + " points lie above I_ss");
        }
        double[] x = use.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = use.stream().mapToDouble(p -> p[1]).toArray();
        double[] ab = Fits.line(x, y);
        double a = ab[0];
        double b = ab[1];
        double mx = mean(x);
        double sxx = 0;
        double ssr = 0;
        for (int k = 0; k < x.length; k++) {
            sxx += (x[k] - mx) * (x[k] - mx);
            double r = y[k] - a - b * x[k];
            ssr += r * r;
        }
        double s2 = x.length > 2 ? ssr / (x.length - 2) : 0;
        double seA = Math.sqrt(s2 * (1.0 / x.length + mx * mx / sxx));
        double amp = Math.exp(a);
        return new double[] {iss + amp, amp * seA};
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double stdev(double[] v, double m) {
        if (v.length < 2) {
            return 0;
        }
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / (v.length - 1));
    }
}
