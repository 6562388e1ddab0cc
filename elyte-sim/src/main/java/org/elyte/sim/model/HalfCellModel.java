package org.elyte.sim.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.elyte.sim.mesh.DiffusionOperator;
import org.elyte.sim.mesh.Geometry;
import org.elyte.sim.mesh.Grid1D;
import org.elyte.sim.solver.DaeSystem;
import org.elyte.sim.solver.JacobianPattern;
import org.elyte.sim.solver.Sparsity;

/**
 * The Li | solid electrolyte | composite cathode cell (DFN 1993 form) as a banded index-1 DAE under
 * an applied current density I (A/m², positive on discharge; a parameter, not an unknown).
 *
 * <p>Unknowns are ordered by cell so the Jacobian is banded with half-bandwidth N_r + 4:
 * {@code [η_Li | c, Φ₂ (each separator cell) | c_s,0 … c_s,Nr−1, c, Φ₂, Φ₁ (each cathode cell)]}.
 * The salt balance is written with the anion flux {@code N₋ = −D_eff∂c/∂x − (1 − t+)i₂/F}
 * ({@code ε∂c/∂t = −∂N₋/∂x}), zero at the Li foil and the current collector, so the salt inventory
 * is conserved to rounding and t+ = 1 leaves c exactly uniform. The ionic current is
 * {@code i₂ = −κ_eff∂Φ₂/∂x + 2(RT/F)κ_eff·TF(1 − t+)∂ln c/∂x}; face coefficients are harmonic
 * means. At x = 0 the electrolyte potential is {@code Φ₂ = −η_Li − I·R_f} (Li at 0 V) with η_Li
 * from Butler–Volmer at the boundary concentration extrapolated with the known gradient. Particle
 * surface concentrations are linearly extrapolated from the two outer shells. Cell voltage
 * {@code V = Φ₁(L) − I·R_c}. Not thread-safe (work arrays).
 */
public final class HalfCellModel implements DaeSystem {
    private final HalfCell cell;
    private final int ns;
    private final int np;
    private final int nr;
    private final int nx;
    private final int block;
    private final int size;
    private final Grid1D grid;
    private final DiffusionOperator xOp;
    private final Grid1D rGrid;
    private final double[] eps;
    private final double[] tau;
    private final int[] ic;
    private final int[] ip2;
    private final double temp;
    private final double vt;
    private final double cFloor;
    private final double a;
    private final double cmax;
    private final double ds;
    private final double kRate;
    private final double sigmaT;
    private final double sigmaHalf;
    private final double extrapW;
    private final double deltaS;
    private final double deltaE;
    private final double[] rTrans;
    private final double[] kap;
    private final double[] dif;
    private final double[] tp;
    private final double[] chi;
    private final double[] lnc;
    private final double[] i2;
    private final double[] nFlux;
    private final double[] jv;
    private final Sparsity structure;
    /** true for a {@link ConstantElectrolyte}: kap … chi and the face coefficients are fixed */
    private final boolean constantElectrolyte;
    private final double[] tkFace;
    private final double[] tdFace;
    private final double[] chiFace;
    private final double[] anionFace;
    private final double[] invShellVolume;
    private double current;

