package org.elyte.sim.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.elyte.sim.solver.DaeSolution.Status;

/** One integration: work arrays and the step loop of {@link BdfIntegrator}. */
final class BdfRun {
    /** Newton iterations after which the Jacobian is refreshed (and the step-size safety saturates). */
    private static final int NEWTON_MAXITER = 4;
    /** Newton iterations allowed with a stale Jacobian before the attempt counts as failed. */
    private static final int NEWTON_LIMIT = 6;
    private static final double MIN_FACTOR = 0.2;
    private static final double MAX_FACTOR = 10;
    /**
     * Largest relative change of c = h/α before M − c·J is refactorised (CVODE's DGMAX, Hindmarsh
     * et al. 2005); in between, Newton corrections are scaled by 2c'/(c + c') for the stale c'.
     */
    private static final double MAX_C_CHANGE = 0.3;
    private static final double[] GAMMA = new double[7];
    private static final double[] ERR_CONST = new double[7];

    static {
        for (int k = 1; k < 7; k++) {
            GAMMA[k] = GAMMA[k - 1] + 1.0 / k;
        }
        for (int k = 0; k < 7; k++) {
            ERR_CONST[k] = 1.0 / (k + 1);
        }
    }

    private final DaeSystem sys;
    private final BdfOptions opt;
    private final List<Event> events;
    private final int n;
    private final double[] mass;
    private final double[][] dd;
    private final double[] yPred;
    private final double[] psi;
    private final double[] d;
    private final double[] y;
    private final double[] f;
    private final double[] dy;
    private final double[] scale;
    private final double[] invScale;
    private final double[] work;
    private final double[][] rMat = new double[6][6];
    private final double[][] uMat = new double[6][6];
    private final double[][] ruMat = new double[6][6];
    private final double[][] tmpD = new double[6][];
    private final JacobianMatrix jac;
    private final LinearSolver lu;
    private int nRhs;
    private int nJac;
    private int nLu;
    private int nRejected;
    private boolean lastFactorOk;
    private String lastCause = "";

    BdfRun(DaeSystem sys, BdfOptions opt, List<Event> events) {
        this.sys = sys;
        this.opt = opt;
        this.events = events;
        this.n = sys.size();
        mass = new double[n];
        sys.massDiagonal(mass);
        dd = new double[opt.maxOrder() + 3][n];
        yPred = new double[n];
        psi = new double[n];
        d = new double[n];
        y = new double[n];
        f = new double[n];
        dy = new double[n];
        scale = new double[n];
        invScale = new double[n];
        work = new double[n];
        for (int i = 0; i < 6; i++) {
            tmpD[i] = new double[n];
        }
        jac = new JacobianMatrix(n, sys.pattern(), sys.sparsity());
        lu = jac.newSolver();
    }

    private void rhs(double t, double[] yy, double[] out) {
        nRhs++;
        sys.rhs(t, yy, out);
    }

    private void evalJac(double t, double[] yy, double[] f0) {
        nJac++;
        nRhs += jac.evaluate(sys, t, yy, f0, opt.relTol(), opt.absTol());
    }

