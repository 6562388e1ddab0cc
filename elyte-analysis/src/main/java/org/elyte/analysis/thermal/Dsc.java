package org.elyte.analysis.thermal;

import java.util.Objects;

import org.elyte.core.error.AnalysisException;
import org.elyte.core.error.InvalidInputException;
import org.elyte.core.numerics.PeakFinder;
import org.elyte.core.numerics.SavitzkyGolay;
import org.elyte.core.numerics.Trapezoid;
import org.elyte.core.provenance.Provenance;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Recording;

/**
 * DSC evaluation of a heating scan (ISO 11357-1/-2/-3, ASTM E793 and E1356): melting enthalpy by
 * integrating the heat flow above a baseline over time, peak and extrapolated onset temperatures,
 * and the glass-transition step. Input: a {@link Recording} with {@link Quantity#TEMPERATURE} (K)
 * and {@link Quantity#HEAT_FLOW} (W) or {@link Quantity#SPECIFIC_HEAT_FLOW} (W/kg), with
 * {@link Quantity#TEST_TIME} (s) or a given heating rate. Pure functions.
 */
public final class Dsc {
    /** Method version recorded in provenance. */
    public static final String VERSION = "1";
    private static final double LIMIT_FRACTION = 0.01;

    private Dsc() {
    }

