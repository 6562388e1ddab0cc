package org.elyte.analysis.eis.kk;

import java.util.List;

import org.elyte.core.error.InvalidInputException;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.core.provenance.Provenance;

/**
 * The weighted linear Lin-KK problem for one spectrum: builds the design matrix for a given set
 * of time constants, solves it in the chosen {@link KkMode} and evaluates the model.
 */
final class KkSystem {
    private final ImpedanceSpectrum spectrum;
    private final double[] omega;
    private final double[] re;
    private final double[] im;
    private final double[] mod;
    private final KkMode mode;
    private final boolean cap;
    private final boolean ind;

    /** Fitted parameters for one M. invC and l are 0 when the element is not in the model. */
    record Fit(double[] tau, double r0, double[] rk, double invC, double l, double mu) {
    }

    private KkSystem(ImpedanceSpectrum s, KkOptions o) {
        this.spectrum = s;
        int n = s.size();
        omega = new double[n];
        mod = new double[n];
        for (int i = 0; i < n; i++) {
            omega[i] = 2 * Math.PI * s.frequencyHz(i);
            mod[i] = s.modulus(i);
        }
        re = s.reals();
        im = s.imags();
        mode = o.mode();
        cap = o.seriesCapacitance();
        ind = o.seriesInductance();
    }

    static KkSystem of(ImpedanceSpectrum s, KkOptions o) {
        KkSystem sys = new KkSystem(s, o);
        for (int i = 0; i < s.size(); i++) {
            if (!(sys.mod[i] > 0)) {
                throw new InvalidInputException(
                        "Lin-KK: point " + (i + 1) + " has |Z| = 0; the 1/|Z| weighting is undefined");
            }
        }
        return sys;
    }

    double omegaMin() {
        double m = Double.POSITIVE_INFINITY;
        for (double w : omega) {
            m = Math.min(m, w);
        }
        return m;
    }

    double omegaMax() {
        double m = 0;
        for (double w : omega) {
            m = Math.max(m, w);
        }
        return m;
    }

    private int extras() {
        return (cap ? 1 : 0) + (ind ? 1 : 0);
    }

    /** @return the largest M for which the least-squares problem is not underdetermined */
    int maxFeasibleElements() {
        int n = omega.length;
        return switch (mode) {
            case COMPLEX -> 2 * n - 1 - extras();
            case REAL -> n - 1;
            case IMAGINARY -> n - extras();
        };
    }

    Fit fit(double[] tau) {
        int n = omega.length;
        int m = tau.length;
        double r0;
        double[] rk = new double[m];
        double invC = 0;
        double l = 0;
        switch (mode) {
            case COMPLEX -> {
                int p = 1 + m + extras();
                double[][] a = new double[2 * n][p];
                double[] b = new double[2 * n];
                for (int i = 0; i < n; i++) {
                    a[i][0] = 1 / mod[i];
                    fillRc(a[i], a[n + i], i, tau, 1);
                    fillSeries(a[n + i], i, 1 + m);
                    b[i] = re[i] / mod[i];
                    b[n + i] = im[i] / mod[i];
                }
                double[] x = LeastSquares.solve(a, b);
                r0 = x[0];
                System.arraycopy(x, 1, rk, 0, m);
                double[] cl = seriesFrom(x, 1 + m);
                invC = cl[0];
                l = cl[1];
            }
            case REAL -> {
                double[][] a = new double[n][1 + m];
                double[][] unusedIm = new double[n][1 + m];
                double[] b = new double[n];
                for (int i = 0; i < n; i++) {
                    a[i][0] = 1 / mod[i];
                    fillRc(a[i], unusedIm[i], i, tau, 1);
                    b[i] = re[i] / mod[i];
                }
                double[] x = LeastSquares.solve(a, b);
                r0 = x[0];
                System.arraycopy(x, 1, rk, 0, m);
                if (extras() > 0) {
                    double[][] s = new double[n][extras()];
                    double[] rs = new double[n];
                    for (int i = 0; i < n; i++) {
                        fillSeries(s[i], i, 0);
                        rs[i] = (im[i] - rcImag(i, tau, rk)) / mod[i];
                    }
                    double[] cl = seriesFrom(LeastSquares.solve(s, rs), 0);
                    invC = cl[0];
                    l = cl[1];
                }
            }
            case IMAGINARY -> {
                int p = m + extras();
                double[][] a = new double[n][p];
                double[][] unusedRe = new double[n][p];
                double[] b = new double[n];
                for (int i = 0; i < n; i++) {
                    fillRc(unusedRe[i], a[i], i, tau, 0);
                    fillSeries(a[i], i, m);
                    b[i] = im[i] / mod[i];
                }
                double[] x = LeastSquares.solve(a, b);
                System.arraycopy(x, 0, rk, 0, m);
                double[] cl = seriesFrom(x, m);
                invC = cl[0];
                l = cl[1];
                double num = 0;
                double den = 0;
                for (int i = 0; i < n; i++) {
                    double w = 1 / (mod[i] * mod[i]);
                    num += w * (re[i] - rcReal(i, tau, rk));
                    den += w;
                }
                r0 = num / den;
            }
            default -> throw new IllegalStateException("unknown mode " + mode);
        }
        return new Fit(tau, r0, rk, invC, l, LinKK.mu(rk));
    }

