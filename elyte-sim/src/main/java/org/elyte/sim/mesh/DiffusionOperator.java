package org.elyte.sim.mesh;

/**
 * Flux-form diffusion on a {@link Grid1D}: face fluxes {@code F = −D_face·(u₊ − u₋)/Δx} with the
 * distance-weighted harmonic mean of the two cell coefficients at interior faces, and the
 * divergence {@code (A₋F₋ − A₊F₊)/V} (the rate of change of u). Boundary fluxes are given by the
 * caller. Works on caller-owned arrays and allocates nothing, so it can sit in a residual.
 */
public final class DiffusionOperator {
    private final Grid1D grid;
    private final double[] halfLeft;
    private final double[] halfRight;

    /** @param grid the grid */
    public DiffusionOperator(Grid1D grid) {
        this.grid = grid;
        int n = grid.size();
        halfLeft = new double[n];
        halfRight = new double[n];
        for (int i = 0; i < n; i++) {
            halfLeft[i] = grid.centre(i) - grid.face(i);
            halfRight[i] = grid.face(i + 1) - grid.centre(i);
        }
    }

    /** @return the grid */
    public Grid1D grid() {
        return grid;
    }

    /**
     * Face transmissibility {@code D_face/Δx} between cells i and i+1: the series (harmonic)
     * combination of the two half-cells, exact for a piecewise-constant coefficient.
     *
     * @param i left cell of the face (0..n−2)
     * @param dLeft coefficient in cell i
     * @param dRight coefficient in cell i+1
     * @return D_face/Δx in (coefficient unit)/m
     */
    public double transmissibility(int i, double dLeft, double dRight) {
        return 1.0 / (halfRight[i] / dLeft + halfLeft[i + 1] / dRight);
    }

    /**
     * @param coef cell coefficients (e.g. diffusivity, m²/s), length n
     * @param u cell values, length n
     * @param leftFlux flux through face 0 in the +x direction
     * @param rightFlux flux through face n in the +x direction
     * @param flux output, length n+1: flux through each face in +x direction
     */
    public void fluxes(double[] coef, double[] u, double leftFlux, double rightFlux, double[] flux) {
        int n = grid.size();
        flux[0] = leftFlux;
        flux[n] = rightFlux;
        for (int i = 0; i < n - 1; i++) {
            flux[i + 1] = -transmissibility(i, coef[i], coef[i + 1]) * (u[i + 1] - u[i]);
        }
    }

    /**
     * @param flux face fluxes in +x direction, length n+1
     * @param out output, length n: {@code (A_i·F_i − A_{i+1}·F_{i+1})/V_i}
     */
    public void divergence(double[] flux, double[] out) {
        int n = grid.size();
        for (int i = 0; i < n; i++) {
            out[i] = (grid.area(i) * flux[i] - grid.area(i + 1) * flux[i + 1]) / grid.volume(i);
        }
    }

    /**
     * The tridiagonal matrix of {@code u ↦ div(D grad u)} with zero boundary fluxes.
     *
     * @param coef cell coefficients, length n
     * @param lower output, length n: entry (i, i−1) (lower[0] unused, set 0)
     * @param diag output, length n: entry (i, i)
     * @param upper output, length n: entry (i, i+1) (upper[n−1] unused, set 0)
     */
    public void tridiagonal(double[] coef, double[] lower, double[] diag, double[] upper) {
        int n = grid.size();
        java.util.Arrays.fill(lower, 0, n, 0.0);
        java.util.Arrays.fill(diag, 0, n, 0.0);
        java.util.Arrays.fill(upper, 0, n, 0.0);
        for (int i = 0; i < n - 1; i++) {
            double g = transmissibility(i, coef[i], coef[i + 1]) * grid.area(i + 1);
            double vl = grid.volume(i);
            double vr = grid.volume(i + 1);
            diag[i] -= g / vl;
            upper[i] += g / vl;
            diag[i + 1] -= g / vr;
            lower[i + 1] += g / vr;
        }
    }
}
