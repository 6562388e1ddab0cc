package org.elyte.sim.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.elyte.core.error.InvalidInputException;
import org.elyte.sim.material.CompositeConductivity.Mixing;
import org.junit.jupiter.api.Test;

class CompositeConductivityTest {
    private static final double SM = 3.64e-3 / 10; // S/m, polymer (PCL-LiClO4 order of magnitude)
    private static final double SF = 1e-2; // S/m, LATP-like filler

    @Test
    void limitsOfBothMixingRules() {
        for (double[] p : new double[][] {{SM, SF}, {SF, SM}, {1e-6, 1}, {0, 1}, {1, 0}}) {
            double m = p[0];
            double f = p[1];
            assertThat(CompositeConductivity.maxwellGarnett(m, f, 0)).isCloseTo(m, within(1e-12 * (m + f))); // S/m
            assertThat(CompositeConductivity.maxwellGarnett(m, f, 1)).isCloseTo(f, within(1e-12 * (m + f)));
            assertThat(CompositeConductivity.bruggeman(m, f, 0)).isCloseTo(m, within(1e-12 * (m + f)));
            assertThat(CompositeConductivity.bruggeman(m, f, 1)).isCloseTo(f, within(1e-12 * (m + f)));
            for (double phi = 0; phi <= 1; phi += 0.1) {
                assertThat(CompositeConductivity.maxwellGarnett(m, m, phi)).isCloseTo(m, within(1e-15));
                assertThat(CompositeConductivity.bruggeman(f, f, phi)).isCloseTo(f, within(1e-15));
            }
        }
    }

    @Test
    void diluteSlopeOfMaxwellGarnett() {
        double h = 1e-7;
        double slope = (CompositeConductivity.maxwellGarnett(SM, SF, h) - SM) / h;
        double expected = 3 * SM * (SF - SM) / (SF + 2 * SM); // dσ/dφ at φ = 0, both models
        assertThat(slope).isCloseTo(expected, within(1e-5 * expected)); // S/m, relative 1e-5
        double slopeB = (CompositeConductivity.bruggeman(SM, SF, h) - SM) / h;
        assertThat(slopeB).isCloseTo(expected, within(1e-5 * expected));
    }

    // Property: the Bruggeman root satisfies its defining equation and lies between the
    // Hashin-Shtrikman bounds (MG with either phase as matrix).
    @Test
    void bruggemanSolvesItsEquationWithinBounds() {
        qt().withExamples(2000).forAll(doubles().between(-8, 2), doubles().between(-8, 2), doubles().between(0, 1))
                .checkAssert((lm, lf, phi) -> {
                    double m = Math.pow(10, lm);
                    double f = Math.pow(10, lf);
                    double s = CompositeConductivity.bruggeman(m, f, phi);
                    double residual = phi * (f - s) / (f + 2 * s) + (1 - phi) * (m - s) / (m + 2 * s);
                    assertThat(residual).isCloseTo(0, within(1e-9)); // dimensionless
                    double lo = Math.min(CompositeConductivity.maxwellGarnett(m, f, phi),
                            CompositeConductivity.maxwellGarnett(f, m, 1 - phi));
                    double hi = Math.max(CompositeConductivity.maxwellGarnett(m, f, phi),
                            CompositeConductivity.maxwellGarnett(f, m, 1 - phi));
                    assertThat(s).isBetween(lo * (1 - 1e-9), hi * (1 + 1e-9));
                });
    }

    @Test
    void bruggemanPercolationThreshold() {
        // conducting filler in an insulating matrix: zero below φ = 1/3, σ_f (3φ − 1)/2 above
        assertThat(CompositeConductivity.bruggeman(0, 1, 0.30)).isEqualTo(0.0);
        assertThat(CompositeConductivity.bruggeman(0, 1, 0.5)).isCloseTo(0.25, within(1e-15)); // S/m
        // insulating filler: matrix path vanishes at φ = 2/3
        assertThat(CompositeConductivity.bruggeman(1, 0, 0.7)).isEqualTo(0.0);
        assertThat(CompositeConductivity.bruggeman(1, 0, 0.5)).isCloseTo(0.25, within(1e-15));
        // extreme contrast stays finite and positive
        assertThat(CompositeConductivity.bruggeman(1e-150, 1e150, 0.2)).isPositive().isFinite();
    }