    private void fillRc(double[] rowRe, double[] rowIm, int i, double[] tau, int offset) {
        for (int k = 0; k < tau.length; k++) {
            double x = omega[i] * tau[k];
            double d = 1 + x * x;
            rowRe[offset + k] = 1 / d / mod[i];
            rowIm[offset + k] = -x / d / mod[i];
        }
    }

    private void fillSeries(double[] rowIm, int i, int offset) {
        int j = offset;
        if (cap) {
            rowIm[j++] = -1 / (omega[i] * mod[i]);
        }
        if (ind) {
            rowIm[j] = omega[i] / mod[i];
        }
    }

    private double[] seriesFrom(double[] x, int offset) {
        int j = offset;
        double invC = cap ? x[j++] : 0;
        double l = ind ? x[j] : 0;
        return new double[] {invC, l};
    }

    private double rcReal(int i, double[] tau, double[] rk) {
        double s = 0;
        for (int k = 0; k < tau.length; k++) {
            double x = omega[i] * tau[k];
            s += rk[k] / (1 + x * x);
        }
        return s;
    }

    private double rcImag(int i, double[] tau, double[] rk) {
        double s = 0;
        for (int k = 0; k < tau.length; k++) {
            double x = omega[i] * tau[k];
            s -= rk[k] * x / (1 + x * x);
        }
        return s;
    }

    KkResult result(Fit fit, KkOptions o, List<String> warnings, Provenance provenance) {
        int n = omega.length;
        double[] mr = new double[n];
        double[] mi = new double[n];
        double[] dr = new double[n];
        double[] di = new double[n];
        double maxR = 0;
        double maxI = 0;
        double chi2 = 0;
        for (int i = 0; i < n; i++) {
            mr[i] = fit.r0() + rcReal(i, fit.tau(), fit.rk());
            mi[i] = rcImag(i, fit.tau(), fit.rk()) - fit.invC() / omega[i] + fit.l() * omega[i];
            dr[i] = (re[i] - mr[i]) / mod[i];
            di[i] = (im[i] - mi[i]) / mod[i];
            maxR = Math.max(maxR, Math.abs(dr[i]));
            maxI = Math.max(maxI, Math.abs(di[i]));
            chi2 += dr[i] * dr[i] + di[i] * di[i];
        }
        ImpedanceSpectrum model = ImpedanceSpectrum.of(spectrum.frequenciesHz(), mr, mi, spectrum.metadata());
        boolean valid = maxR < o.validResidualLimit() && maxI < o.validResidualLimit();
        return new KkResult(fit.tau().length, fit.mu(), fit.tau(), fit.rk(), fit.r0(),
                cap ? 1 / fit.invC() : Double.NaN, ind ? fit.l() : Double.NaN, dr, di, maxR, maxI, chi2, model,
                valid, warnings, provenance);
    }
}
