package org.elyte.sim.eis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.elyte.core.error.ConvergenceException;
import org.elyte.core.error.InvalidInputException;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.core.recording.Metadata;
import org.elyte.sim.solver.DaeSystem;
import org.elyte.sim.solver.JacobianPattern;
import org.elyte.sim.solver.Jacobians;

/**
 * A DAE {@code M·y' = f(y, I)} linearised at an operating point: {@code (jωM − J)·x = b} with
 * b = ∂f/∂I, and the response {@code Z(ω) = s·(g·x + d)} with g = ∂V/∂y, d = ∂V/∂I and a scale s
 * (sign convention and area). M is the system's mass diagonal plus extra entries (double-layer
 * capacitances, which may couple two unknowns). Immutable after construction; {@link #spectrum}
 * allocates its own work space, so it is thread-safe.
 */
public final class Linearisation {
    private final int n;
    private final int kl;
    private final int ku;
    private final List<double[]> jac;
    private final List<double[]> mass;
    private final double[] b;
    private final double[] g;
    private final double d;
    private final double s;

    /**
     * An extra mass-matrix entry.
     *
     * @param row equation
     * @param col unknown
     * @param value coefficient of dy_col/dt in that equation (e.g. a capacitance, F/m²)
     */
    public record MassEntry(int row, int col, double value) {
    }

    /**
     * @param system the DAE
     * @param y operating point (consistent)
     * @param extraMass extra mass entries (inside the Jacobian pattern)
     * @param b ∂f/∂I, length n
     * @param gradient ∂V/∂y, length n
     * @param direct ∂V/∂I
     * @param scale factor applied to the response (e.g. −1/area to return Ω with discharge current)
     * @throws InvalidInputException on length mismatch or a mass entry outside the band
     */
    public Linearisation(DaeSystem system, double[] y, List<MassEntry> extraMass, double[] b, double[] gradient,
            double direct, double scale) {
        Objects.requireNonNull(system, "system");
        n = system.size();
        if (y.length != n || b.length != n || gradient.length != n) {
            throw new InvalidInputException("linearisation vectors must have " + n + " entries");
        }
        JacobianPattern p = system.pattern();
        if (p instanceof JacobianPattern.Banded bd) {
            kl = Math.min(bd.lower(), n - 1);
            ku = Math.min(bd.upper(), n - 1);
        } else {
            kl = n - 1;
            ku = n - 1;
        }
        jac = new ArrayList<>();
        Jacobians.evaluate(system, 0, y, (r, c, v) -> jac.add(new double[] {r, c, v}));
        double[] md = new double[n];
        system.massDiagonal(md);
        mass = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (md[i] != 0) {
                mass.add(new double[] {i, i, md[i]});
            }
        }
        for (MassEntry e : extraMass) {
            if (e.row() < 0 || e.col() < 0 || e.row() >= n || e.col() >= n || e.row() - e.col() > kl
                    || e.col() - e.row() > ku) {
                throw new InvalidInputException("mass entry (" + e.row() + ", " + e.col() + ") is outside the band");
            }
            mass.add(new double[] {e.row(), e.col(), e.value()});
        }
        this.b = b.clone();
        this.g = gradient.clone();
        this.d = direct;
        this.s = scale;
    }

    /** @return number of unknowns */
    public int size() {
        return n;
    }

    /**
     * @param frequencyHz frequencies, Hz (&gt; 0)
     * @param metadata metadata of the spectrum
     * @return Z(f) in the scaled unit (Ω when the scale includes 1/area), imaginary part signed
     * @throws ConvergenceException if the matrix is singular at some frequency
     */
    public ImpedanceSpectrum spectrum(double[] frequencyHz, Metadata metadata) {
        ComplexBandedLu lu = new ComplexBandedLu(n, kl, ku);
        double[] zr = new double[frequencyHz.length];
        double[] zi = new double[frequencyHz.length];
        double[] xr = new double[n];
        double[] xi = new double[n];
        for (int k = 0; k < frequencyHz.length; k++) {
            double w = 2 * Math.PI * frequencyHz[k];
            if (!(w > 0) || !Double.isFinite(w)) {
                throw new InvalidInputException("frequency " + frequencyHz[k] + " Hz is not positive and finite");
            }
            lu.clear();
            for (double[] e : jac) {
                lu.add((int) e[0], (int) e[1], -e[2], 0);
            }
            for (double[] e : mass) {
                lu.add((int) e[0], (int) e[1], 0, w * e[2]);
            }
            int bad = lu.factor();
            if (bad >= 0) {
                throw new ConvergenceException("linearised system singular at " + frequencyHz[k] + " Hz (column "
                        + bad + ")");
            }
            System.arraycopy(b, 0, xr, 0, n);
            java.util.Arrays.fill(xi, 0.0);
            lu.solve(xr, xi);
            double vr = d;
            double vi = 0;
            for (int i = 0; i < n; i++) {
                vr += g[i] * xr[i];
                vi += g[i] * xi[i];
            }
            zr[k] = s * vr;
            zi[k] = s * vi;
        }
        return ImpedanceSpectrum.of(frequencyHz.clone(), zr, zi, metadata);
    }

    /**
     * @param fMinHz lowest frequency, Hz
     * @param fMaxHz highest frequency, Hz
     * @param count number of points (≥ 2)
     * @return log-spaced frequencies from high to low, Hz
     */
    public static double[] logFrequencies(double fMinHz, double fMaxHz, int count) {
        if (!(fMinHz > 0) || !(fMaxHz > fMinHz) || count < 2 || !Double.isFinite(fMaxHz)) {
            throw new InvalidInputException("frequency range needs 0 < fmin < fmax and >= 2 points; got " + fMinHz
                    + ".." + fMaxHz + " Hz, " + count);
        }
        double[] f = new double[count];
        double a = Math.log10(fMaxHz);
        double step = (Math.log10(fMinHz) - a) / (count - 1);
        for (int i = 0; i < count; i++) {
            f[i] = Math.pow(10, a + i * step);
        }
        return f;
    }
}
