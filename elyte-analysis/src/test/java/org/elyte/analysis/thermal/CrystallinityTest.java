package org.elyte.analysis.thermal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.elyte.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

/** seed_methods.md §1.1 and §3.1: PCL–LiClO4–LATP crystallinities 41.33 / 39.63 / 31.98 / 26.48 %. */
class CrystallinityTest {
    private static final double M_PCL_RU = 114.14; // g/mol, C6H10O2
    private static final double M_LICLO4 = 106.39; // g/mol

    /** φ = x_LATP + (1 − x_LATP)·w(LiClO4), O/Li = 20 counting both ester O (10 repeat units per Li). */
    private static double phi(double latp) {
        double wSalt = M_LICLO4 / (M_LICLO4 + 10 * M_PCL_RU);
        return latp + (1 - latp) * wSalt;
    }

    @Test
    void additiveFractionsOfSection31() {
        assertThat(phi(0) - 0).isCloseTo(0.0853, within(5e-5)); // PCL–LiClO4 (no LATP): w(LiClO4)
        assertThat(phi(0.2)).isCloseTo(0.2682, within(5e-5));
        assertThat(phi(0.4)).isCloseTo(0.4512, within(5e-5));
    }

    @Test
    void impliedEnthalpiesOfSection31GiveThePrintedCrystallinities() {
        // rows of the §3.1 table: φ, printed χc (%), ΔHm under the printed form, ΔHm under the divided form (J/g)
        double[][] rows = {
            {0, 41.33, 57.57, 57.57},
            {phi(0), 39.63, 60.35, 50.50},
            {phi(0.2), 31.98, 60.88, 32.60},
            {phi(0.4), 26.48, 67.21, 20.24}};
        double dh0 = ReferenceEnthalpy.PCL.jPerG();
        for (double[] row : rows) {
            double divided = Crystallinity.of(row[3], dh0, row[0], CrystallinityForm.DIVIDED).percent();
            double multiplied = Crystallinity.of(row[2], dh0, row[0], CrystallinityForm.MULTIPLIED).percent();
            assertThat(divided).isCloseTo(row[1], within(0.02)); // % (table ΔHm rounded to 0.01 J/g)
            assertThat(multiplied).isCloseTo(row[1], within(0.02)); // %
        }
        // the two readings differ by (1 − φ)²: ≈ 0.30 for HSEs-40 %
        double ratio = Crystallinity.of(20.24, dh0, phi(0.4), CrystallinityForm.MULTIPLIED).fraction()
                / Crystallinity.of(20.24, dh0, phi(0.4), CrystallinityForm.DIVIDED).fraction();
        assertThat(ratio).isCloseTo(0.30, within(0.005));
    }

    @Test
    void presetsAndValidation() {
        assertThat(ReferenceEnthalpy.PCL.jPerG()).isEqualTo(139.3);
        assertThat(ReferenceEnthalpy.of("peo")).isEqualTo(ReferenceEnthalpy.PEO);
        assertThatThrownBy(() -> ReferenceEnthalpy.of("PVDF")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Crystallinity.of(50, 139.3, 1.0, CrystallinityForm.DIVIDED))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Crystallinity.of(-1, 139.3, 0, CrystallinityForm.DIVIDED))
                .isInstanceOf(InvalidInputException.class);
    }
}