    /** @param cell the cell */
    public HalfCellModel(HalfCell cell) {
        this.cell = Objects.requireNonNull(cell, "cell");
        HalfCellMesh m = cell.mesh();
        ns = m.separator();
        np = m.cathode();
        nr = m.particle();
        nx = ns + np;
        block = nr + 3;
        size = 1 + 2 * ns + np * block;
        CompositeCathode cat = cell.cathode();
        double ls = cell.separatorThicknessM();
        double lp = cat.thicknessM();
        double[] faces = new double[nx + 1];
        for (int i = 0; i <= ns; i++) {
            faces[i] = ls * i / ns;
        }
        for (int k = 1; k <= np; k++) {
            faces[ns + k] = ls + lp * k / np;
        }
        grid = Grid1D.ofFaces(Geometry.PLANAR, faces);
        xOp = new DiffusionOperator(grid);
        rGrid = Grid1D.uniform(Geometry.SPHERICAL, cat.material().particleRadius(), nr);
        eps = new double[nx];
        tau = new double[nx];
        ic = new int[nx];
        ip2 = new int[nx];
        for (int i = 0; i < nx; i++) {
            boolean sep = i < ns;
            eps[i] = sep ? 1.0 : cat.electrolyteFraction();
            tau[i] = sep ? 1.0 : Math.pow(cat.electrolyteFraction(), cat.bruggeman());
            int base = sep ? 1 + 2 * i : 1 + 2 * ns + (i - ns) * block + nr;
            ic[i] = base;
            ip2[i] = base + 1;
        }
        temp = cell.temperatureK();
        vt = Physics.thermalVoltage(temp);
        cFloor = 1e-9 * cell.initialConcentration();
        a = cat.specificArea();
        CathodeMaterial mat = cat.material();
        cmax = mat.maxConcentration();
        ds = mat.diffusivity();
        kRate = mat.rateConstant(temp);
        double sig = cat.effectiveSolidConductivity();
        sigmaT = sig / (lp / np);
        sigmaHalf = 0.5 * (lp / np) / sig;
        double rl = rGrid.centre(nr - 1);
        double rl2 = rGrid.centre(nr - 2);
        extrapW = (mat.particleRadius() - rl) / (rl - rl2);
        deltaS = 1e-4 * cmax;
        deltaE = 1e-4 * cell.initialConcentration();
        rTrans = new double[nr + 1];
        for (int k = 1; k < nr; k++) {
            rTrans[k] = ds * rGrid.area(k) / (rGrid.centre(k) - rGrid.centre(k - 1));
        }
        kap = new double[nx];
        dif = new double[nx];
        tp = new double[nx];
        chi = new double[nx];
        lnc = new double[nx];
        i2 = new double[nx + 1];
        nFlux = new double[nx + 1];
        jv = new double[np];
        invShellVolume = new double[nr];
        for (int k = 0; k < nr; k++) {
            invShellVolume[k] = 1.0 / rGrid.volume(k);
        }
        structure = cachedSparsity();
        constantElectrolyte = cell.electrolyte() instanceof ConstantElectrolyte;
        tkFace = new double[Math.max(nx - 1, 0)];
        tdFace = new double[tkFace.length];
        chiFace = new double[tkFace.length];
        anionFace = new double[tkFace.length];
        if (constantElectrolyte) {
            // the properties do not depend on the state: evaluate them and the face values once
            cellProperties(initialState());
            for (int i = 0; i < nx - 1; i++) {
                tkFace[i] = xOp.transmissibility(i, kap[i], kap[i + 1]);
                tdFace[i] = xOp.transmissibility(i, dif[i], dif[i + 1]);
                chiFace[i] = 0.5 * (chi[i] + chi[i + 1]);
                anionFace[i] = 1 - 0.5 * (tp[i] + tp[i + 1]);
            }
        }
    }

    /** @return the cell */
    public HalfCell cell() {
        return cell;
    }

    /** @param currentDensity applied current density I, A/m² (positive on discharge) */
    public void setCurrent(double currentDensity) {
        this.current = currentDensity;
    }

    /** @return applied current density, A/m² */
    public double current() {
        return current;
    }

    /** @return the x grid over separator and cathode */
    public Grid1D grid() {
        return grid;
    }

    /** @return the particle grid */
    public Grid1D particleGrid() {
        return rGrid;
    }

    /** @return half-bandwidth of the Jacobian */
    public int bandwidth() {
        return nr + 4;
    }

    /** @param i x cell @return index of its electrolyte concentration */
    public int concentrationIndex(int i) {
        return ic[i];
    }