    private double norm(double[] v, double[] sc) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            double r = v[i] / sc[i];
            s += r * r;
        }
        return Math.sqrt(s / n);
    }

    String consistentInit(double t, double[] yy) {
        boolean anyAlg = false;
        for (double m : mass) {
            anyAlg |= m == 0.0;
        }
        if (!anyAlg) {
            return "";
        }
        double res = Double.NaN;
        for (int it = 0; it < 30; it++) {
            rhs(t, yy, f);
            res = algResidual();
            if (!Double.isFinite(res)) {
                return "the algebraic equations are not finite at t = " + t + " s";
            }
            evalJac(t, yy, f);
            jac.loadAlgebraic(lu, mass);
            nLu++;
            int bad = lu.factor();
            if (bad >= 0) {
                return "the algebraic Jacobian is singular (column " + bad + ") at t = " + t + " s";
            }
            for (int i = 0; i < n; i++) {
                dy[i] = mass[i] == 0.0 ? -f[i] : 0.0;
            }
            lu.solve(dy);
            double lambda = 1.0;
            System.arraycopy(yy, 0, work, 0, n);
            double newRes = Double.NaN;
            for (int ls = 0; ls < 12; ls++) {
                for (int i = 0; i < n; i++) {
                    yy[i] = work[i] + lambda * dy[i];
                }
                rhs(t, yy, f);
                newRes = algResidual();
                if (Double.isFinite(newRes) && newRes <= (1 - 1e-4 * lambda) * res) {
                    break;
                }
                lambda *= 0.5;
            }
            for (int i = 0; i < n; i++) {
                scale[i] = opt.absTol() + opt.relTol() * Math.abs(yy[i]);
            }
            if (!Double.isFinite(newRes)) {
                return "Newton on the algebraic equations reached non-finite values at t = " + t + " s";
            }
            double step = 0;
            for (int i = 0; i < n; i++) {
                step = Math.max(step, Math.abs(lambda * dy[i]) / scale[i]);
            }
            if (step < 1e-3 || newRes == 0.0) {
                return "";
            }
        }
        return "Newton on the algebraic equations did not converge in 30 iterations at t = " + t
                + " s (residual " + res + ")";
    }

    private double algResidual() {
        double s = 0;
        for (int i = 0; i < n; i++) {
            if (mass[i] == 0.0) {
                s = Math.max(s, Math.abs(f[i]));
            }
        }
        return Double.isNaN(s) ? Double.POSITIVE_INFINITY : s;
    }

    DaeSolution run(double t0, double[] y0, double tEnd) {
        List<double[]> states = new ArrayList<>();
        double[] times = new double[64];
        int count = 0;
        String init = consistentInit(t0, y0);
        if (!init.isEmpty()) {
            states.add(y0.clone());
            times[count++] = t0;
            return finish(times, count, states, Status.INITIALISATION_FAILED,
                    "consistent initialisation failed: " + init, Optional.empty(), 0);
        }
        states.add(y0.clone());
        times[count++] = t0;
        double[] gOld = new double[events.size()];
        for (int e = 0; e < gOld.length; e++) {
            gOld[e] = events.get(e).function().value(t0, y0);
        }
        // initial derivative (algebraic rows: 0)
        rhs(t0, y0, f);
        for (int i = 0; i < n; i++) {
            work[i] = mass[i] == 0.0 ? 0.0 : f[i] / mass[i];
            scale[i] = opt.absTol() + opt.relTol() * Math.abs(y0[i]);
        }
        double h = opt.firstStep();
        if (h == 0) {
            double d0 = norm(y0, scale);
            double d1 = norm(work, scale);
            h = (d0 < 1e-5 || d1 < 1e-5) ? 1e-6 : 0.01 * d0 / d1;
            h = Math.min(h, 0.01 * (tEnd - t0));
        }
        h = Math.min(Math.min(h, opt.maxStep()), tEnd - t0);
        System.arraycopy(y0, 0, dd[0], 0, n);
        for (int i = 0; i < n; i++) {
            dd[1][i] = h * work[i];
        }
        int order = 1;
        int equalSteps = 0;
        double t = t0;
        boolean luValid = false;
        boolean jacCurrent = false;
        double cOfLu = Double.NaN;
        evalJac(t0, y0, f);
        jacCurrent = true;
        int steps = 0;
        int attempts = 0;
        while (t < tEnd) {
            if (++attempts > opt.maxSteps()) {
                return finish(times, count, states, Status.TOO_MANY_STEPS, "step limit " + opt.maxSteps()
                        + " reached at t = " + t + " s", Optional.empty(), steps);
            }
            double hMin = 16 * Math.ulp(Math.max(Math.abs(t), Math.abs(tEnd - t0)));
            if (h > opt.maxStep() || t + h > tEnd) {
                double hNew = Math.min(opt.maxStep(), tEnd - t);
                changeD(order, hNew / h);
                h = hNew;
                equalSteps = 0;
            }
            if (h < hMin) {
                return finish(times, count, states, Status.STEP_TOO_SMALL, "step size " + h
                        + " s fell below the minimum at t = " + t + " s: " + lastCause, Optional.empty(), steps);
            }
            double tNew = t + h;
            double alpha = GAMMA[order];
            predict(order, alpha);
            double c = h / alpha;
            boolean converged = false;
            int iters = 0;
            while (true) {
                // modified Newton: the LU of M − c'·J is kept while c/c' stays within 1 ± MAX_C_CHANGE
                if (!luValid || Math.abs(c / cOfLu - 1) > MAX_C_CHANGE) {
                    factorIteration(c);
                    cOfLu = c;
                    luValid = lastFactorOk;
                }
                if (luValid) {
                    iters = newton(tNew, c, 2 * cOfLu / (c + cOfLu));
                    converged = iters > 0;
                }
                if (converged) {
                    break;
                }
                if (!jacCurrent) {
                    evalJac(t, dd[0], fAt(t, dd[0]));
                    jacCurrent = true;
                    luValid = false;
                } else if (luValid && c != cOfLu) {
                    luValid = false; // the Jacobian is current: retry with the exact coefficient
                } else {
                    break;
                }
            }
            if (!converged) {
                nRejected++;
                changeD(order, 0.5);
                h *= 0.5;
                equalSteps = 0;
                continue;
            }
            double safety = 0.9 * (2 * NEWTON_MAXITER + 1) / (2 * NEWTON_MAXITER + Math.min(iters, NEWTON_MAXITER));
            // slow convergence with the stored Jacobian: refresh it at the accepted point
            boolean refreshNext = iters > NEWTON_MAXITER;
            double errNorm = errorNorm(ERR_CONST[order]);
            if (errNorm > 1) {
                nRejected++;
                lastCause = "the local error test failed (weighted error " + errNorm + ")";
                double factor = Math.max(MIN_FACTOR, safety * Math.pow(errNorm, -1.0 / (order + 1)));
                changeD(order, factor);
                h *= factor;
                equalSteps = 0;
                continue;
            }
            // accept
            steps++;
            jacCurrent = false;
            double tOld = t;
            t = tNew;
            equalSteps++;
            updateDifferences(order);
            if (refreshNext) {
                evalJac(t, dd[0], fAt(t, dd[0]));
                jacCurrent = true;
                luValid = false;
            }
            // events on the interpolant of this step
            for (int e = 0; e < events.size(); e++) {
                Event ev = events.get(e);
                double gNew = ev.function().value(t, dd[0]);
                if (ev.triggers(gOld[e], gNew)) {
                    double tRoot = locate(ev, tOld, gOld[e], t, gNew, h, order);
                    double[] yRoot = new double[n];
                    interpolate(tRoot, t, h, order, yRoot);
                    if (count == times.length) {
                        times = Arrays.copyOf(times, 2 * count);
                    }
                    times[count++] = tRoot;
                    states.add(yRoot);
                    return finish(times, count, states, Status.EVENT, "event '" + ev.name() + "' at t = " + tRoot
                            + " s", Optional.of(ev.name()), steps);
                }
                gOld[e] = gNew;
            }
            if (count == times.length) {
                times = Arrays.copyOf(times, 2 * count);
            }
            times[count++] = t;
            states.add(dd[0].clone());
            if (equalSteps < order + 1) {
                continue;
            }
            double errM = Double.POSITIVE_INFINITY;
            double errP = Double.POSITIVE_INFINITY;
            if (order > 1) {
                for (int i = 0; i < n; i++) {
                    work[i] = ERR_CONST[order - 1] * dd[order][i];
                }
                errM = norm(work, scale);
            }
            if (order < opt.maxOrder()) {
                for (int i = 0; i < n; i++) {
                    work[i] = ERR_CONST[order + 1] * dd[order + 2][i];
                }
                errP = norm(work, scale);
            }
            double fM = Math.pow(errM, -1.0 / order);
            double f0 = Math.pow(errNorm, -1.0 / (order + 1));
            double fP = Math.pow(errP, -1.0 / (order + 2));
            int delta = 0;
            double best = f0;
            if (fM > best) {
                best = fM;
                delta = -1;
            }
            if (fP > best) {
                best = fP;
                delta = 1;
            }
            order += delta;
            double factor = Math.min(MAX_FACTOR, safety * best);
            changeD(order, factor);
            h *= factor;
            equalSteps = 0;
        }
        return finish(times, count, states, Status.COMPLETED, "reached t = " + t + " s", Optional.empty(), steps);
    }

    /** Loads and factorises M − c·J with the stored Jacobian; sets {@link #lastFactorOk}. */
    private void factorIteration(double c) {
        jac.loadIteration(lu, mass, c);
        nLu++;
        int bad = lu.factor();
        lastFactorOk = bad < 0;
        if (!lastFactorOk) {
            lastCause = "the iteration matrix M - h/alpha*J is singular (column " + bad + ")";
        }
    }

    /** Predictor yPred = Σ_k D_k, psi = Σ_{k≥1} (γ_k/α) D_k, and the error weights of yPred. */
    private void predict(int order, double alpha) {
        double atol = opt.absTol();
        double rtol = opt.relTol();
        double[] d1 = dd[1];
        double g1 = GAMMA[1] / alpha;
        double[] d0 = dd[0];
        for (int i = 0; i < n; i++) {
            double v = d1[i];
            yPred[i] = d0[i] + v;
            psi[i] = g1 * v;
        }
        for (int k = 2; k <= order; k++) {
            double[] dk = dd[k];
            double gk = GAMMA[k] / alpha;
            for (int i = 0; i < n; i++) {
                double v = dk[i];
                yPred[i] += v;
                psi[i] += gk * v;
            }
        }
        for (int i = 0; i < n; i++) {
            double sc = atol + rtol * Math.abs(yPred[i]);
            scale[i] = sc;
            invScale[i] = 1.0 / sc;
        }
    }

    /** Sets the weights from the corrected y and returns the weighted RMS norm of c·d. */
    private double errorNorm(double c) {
        double atol = opt.absTol();
        double rtol = opt.relTol();
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double sc = atol + rtol * Math.abs(y[i]);
            scale[i] = sc;
            double r = c * d[i] / sc;
            ss += r * r;
        }
        return Math.sqrt(ss / n);
    }

    /** D_{k+2} = d − D_{k+1}, D_{k+1} = d, then D_j += D_{j+1} for j = k … 0 (row by row). */
    private void updateDifferences(int order) {
        double[] top = dd[order + 2];
        double[] next = dd[order + 1];
        for (int i = 0; i < n; i++) {
            double di = d[i];
            top[i] = di - next[i];
            next[i] = di;
        }
        for (int k = order; k >= 0; k--) {
            double[] row = dd[k];
            double[] above = dd[k + 1];
            for (int i = 0; i < n; i++) {
                row[i] += above[i];
            }
        }
    }

    private double[] fAt(double t, double[] yy) {
        rhs(t, yy, f);
        return f;
    }

    /**
     * Newton iterations for the corrector with the factorised iteration matrix, each correction
     * multiplied by {@code corr} (1 when the LU was made for this c); returns iterations used, or 0
     * if not converged.
     */
    private int newton(double tNew, double c, double corr) {
        double tol = Math.max(10 * Math.ulp(1.0) / opt.relTol(), Math.min(0.03, Math.sqrt(opt.relTol())));
        System.arraycopy(yPred, 0, y, 0, n);
        Arrays.fill(d, 0.0);
        double dyNormOld = -1;
        for (int k = 0; k < NEWTON_LIMIT; k++) {
            rhs(tNew, y, f);
            double nonFinite = 0; // stays 0 unless some f[i] is infinite or NaN (0·∞ = NaN)
            for (int i = 0; i < n; i++) {
                double fi = f[i];
                nonFinite += 0.0 * fi;
                dy[i] = c * fi - mass[i] * (psi[i] + d[i]);
            }
            if (nonFinite != 0.0) {
                for (int i = 0; i < n; i++) {
                    if (!Double.isFinite(f[i])) {
                        lastCause = "the right-hand side is not finite (equation " + i + ") at t = " + tNew + " s";
                        break;
                    }
                }
                return 0;
            }
            lu.solve(dy);
            // update and norm in one pass (y and d are reset by the next call if this one fails)
            double ss = 0;
            for (int i = 0; i < n; i++) {
                double v = corr * dy[i];
                y[i] += v;
                d[i] += v;
                double r = v * invScale[i];
                ss += r * r;
            }
            double dyNorm = Math.sqrt(ss / n);
            double rate = dyNormOld < 0 ? -1 : dyNorm / dyNormOld;
            if (rate >= 0 && (rate >= 1 || Math.pow(rate, NEWTON_LIMIT - k) / (1 - rate) * dyNorm > tol)) {
                lastCause = "the Newton iteration did not converge (rate " + rate + ")";
                return 0;
            }
            if (dyNorm == 0 || (rate >= 0 && rate / (1 - rate) * dyNorm < tol)) {
                return k + 1;
            }
            dyNormOld = dyNorm;
        }
        lastCause = "the Newton iteration did not converge in " + NEWTON_LIMIT + " iterations";
        return 0;
    }

    private void computeR(int order, double factor, double[][] out) {
        for (int j = 0; j <= order; j++) {
            out[0][j] = 1.0;
        }
        for (int i = 1; i <= order; i++) {
            out[i][0] = 0.0;
            for (int j = 1; j <= order; j++) {
                out[i][j] = out[i - 1][j] * (i - 1 - factor * j) / i;
            }
        }
        for (int i = 1; i <= order; i++) {
            out[i][0] = 0.0;
        }
    }

    /** Rescales the difference array to the step size h·factor. */
    private void changeD(int order, double factor) {
        computeR(order, factor, rMat);
        computeR(order, 1.0, uMat);
        for (int i = 0; i <= order; i++) {
            for (int j = 0; j <= order; j++) {
                double s = 0;
                for (int k = 0; k <= order; k++) {
                    s += rMat[i][k] * uMat[k][j];
                }
                ruMat[i][j] = s;
            }
        }
        // D[j] = sum_i RU[i][j] * D[i]
        for (int j = 0; j <= order; j++) {
            double[] out = tmpD[j];
            Arrays.fill(out, 0.0);
            for (int i = 0; i <= order; i++) {
                double w = ruMat[i][j];
                if (w != 0.0) {
                    double[] row = dd[i];
                    for (int q = 0; q < n; q++) {
                        out[q] += w * row[q];
                    }
                }
            }
        }
        for (int j = 0; j <= order; j++) {
            System.arraycopy(tmpD[j], 0, dd[j], 0, n);
        }
    }

    private void interpolate(double tq, double t, double h, int order, double[] out) {
        System.arraycopy(dd[0], 0, out, 0, n);
        double p = 1;
        for (int j = 0; j < order; j++) {
            p *= (tq - (t - h * j)) / (h * (1 + j));
            double[] row = dd[j + 1];
            for (int i = 0; i < n; i++) {
                out[i] += row[i] * p;
            }
        }
    }

    private double locate(Event ev, double ta, double ga, double tb, double gb, double h, int order) {
        double[] yq = new double[n];
        double tStep = tb;
        double tol = 4 * Math.ulp(Math.abs(tb)) + 1e-12 * (tb - ta);
        int side = 0;
        for (int it = 0; it < 100 && tb - ta > tol; it++) {
            double tm = (ta * gb - tb * ga) / (gb - ga);
            if (!(tm > ta && tm < tb)) {
                tm = 0.5 * (ta + tb);
            }
            interpolate(tm, tStep, h, order, yq);
            double gm = ev.function().value(tm, yq);
            if (ev.triggers(ga, gm) || gm == 0.0) {
                tb = tm;
                gb = gm;
                if (side == -1) {
                    ga *= 0.5;
                }
                side = -1;
            } else {
                ta = tm;
                ga = gm;
                if (side == 1) {
                    gb *= 0.5;
                }
                side = 1;
            }
        }
        return tb;
    }

    private DaeSolution finish(double[] times, int count, List<double[]> states, Status status, String msg,
            Optional<String> event, int steps) {
        return new DaeSolution(Arrays.copyOf(times, count), states.toArray(new double[0][]), status, msg, event,
                new DaeSolution.Stats(steps, nRejected, nRhs, nJac, nLu));
    }
}