    /**
     * Integrates the melting endotherm.
     *
     * @param r the DSC recording (one heating segment, or a window that selects one)
     * @param o options
     * @return enthalpy, peak and onset temperatures
     * @throws InvalidInputException if columns, mass or heating rate are missing
     * @throws AnalysisException if no peak stands above the noise or the peak is cut by the window
     */
    public static Melting melting(Recording r, MeltingOptions o) {
        Objects.requireNonNull(r, "recording");
        Objects.requireNonNull(o, "options");
        DscTrace tr = DscTrace.of(r, o.lowK(), o.highK(), o.heatingRateKPerS());
        if (!tr.specific() && Double.isNaN(o.massKg())) {
            throw new InvalidInputException("the heat flow is in W, not per mass: give the sample mass");
        }
        double[] t = tr.temperatureK();
        double[] u = tr.timeS();
        double[] y = tr.signal();
        int n = t.length;
        double[] ys = smoother(n, 100).smooth(y);
        int k = Math.max(3, n / 20);
        double[] l0 = DscTrace.line(u, ys, 0, k - 1);
        double[] l1 = DscTrace.line(u, ys, n - k, n - 1);
        double ua = mean(u, 0, k - 1);
        double ub = mean(u, n - k, n - 1);
        double ya = l0[0] + l0[1] * ua;
        double yb = l1[0] + l1[1] * ub;
        double[] d = new double[n];
        int far = 0;
        for (int i = 0; i < n; i++) {
            d[i] = ys[i] - (ya + (yb - ya) * (u[i] - ua) / (ub - ua));
            if (Math.abs(d[i]) > Math.abs(d[far])) {
                far = i;
            }
        }
        EndothermDirection dir = o.direction() != EndothermDirection.AUTO ? o.direction()
                : d[far] >= 0 ? EndothermDirection.UP : EndothermDirection.DOWN;
        double noise = PeakFinder.noiseSigma(y);
        if (o.direction() == EndothermDirection.AUTO && Math.abs(d[far]) > 10 * noise) {
            double opposite = 0;
            for (double v : d) {
                opposite = Math.max(opposite, -Math.signum(d[far]) * v);
            }
            if (opposite > Math.abs(d[far]) / 3) {
                throw new AnalysisException("cannot tell the endotherm direction in " + DscTrace.window(o.lowK(), o.highK())
                        + ": excursions of both signs (" + d[far] + ", " + -Math.signum(d[far]) * opposite
                        + "); give the direction, or a window that holds the whole peak and flat ends");
            }
        }
        double sgn = dir == EndothermDirection.UP ? 1 : -1;
        int p = 0;
        for (int i = 0; i < n; i++) {
            if (sgn * d[i] > sgn * d[p]) {
                p = i;
            }
        }
        double height = sgn * d[p];
        if (!(height > 10 * noise) || height <= 0) {
            throw new AnalysisException("no melting endotherm above the noise in " + DscTrace.window(o.lowK(), o.highK())
                    + " (largest excursion " + height + ", noise " + noise + ")");
        }
        int a = 0;
        int b = n - 1;
        if (Double.isNaN(o.lowK())) {
            a = p;
            while (a > 0 && sgn * d[a] > LIMIT_FRACTION * height) {
                a--;
            }
            b = p;
            while (b < n - 1 && sgn * d[b] > LIMIT_FRACTION * height) {
                b++;
            }
            // the 1 % points still hold part of the tails: double their distance from the maximum
            a = Math.max(0, a - (p - a));
            b = Math.min(n - 1, b + (b - p));
        }
        if (p - a < 3 || b - p < 3 || p < k || p > n - 1 - k) {
            throw new AnalysisException("the melting peak at " + fmtC(t[p]) + " is cut by the integration window "
                    + DscTrace.window(o.lowK(), o.highK()) + "; widen it");
        }
        double[] base = o.baseline() == DscBaseline.LINEAR ? linear(u, ys, a, b) : sigmoidal(u, y, ys, a, b, k, sgn);
        double[] w = new double[n];
        double[] ws = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = sgn * (y[i] - base[i]);
            ws[i] = sgn * (ys[i] - base[i]);
        }
        double area = Trapezoid.integrate(u, w, a, b);
        double perKg = tr.specific() ? area : area / o.massKg();
        if (!(perKg > 0)) {
            throw new AnalysisException("the melting peak area above the baseline is not positive (" + perKg + " J/kg)");
        }
        int pk = a;
        for (int i = a; i <= b; i++) {
            if (ws[i] > ws[pk]) {
                pk = i;
            }
        }
        int hl = pk;
        while (hl > a && ws[hl] > ws[pk] / 2) {
            hl--;
        }
        int hr = pk;
        while (hr < b && ws[hr] > ws[pk] / 2) {
            hr++;
        }
        double maxSlope = 0;
        for (int i = a + 1; i < b; i++) {
            maxSlope = Math.max(maxSlope, Math.abs((ws[i + 1] - ws[i - 1]) / (t[i + 1] - t[i - 1])));
        }
        int e = Math.max(2, Math.min(k, (b - a) / 10));
        double edgeSlope = Math.max(Math.abs(DscTrace.slope(t, ws, a, a + e)), Math.abs(DscTrace.slope(t, ws, b - e, b)));
        if (t[hr] - t[hl] > 0.6 * (t[b] - t[a]) || edgeSlope > 0.2 * maxSlope) {
            throw new AnalysisException("no isolated melting peak in the integration window "
                    + DscTrace.window(o.lowK(), o.highK()) + ": the half-height width fills most of it"
                    + " or the signal still changes steeply at a limit (a cut peak or a sloping baseline); widen or move the window");
        }
        double onset = tangentCrossing(t, ws, a + 1, pk, true);
        double endset = tangentCrossing(t, ws, pk, b - 1, false);
        Provenance prov = Provenance.of("dsc.melting", VERSION).withOption("baseline", o.baseline())
                .withOption("direction", dir).withOption("massKg", o.massKg())
                .withOption("window", DscTrace.window(o.lowK(), o.highK()));
        return new Melting(perKg / 1000, vertex(t, ws, pk), onset, endset, t[a], t[b], ws[pk],
                tr.heatingRateKPerS(), dir, o.baseline(), prov);
    }

    /**
     * Finds the glass-transition step in a window that holds flat parts before and after it
     * (the first and last fifth of the window are taken as the two baselines).
     *
     * @param r the DSC recording
     * @param lowK window start, K
     * @param highK window end, K
     * @param massKg sample mass, kg, or NaN (then Δcp is NaN unless the heat flow is per mass)
     * @param heatingRateKPerS heating rate, K/s, or NaN to use the time column
     * @return midpoint and inflection temperatures, onset, end and step
     * @throws AnalysisException if no step stands above the noise
     */
    public static GlassTransition glassTransition(Recording r, double lowK, double highK, double massKg,
            double heatingRateKPerS) {
        Objects.requireNonNull(r, "recording");
        if (!(highK > lowK)) {
            throw new InvalidInputException("glass-transition window " + lowK + ".." + highK + " K: need low < high");
        }
        boolean noRate = Double.isNaN(heatingRateKPerS) && !r.has(Quantity.TEST_TIME);
        DscTrace tr = DscTrace.of(r, lowK, highK, noRate ? 1.0 : heatingRateKPerS);
        double rate = noRate ? Double.NaN : tr.heatingRateKPerS();
        double[] t = tr.temperatureK();
        int n = t.length;
        double[] ys = smoother(n, 30).smooth(tr.signal());
        int k = Math.max(3, n / 5);
        double[] l1 = DscTrace.line(t, ys, 0, k - 1);
        double[] l2 = DscTrace.line(t, ys, n - k, n - 1);
        double tc = 0.5 * (t[0] + t[n - 1]);
        double step = (l2[0] + l2[1] * tc) - (l1[0] + l1[1] * tc);
        double sgn = Math.signum(step);
        double[] slope = new double[n];
        int best = k;
        for (int i = 1; i < n - 1; i++) {
            slope[i] = (ys[i + 1] - ys[i - 1]) / (t[i + 1] - t[i - 1]);
        }
        for (int i = k; i < n - k; i++) {
            if (sgn * slope[i] > sgn * slope[best]) {
                best = i;
            }
        }
        if (step == 0 || Math.abs(step) < 5 * PeakFinder.noiseSigma(tr.signal()) || sgn * slope[best] <= 0) {
            throw new AnalysisException("no glass-transition step above the noise in " + DscTrace.window(lowK, highK));
        }
        double inflection = vertex(t, multiply(slope, sgn), best);
        double mid = Double.NaN;
        for (int off = 0; off < n && Double.isNaN(mid); off++) {
            for (int i : new int[] {best - off, best + off - 1}) {
                if (i >= 0 && i + 1 < n) {
                    double f0 = ys[i] - 0.5 * (l1[0] + l1[1] * t[i] + l2[0] + l2[1] * t[i]);
                    double f1 = ys[i + 1] - 0.5 * (l1[0] + l1[1] * t[i + 1] + l2[0] + l2[1] * t[i + 1]);
                    if (f0 == 0 || f0 * f1 < 0) {
                        mid = t[i] + (t[i + 1] - t[i]) * f0 / (f0 - f1);
                        break;
                    }
                }
            }
        }
        double s = slope[best];
        double onset = (l1[0] - ys[best] + s * t[best]) / (s - l1[1]);
        double end = (l2[0] - ys[best] + s * t[best]) / (s - l2[1]);
        double stepAtMid = Double.isNaN(mid) ? step : (l2[0] + l2[1] * mid) - (l1[0] + l1[1] * mid);
        double perKg = tr.specific() ? Math.abs(stepAtMid) : Math.abs(stepAtMid) / massKg;
        double dcp = perKg / rate / 1000;
        Provenance prov = Provenance.of("dsc.glass-transition", VERSION).withOption("window",
                DscTrace.window(lowK, highK)).withOption("massKg", massKg);
        return new GlassTransition(mid, inflection, onset, end, stepAtMid, Double.isFinite(dcp) ? dcp : Double.NaN, prov);
    }

    private static SavitzkyGolay smoother(int n, int divisor) {
        return new SavitzkyGolay(Math.max(2, Math.min(25, n / divisor)), 2);
    }

    private static double[] linear(double[] u, double[] ys, int a, int b) {
        double[] base = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            base[i] = ys[a] + (ys[b] - ys[a]) * (u[i] - u[a]) / (u[b] - u[a]);
        }
        return base;
    }

    private static double[] sigmoidal(double[] u, double[] y, double[] ys, int a, int b, int k, double sgn) {
        int n = u.length;
        // straight lines just outside the limits, or just inside them when the window ends there
        double[] pre = a - k >= 0 ? DscTrace.line(u, ys, a - k, a) : DscTrace.line(u, ys, a, a + k);
        double[] post = b + k < n ? DscTrace.line(u, ys, b, b + k) : DscTrace.line(u, ys, b - k, b);
        double[] base = linear(u, ys, a, b);
        double[] w = new double[n];
        for (int iter = 0; iter < 30; iter++) {
            for (int i = 0; i < n; i++) {
                w[i] = sgn * (y[i] - base[i]);
            }
            double[] cum = Trapezoid.cumulative(u, w, a, b);
            double total = cum[b];
            if (!(total > 0)) {
                break;
            }
            for (int i = 0; i < n; i++) {
                double alpha = i <= a ? 0 : i >= b ? 1 : Math.min(1, Math.max(0, cum[i] / total));
                base[i] = (1 - alpha) * (pre[0] + pre[1] * u[i]) + alpha * (post[0] + post[1] * u[i]);
            }
        }
        return base;
    }

    /** Extrapolated onset (leading edge) or end: where the tangent at the steepest point meets zero. */
    private static double tangentCrossing(double[] t, double[] ws, int from, int to, boolean leading) {
        int best = -1;
        double bestSlope = 0;
        for (int i = Math.max(1, from); i <= Math.min(to, t.length - 2); i++) {
            double s = (ws[i + 1] - ws[i - 1]) / (t[i + 1] - t[i - 1]);
            if (leading ? s > bestSlope : s < bestSlope) {
                bestSlope = s;
                best = i;
            }
        }
        return best < 0 ? Double.NaN : t[best] - ws[best] / bestSlope;
    }

    /** Abscissa of the vertex of the parabola through the maximum and its neighbours. */
    private static double vertex(double[] x, double[] y, int m) {
        if (m <= 0 || m >= x.length - 1) {
            return x[m];
        }
        double den = y[m - 1] - 2 * y[m] + y[m + 1];
        if (!(den < 0)) {
            return x[m];
        }
        double off = 0.5 * (y[m - 1] - y[m + 1]) / den;
        return off >= 0 ? x[m] + off * (x[m + 1] - x[m]) : x[m] + off * (x[m] - x[m - 1]);
    }

    private static double[] multiply(double[] v, double f) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * f;
        }
        return out;
    }

    private static double mean(double[] v, int a, int b) {
        double s = 0;
        for (int i = a; i <= b; i++) {
            s += v[i];
        }
        return s / (b - a + 1);
    }

    private static String fmtC(double k) {
        return String.format(java.util.Locale.ROOT, "%.2f °C", k - 273.15);
    }
}