    @Test
    void coreShellReducesAndPeaks() {
        double r = 100e-9;
        double t = 5e-9;
        double cs = CompositeConductivity.coatedSphere(SF, 1.0, r, t);
        double d = Math.pow(r / (r + t), 3);
        double explicit = 1.0 * ((SF + 2) + 2 * d * (SF - 1)) / ((SF + 2) - d * (SF - 1)); // §2.4 formula
        assertThat(cs).isCloseTo(explicit, within(1e-12 * explicit)); // S/m
        // zero shell: plain mixing
        assertThat(CompositeConductivity.coreShell(SM, SF, 1.0, r, 0, 0.2, Mixing.BRUGGEMAN))
                .isCloseTo(CompositeConductivity.bruggeman(SM, SF, 0.2), within(1e-15));
        // shell as conductive as the core: a bigger filler particle
        assertThat(CompositeConductivity.coreShell(SM, SF, SF, r, t, 0.2, Mixing.MAXWELL_GARNETT))
                .isCloseTo(CompositeConductivity.maxwellGarnett(SM, SF, 0.2 * Math.pow(1 + t / r, 3)), within(1e-15));
        // insulating core with a highly conducting shell: the conductivity peaks at intermediate φ
        double best = 0;
        double bestPhi = 0;
        for (double phi = 0; phi <= 1.0001; phi += 0.01) {
            double s = CompositeConductivity.coreShell(1e-4, 1e-8, 1e-1, 50e-9, 10e-9, Math.min(phi, 1), Mixing.BRUGGEMAN);
            if (s > best) {
                best = s;
                bestPhi = phi;
            }
        }
        assertThat(bestPhi).isBetween(0.1, 0.9);
        double full = CompositeConductivity.coreShell(1e-4, 1e-8, 1e-1, 50e-9, 10e-9, 1.0, Mixing.BRUGGEMAN);
        assertThat(full).isCloseTo(1e-8, within(1e-20)); // S/m: all filler at φ = 1
        assertThat(best).isGreaterThan(100 * 1e-4); // far above the matrix
        // continuous where the shells start to fill the space (φ' = 1)
        double phiFull = Math.pow(50.0 / 60.0, 3);
        double below = CompositeConductivity.coreShell(1e-4, 1e-8, 1e-1, 50e-9, 10e-9, phiFull - 1e-9, Mixing.BRUGGEMAN);
        double above = CompositeConductivity.coreShell(1e-4, 1e-8, 1e-1, 50e-9, 10e-9, phiFull + 1e-9, Mixing.BRUGGEMAN);
        assertThat(above).isCloseTo(below, within(1e-6 * below)); // S/m
        assertThat(CompositeConductivity.coatedFraction(0.9, 10e-9, 10e-9)).isEqualTo(1.0);
    }

    @Test
    void weightToVolumeFraction() {
        // 40 wt% LATP (2900 kg/m3, assumed) in PCL (1145 kg/m3, assumed)
        double phi = CompositeConductivity.volumeFraction(0.4, 2900, 1145);
        assertThat(phi).isCloseTo((0.4 / 2900) / (0.4 / 2900 + 0.6 / 1145), within(1e-15));
        assertThat(phi).isCloseTo(0.2084, within(1e-3));
        assertThat(CompositeConductivity.volumeFraction(0, 2900, 1145)).isEqualTo(0.0);
        assertThat(CompositeConductivity.volumeFraction(1, 2900, 1145)).isEqualTo(1.0);
        assertThat(CompositeConductivity.volumeFraction(0.3, 1000, 1000)).isCloseTo(0.3, within(1e-15));
        assertThatThrownBy(() -> CompositeConductivity.volumeFraction(1.2, 1, 1)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CompositeConductivity.volumeFraction(0.2, 0, 1)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CompositeConductivity.bruggeman(-1, 1, 0.2)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CompositeConductivity.maxwellGarnett(1, 1, Double.NaN))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void parallelTransference() {
        assertThat(CompositeConductivity.parallelTransference(0.2, 1, 0)).isCloseTo(0.2, within(1e-15));
        assertThat(CompositeConductivity.parallelTransference(0.2, 0, 1)).isCloseTo(1.0, within(1e-15));
        assertThat(CompositeConductivity.parallelTransference(0.05, 1, 1)).isCloseTo(0.525, within(1e-15));
    }
}
