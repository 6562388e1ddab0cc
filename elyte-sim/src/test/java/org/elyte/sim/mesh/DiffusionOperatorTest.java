package org.elyte.sim.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleUnaryOperator;

import org.elyte.sim.solver.BandedLu;
import org.junit.jupiter.api.Test;

class DiffusionOperatorTest {

    /** Solves −div(D grad u) + u = f with zero boundary flux and returns the max error at centres. */
    private static double error(Geometry g, int n, DoubleUnaryOperator d, DoubleUnaryOperator f,
            DoubleUnaryOperator exact) {
        Grid1D grid = Grid1D.uniform(g, 1.0, n);
        DiffusionOperator op = new DiffusionOperator(grid);
        double[] coef = new double[n];
        for (int i = 0; i < n; i++) {
            coef[i] = d.applyAsDouble(grid.centre(i));
        }
        double[] lo = new double[n];
        double[] di = new double[n];
        double[] up = new double[n];
        op.tridiagonal(coef, lo, di, up);
        BandedLu lu = new BandedLu(n, 1, 1);
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            lu.add(i, i, 1 - di[i]);
            if (i > 0) {
                lu.add(i, i - 1, -lo[i]);
            }
            if (i < n - 1) {
                lu.add(i, i + 1, -up[i]);
            }
            b[i] = f.applyAsDouble(grid.centre(i));
        }
        assertThat(lu.factor()).isEqualTo(-1);
        lu.solve(b);
        double err = 0;
        for (int i = 0; i < n; i++) {
            err = Math.max(err, Math.abs(b[i] - exact.applyAsDouble(grid.centre(i))));
        }
        return err;
    }

    private static void assertSecondOrder(Geometry g, DoubleUnaryOperator d, DoubleUnaryOperator f,
            DoubleUnaryOperator exact) {
        double prev = Double.NaN;
        for (int n = 20; n <= 320; n *= 2) {
            double e = error(g, n, d, f, exact);
            if (!Double.isNaN(prev)) {
                double order = Math.log(prev / e) / Math.log(2);
                assertThat(order).as("observed order at n=%d (error %.3e)", n, e).isGreaterThanOrEqualTo(1.9);
            }
            prev = e;
        }
    }

    @Test
    void planarDiffusionConvergesAtSecondOrder() {
        double pi = Math.PI;
        // u = cos(pi x), D = 1 + x, zero flux at x = 0 and 1
        assertSecondOrder(Geometry.PLANAR, x -> 1 + x,
                x -> pi * Math.sin(pi * x) + (1 + x) * pi * pi * Math.cos(pi * x) + Math.cos(pi * x),
                x -> Math.cos(pi * x));
    }

    @Test
    void sphericalDiffusionConvergesAtSecondOrder() {
        double pi = Math.PI;
        // u = cos(pi r), D = 1 + r on the unit sphere, zero flux at r = 0 and 1
        assertSecondOrder(Geometry.SPHERICAL, r -> 1 + r,
                r -> pi / (r * r) * ((2 * r + 3 * r * r) * Math.sin(pi * r) + (r * r + r * r * r) * pi
                        * Math.cos(pi * r)) + Math.cos(pi * r),
                r -> Math.cos(pi * r));
    }

    @Test
    void divergenceConservesTheIntegral() {
        Grid1D grid = Grid1D.uniform(Geometry.SPHERICAL, 2e-6, 15);
        DiffusionOperator op = new DiffusionOperator(grid);
        double[] u = new double[15];
        double[] coef = new double[15];
        for (int i = 0; i < 15; i++) {
            u[i] = Math.sin(i);
            coef[i] = 1e-14 * (1 + i);
        }
        double[] flux = new double[16];
        double[] rate = new double[15];
        op.fluxes(coef, u, 0.0, 0.0, flux);
        op.divergence(flux, rate);
        double total = 0;
        double scale = 0;
        for (int i = 0; i < 15; i++) {
            total += rate[i] * grid.volume(i);
            scale += Math.abs(rate[i] * grid.volume(i));
        }
        assertThat(total / scale).isCloseTo(0.0, within(1e-13)); // relative, exact conservation
    }
}
