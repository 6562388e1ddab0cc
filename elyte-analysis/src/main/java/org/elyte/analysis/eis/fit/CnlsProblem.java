package org.elyte.analysis.eis.fit;

import org.elyte.analysis.eis.circuit.Circuit;
import org.elyte.analysis.eis.circuit.CircuitEvaluator;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.core.numerics.LeastSquaresProblem;

/**
 * The weighted CNLS residual r = [w'·(Z'_m − Z'); w''·(Z''_m − Z'')] as a function of the free
 * internal variables, with the analytic Jacobian (circuit derivatives × transform chain rule).
 */
final class CnlsProblem implements LeastSquaresProblem {
    private final CircuitEvaluator evaluator;
    private final Weighting weighting;
    private final int n;
    private final double[] omega;
    private final double[] zr;
    private final double[] zi;
    private final double[] wr;
    private final double[] wi;
    private final int[] free;
    private final Transform[] transforms;
    private final double[] full;
    private final double[] mr;
    private final double[] mi;
    private final double[][] dr;
    private final double[][] di;
    private final double[] chain;

    CnlsProblem(Circuit circuit, ImpedanceSpectrum s, Weighting weighting, double[] fullStart, int[] free,
            Transform[] transforms) {
        this.evaluator = new CircuitEvaluator(circuit);
        this.weighting = weighting;
        this.n = s.size();
        this.omega = new double[n];
        this.zr = s.reals();
        this.zi = s.imags();
        this.wr = new double[n];
        this.wi = new double[n];
        for (int i = 0; i < n; i++) {
            omega[i] = 2 * Math.PI * s.frequencyHz(i);
            double mod = Math.hypot(zr[i], zi[i]);
            switch (weighting) {
                case MODULUS -> {
                    wr[i] = 1 / mod;
                    wi[i] = 1 / mod;
                }
                case PROPORTIONAL -> {
                    wr[i] = 1 / Math.max(Math.abs(zr[i]), 1e-3 * mod);
                    wi[i] = 1 / Math.max(Math.abs(zi[i]), 1e-3 * mod);
                }
                default -> {
                    wr[i] = 1;
                    wi[i] = 1;
                }
            }
        }
        this.free = free.clone();
        this.transforms = transforms.clone();
        this.full = fullStart.clone();
        int p = circuit.parameterCount();
        this.mr = new double[n];
        this.mi = new double[n];
        this.dr = new double[n][p];
        this.di = new double[n][p];
        this.chain = new double[free.length];
    }

    @Override
    public int parameterCount() {
        return free.length;
    }

    @Override
    public int residualCount() {
        return 2 * n;
    }

    /** @return the full parameter vector for internal variables x */
    double[] parameters(double[] x) {
        double[] p = full.clone();
        for (int k = 0; k < free.length; k++) {
            p[free[k]] = transforms[k].toParameter(x[k]);
        }
        return p;
    }

    @Override
    public void evaluate(double[] x, double[] r, double[][] jac) {
        for (int k = 0; k < free.length; k++) {
            full[free[k]] = transforms[k].toParameter(x[k]);
        }
        fill(full, r, jac);
        if (jac != null) {
            int nf = free.length;
            for (int k = 0; k < nf; k++) {
                chain[k] = transforms[k].derivative(x[k]);
            }
            for (double[] row : jac) {
                for (int k = 0; k < nf; k++) {
                    row[k] *= chain[k];
                }
            }
        }
    }

    /**
     * Residuals and Jacobian with respect to the free parameters themselves (no transform).
     *
     * @param p full parameter vector
     * @param r residuals (2N)
     * @param jac null or 2N × free Jacobian
     */
    void fill(double[] p, double[] r, double[][] jac) {
        evaluator.evaluate(p, omega, mr, mi, jac == null ? null : dr, jac == null ? null : di);
        boolean boukamp = weighting == Weighting.BOUKAMP;
        for (int i = 0; i < n; i++) {
            double er = mr[i] - zr[i];
            double ei = mi[i] - zi[i];
            double w1 = wr[i];
            double w2 = wi[i];
            double m2 = mr[i] * mr[i] + mi[i] * mi[i];
            if (boukamp) {
                w1 = 1 / Math.sqrt(m2);
                w2 = w1;
            }
            r[i] = w1 * er;
            r[n + i] = w2 * ei;
            if (jac == null) {
                continue;
            }
            double[] jr = jac[i];
            double[] ji = jac[n + i];
            for (int k = 0; k < free.length; k++) {
                int q = free[k];
                double a = dr[i][q];
                double b = di[i][q];
                if (boukamp) {
                    // w = |Z_m|^-1, dw/dp = −(Z'_m ∂Z'_m + Z''_m ∂Z''_m)/|Z_m|³
                    double dw = -(mr[i] * a + mi[i] * b) * w1 * w1 * w1;
                    jr[k] = w1 * a + er * dw;
                    ji[k] = w1 * b + ei * dw;
                } else {
                    jr[k] = w1 * a;
                    ji[k] = w2 * b;
                }
            }
        }
    }

    /** @return the model Z' of the last evaluation, Ω (copy) */
    double[] modelReal() {
        return mr.clone();
    }

    /** @return the model Z'' of the last evaluation, Ω (copy) */
    double[] modelImag() {
        return mi.clone();
    }
}
