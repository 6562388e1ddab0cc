package org.elyte.sim.eis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.sim.model.CathodeMaterial;
import org.elyte.sim.model.CompositeCathode;
import org.elyte.sim.model.ConstantElectrolyte;
import org.elyte.sim.model.ElectrodeKinetics;
import org.elyte.sim.model.HalfCell;
import org.elyte.sim.model.HalfCellMesh;
import org.elyte.sim.model.Physics;
import org.elyte.sim.model.SymmetricCell;
import org.elyte.sim.model.SymmetricCellTheory;
import org.junit.jupiter.api.Test;

/** Virtual EIS against the analytic symmetric-cell impedance and the half cell's limits. */
class VirtualEisTest {
    private static final double T = 328.15;
    private static final double AREA = 1e-4;

    /** Re and Im of tanh(z)/z for z = √(jx), x ≥ 0. */
    private static double[] tanhOverZ(double x) {
        double m = Math.sqrt(x / 2);
        double zr = m;
        double zi = m;
        double den = Math.cosh(2 * zr) + Math.cos(2 * zi);
        double tr = Math.sinh(2 * zr) / den;
        double ti = Math.sin(2 * zi) / den;
        if (!Double.isFinite(tr)) {
            tr = 1;
            ti = 0;
        }
        double d2 = zr * zr + zi * zi;
        return new double[] {(tr * zr + ti * zi) / d2, (ti * zr - tr * zi) / d2};
    }

    @Test
    void symmetricCellMatchesBulkChargeTransferAndFiniteWarburg() {
        ConstantElectrolyte e = new ConstantElectrolyte(3.64e-3, 8e-13, 0.58, 1.5);
        SymmetricCell cell = new SymmetricCell(120e-6, AREA, T, 1000, e, ElectrodeKinetics.symmetric(2.0), 60, true);
        double cdl = 0.2;
        double[] f = Linearisation.logFrequencies(1e-5, 1e5, 60);
        long t0 = System.nanoTime();
        ImpedanceSpectrum z = VirtualEis.symmetricCell(cell, cdl, 0, f);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        double rb = cell.thicknessM() / e.conductivity(1000, T);
        double rct = cell.kinetics().chargeTransferResistance(T);
        double rho = SymmetricCellTheory.currentFraction(e, 1000, T);
        double rd = rb * (1 / rho - 1);
        double tau = cell.thicknessM() * cell.thicknessM() / (4 * e.diffusivity(1000, T));
        for (int k = 0; k < f.length; k++) {
            double w = 2 * Math.PI * f[k];
            double[] wd = tanhOverZ(w * tau);
            double q = w * rct * cdl;
            double re = rb + 2 * rct / (1 + q * q) + rd * wd[0];
            double im = -2 * rct * q / (1 + q * q) + rd * wd[1];
            double mod = Math.hypot(re, im) / AREA;
            assertThat(z.real(k)).as("Z' at %s Hz", f[k]).isCloseTo(re / AREA, within(2e-3 * mod)); // Ω, 0.2 % of |Z|
            assertThat(z.imag(k)).as("Z'' at %s Hz", f[k]).isCloseTo(im / AREA, within(2e-3 * mod)); // Ω
        }
        assertThat(ms).isLessThan(2000); // generous wall-clock bound (target 50 ms after warm-up)
    }

    @Test
    void geometricCapacitanceShortsTheCellAtHighFrequency() {
        ConstantElectrolyte e = ConstantElectrolyte.idealClosure(3.64e-3, 0.58, 1000, T);
        SymmetricCell cell = new SymmetricCell(120e-6, AREA, T, 1000, e, ElectrodeKinetics.symmetric(2.0), 30, true);
        ImpedanceSpectrum z = VirtualEis.symmetricCell(cell, 0.2, 10, new double[] {1e9, 1e6});
        double rb = cell.thicknessM() / 3.64e-3 / AREA;
        double cGeo = VirtualEis.EPSILON_0 * 10 * AREA / cell.thicknessM();
        double q = 2 * Math.PI * 1e6 * rb * cGeo;
        assertThat(z.real(0)).isLessThan(0.01 * rb); // Ω
        assertThat(z.real(1)).isCloseTo(rb / (1 + q * q), within(0.01 * rb)); // Ω, R_b || C_geo at 1 MHz
    }

    @Test
    void halfCellHasBulkResistanceAtHighAndChemicalCapacitanceAtLowFrequency() {
        double kappa = 3.64e-3;
        CompositeCathode cat = new CompositeCathode(10e-6, 0.28, 0.42, 1.5, 0.33795, CathodeMaterial.lfpPrada2013(),
                0.5);
        HalfCell cell = new HalfCell(120e-6, cat, ConstantElectrolyte.idealClosure(kappa, 0.58, 1000, T), 1000,
                new ElectrodeKinetics(2.0, 1000, 0.5, 0.5, 0.5, 0), 0, AREA, T, HalfCellMesh.uniform(10));
        ImpedanceSpectrum z = VirtualEis.halfCell(cell, 0.2, 0.2, new double[] {1e7, 1e-7});
        double kEff = kappa * Math.pow(0.42, 1.5);
        double sEff = cat.effectiveSolidConductivity();
        double rHigh = (120e-6 / kappa + 10e-6 / (kEff + sEff)) / AREA;
        // the Li-side boundary concentration is extrapolated with the steady gradient, which adds
        // 2(RT/F)(1-t+)^2 TF (h/2)/(F D c0) at high frequency: an O(h) artefact that vanishes on refinement
        assertThat(z.real(0)).isCloseTo(rHigh, within(0.08 * rHigh)); // Ω, 8 % at 10 separator cells
        ImpedanceSpectrum fine = VirtualEis.halfCell(cell.withMesh(new HalfCellMesh(80, 40, 10)), 0.2, 0.2,
                new double[] {1e7});
        assertThat(Math.abs(fine.real(0) - rHigh)).isLessThan(Math.abs(z.real(0) - rHigh) / 4); // first order in h
        assertThat(fine.real(0)).isCloseTo(rHigh, within(0.015 * rHigh)); // Ω, 1.5 % at 80 + 40 cells
        double slope = -cat.material().ocp().slope(0.5);
        double cChem = cat.theoreticalCharge() / slope * AREA; // F
        double w = 2 * Math.PI * 1e-7;
        assertThat(-1 / (w * z.imag(1))).isCloseTo(cChem, within(0.02 * cChem)); // F, 2 %
        assertThat(Physics.FARADAY).isPositive();
    }
}