    /** @param i x cell @return index of its electrolyte potential */
    public int electrolytePotentialIndex(int i) {
        return ip2[i];
    }

    /** @param m cathode cell (0-based within the cathode) @return index of its solid potential */
    public int solidPotentialIndex(int m) {
        return 1 + 2 * ns + m * block + nr + 2;
    }

    /** @param m cathode cell @param k shell @return index of the particle concentration */
    public int particleIndex(int m, int k) {
        return 1 + 2 * ns + m * block + k;
    }

    /** @return index of the Li-interface overpotential η_Li */
    public int lithiumOverpotentialIndex() {
        return 0;
    }

    /** @return number of x cells in the separator */
    public int separatorCells() {
        return ns;
    }

    /** @return a first-guess state: uniform c₀ and x₀, Φ₂ = 0, Φ₁ = U(x₀), η_Li = 0 */
    public double[] initialState() {
        double[] y = new double[size];
        double c0 = cell.initialConcentration();
        double x0 = cell.cathode().initialStoichiometry();
        double u0 = cell.cathode().material().ocp().value(x0);
        for (int i = 0; i < nx; i++) {
            y[ic[i]] = c0;
        }
        for (int m = 0; m < np; m++) {
            for (int k = 0; k < nr; k++) {
                y[particleIndex(m, k)] = x0 * cmax;
            }
            y[solidPotentialIndex(m)] = u0;
        }
        return y;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void massDiagonal(double[] out) {
        Arrays.fill(out, 0, size, 0.0);
        for (int i = 0; i < nx; i++) {
            out[ic[i]] = eps[i];
        }
        for (int m = 0; m < np; m++) {
            for (int k = 0; k < nr; k++) {
                out[particleIndex(m, k)] = 1.0;
            }
        }
    }

    @Override
    public JacobianPattern pattern() {
        return JacobianPattern.banded(bandwidth(), bandwidth());
    }

    /**
     * The exact structure: the Li overpotential couples to the first cell; each x cell's c and Φ₂
     * to its neighbours; each cathode cell's particle shells to each other (tridiagonal), the two
     * outer shells to that cell's c, Φ₂ and Φ₁ through the reaction; Φ₁ to its neighbours. The
     * particle shells of each cathode cell are a local block.
     */
    @Override
    public Optional<Sparsity> sparsity() {
        return Optional.of(structure);
    }

    /** Structures by mesh (they depend on the cell counts only); a small LRU map, shared by all models. */
    private static final Map<HalfCellMesh, Sparsity> STRUCTURES = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<HalfCellMesh, Sparsity> eldest) {
                    return size() > 16;
                }
            });

    private Sparsity cachedSparsity() {
        HalfCellMesh key = cell.mesh();
        Sparsity s = STRUCTURES.get(key);
        if (s == null) {
            s = buildSparsity();
            STRUCTURES.put(key, s);
        }
        return s;
    }

    private Sparsity buildSparsity() {
        Sparsity.Builder b = Sparsity.builder(size);
        b.add(0, 0).add(0, ic[0]);
        for (int i = 0; i < nx; i++) {
            for (int nb = Math.max(0, i - 1); nb <= Math.min(nx - 1, i + 1); nb++) {
                b.add(ic[i], ic[nb]).add(ic[i], ip2[nb]).add(ip2[i], ic[nb]).add(ip2[i], ip2[nb]);
            }
        }
        b.add(ip2[0], 0);
        for (int m = 0; m < np; m++) {
            int i = ns + m;
            int p1 = solidPotentialIndex(m);
            int[] reaction = {ic[i], ip2[i], p1, particleIndex(m, nr - 2), particleIndex(m, nr - 1)};
            for (int row : new int[] {ip2[i], p1, particleIndex(m, nr - 1)}) {
                for (int col : reaction) {
                    b.add(row, col);
                }
            }
            for (int k = 0; k < nr; k++) {
                for (int q = Math.max(0, k - 1); q <= Math.min(nr - 1, k + 1); q++) {
                    b.add(particleIndex(m, k), particleIndex(m, q));
                }
            }
            if (m > 0) {
                b.add(p1, solidPotentialIndex(m - 1));
            }
            if (m < np - 1) {
                b.add(p1, solidPotentialIndex(m + 1));
            }
            b.block(particleIndex(m, 0), nr);
        }
        return b.build();
    }

    private void properties(double[] y) {
        if (constantElectrolyte) {
            for (int i = 0; i < nx; i++) {
                lnc[i] = Math.log(Math.max(y[ic[i]], cFloor));
            }
            return;
        }
        cellProperties(y);
    }

    private void cellProperties(double[] y) {
        ElectrolyteTransport e = cell.electrolyte();
        for (int i = 0; i < nx; i++) {
            double c = Math.max(y[ic[i]], cFloor);
            kap[i] = e.conductivity(c, temp) * tau[i];
            dif[i] = e.diffusivity(c, temp) * tau[i];
            tp[i] = e.transference(c, temp);
            chi[i] = e.thermodynamicFactor(c, temp) * (1 - tp[i]);
            lnc[i] = Math.log(c);
        }
    }

    private double boundaryConcentration(double[] y) {
        return y[ic[0]] + 0.5 * grid.width(0) * (1 - tp[0]) * current / (Physics.FARADAY * dif[0]);
    }

    /** @param y state @return electrolyte concentration at the Li foil, mol/m³ */
    public double lithiumSurfaceConcentration(double[] y) {
        properties(y);
        return boundaryConcentration(y);
    }

    /** @param y state @param m cathode cell @return particle surface concentration, mol/m³ */
    public double surfaceConcentration(double[] y, int m) {
        double cl = y[particleIndex(m, nr - 1)];
        return cl + extrapW * (cl - y[particleIndex(m, nr - 2)]);
    }

    /** @param y state @return cell voltage V = Φ₁(L) − I·R_c, V */
    public double voltage(double[] y) {
        return y[solidPotentialIndex(np - 1)] - current * (sigmaHalf + cell.contactResistance());
    }

    /** @param y state @return ∂V/∂y (dense), 1/unit */
    public double[] voltageGradient(double[] y) {
        double[] g = new double[size];
        g[solidPotentialIndex(np - 1)] = 1.0;
        return g;
    }

    /** @return ∂V/∂I at fixed state, Ω·m² */
    public double voltageCurrentDerivative() {
        return -(sigmaHalf + cell.contactResistance());
    }

    /** @param y state @return smallest electrolyte concentration (cells and the Li boundary), mol/m³ */
    public double minimumConcentration(double[] y) {
        properties(y);
        double mn = boundaryConcentration(y);
        for (int i = 0; i < nx; i++) {
            mn = Math.min(mn, y[ic[i]]);
        }
        return mn;
    }

    /** @param y state @return salt (Li⁺ in the electrolyte) per electrode area, mol/m² */
    public double electrolyteLithium(double[] y) {
        double s = 0;
        for (int i = 0; i < nx; i++) {
            s += eps[i] * y[ic[i]] * grid.volume(i);
        }
        return s;
    }

    /** @param y state @return lithium in the particles per electrode area, mol/m² */
    public double solidLithium(double[] y) {
        double perSr = 0;
        double hp = cell.cathode().thicknessM() / np;
        for (int m = 0; m < np; m++) {
            double s = 0;
            for (int k = 0; k < nr; k++) {
                s += y[particleIndex(m, k)] * rGrid.volume(k);
            }
            perSr += s * hp;
        }
        double rp = cell.cathode().material().particleRadius();
        return cell.cathode().activeFraction() * perSr * 3 / (rp * rp * rp);
    }

    /** @param y state @return mean stoichiometry of the cathode */
    public double meanStoichiometry(double[] y) {
        return solidLithium(y) / (cell.cathode().activeFraction() * cell.cathode().thicknessM() * cmax);
    }

    private double lithiumCurrent(double eta, double cb) {
        return cell.lithium().current(eta, cb, temp);
    }

    @Override
    public void rhs(double t, double[] y, double[] out) {
        properties(y);
        double f = Physics.FARADAY;
        double cb = boundaryConcentration(y);
        double etaLi = y[0];
        out[0] = current - lithiumCurrent(etaLi, cb);
        double phiB = -etaLi - current * cell.lithium().filmResistance();
        double half0 = 0.5 * grid.width(0);
        i2[0] = kap[0] / half0 * (-(y[ip2[0]] - phiB) + 2 * vt * chi[0] * (lnc[0] - Math.log(Math.max(cb, cFloor))));
        nFlux[0] = 0;
        for (int i = 0; i < nx - 1; i++) {
            double tk;
            double td;
            double chiF;
            double anion;
            if (constantElectrolyte) {
                tk = tkFace[i];
                td = tdFace[i];
                chiF = chiFace[i];
                anion = anionFace[i];
            } else {
                tk = xOp.transmissibility(i, kap[i], kap[i + 1]);
                td = xOp.transmissibility(i, dif[i], dif[i + 1]);
                chiF = 0.5 * (chi[i] + chi[i + 1]);
                anion = 1 - 0.5 * (tp[i] + tp[i + 1]);
            }
            double cur = tk * (-(y[ip2[i + 1]] - y[ip2[i]]) + 2 * vt * chiF * (lnc[i + 1] - lnc[i]));
            i2[i + 1] = cur;
            nFlux[i + 1] = -td * (y[ic[i + 1]] - y[ic[i]]) - anion * cur / f;
        }
        i2[nx] = 0;
        nFlux[nx] = 0;
        CathodeMaterial mat = cell.cathode().material();
        OpenCircuitPotential ocp = mat.ocp();
        double halfF = 0.5 / vt;
        double surfaceArea = rGrid.area(nr);
        for (int m = 0; m < np; m++) {
            int i = ns + m;
            double cs = surfaceConcentration(y, m);
            double i0 = kRate * CathodeMaterial.smoothSqrt(y[ic[i]], deltaE)
                    * CathodeMaterial.smoothSqrt(cs, deltaS) * CathodeMaterial.smoothSqrt(cmax - cs, deltaS);
            double eta = y[solidPotentialIndex(m)] - y[ip2[i]] - ocp.value(cs / cmax);
            // 2 i0 sinh(x) = i0 (e^x − e^−x) with the exp intrinsic (Math.sinh is several times slower)
            double ex = Math.exp(halfF * eta);
            double j = i0 * (ex - 1 / ex);
            jv[m] = j;
            int base = particleIndex(m, 0);
            double fluxIn = 0;
            for (int k = 0; k < nr - 1; k++) {
                double fluxOut = -rTrans[k + 1] * (y[base + k + 1] - y[base + k]);
                out[base + k] = (fluxIn - fluxOut) * invShellVolume[k];
                fluxIn = fluxOut;
            }
            out[base + nr - 1] = (fluxIn - surfaceArea * j / f) * invShellVolume[nr - 1];
        }
        for (int i = 0; i < nx; i++) {
            double h = grid.width(i);
            double src = i < ns ? 0 : a * jv[i - ns] * h;
            out[ic[i]] = (nFlux[i] - nFlux[i + 1]) / h;
            out[ip2[i]] = i2[i + 1] - i2[i] - src;
        }
        double iIn = 0;
        for (int m = 0; m < np; m++) {
            int p = solidPotentialIndex(m);
            double iOut = m == np - 1 ? current : -sigmaT * (y[solidPotentialIndex(m + 1)] - y[p]);
            out[p] = iOut - iIn + a * jv[m] * grid.width(ns + m);
            iIn = iOut;
        }
    }
}
