package org.elyte.analysis.eis.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.elyte.analysis.eis.circuit.Circuit;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.junit.jupiter.api.Test;

/** DRT by NNLS and its peak finder on synthetic spectra with known arcs. */
class DrtPeaksTest {
    private static double[] freqs() {
        double[] f = new double[50];
        for (int i = 0; i < f.length; i++) {
            f[i] = Math.pow(10, 7 - 9.0 * i / (f.length - 1)); // 10 MHz .. 10 mHz
        }
        return f;
    }

    @Test
    void twoSeparatedRcArcsGiveTwoPeaksWithTheirResistanceAndTimeConstant() {
        // R0 = 50 Ω, arcs 1 kΩ at τ = 1e-5 s and 5 kΩ at τ = 1e-2 s (three decades apart), no noise
        Circuit c = Circuit.parse("R0-K1-K2");
        ImpedanceSpectrum s = c.predict(new double[] {50, 1e3, 1e-5, 5e3, 1e-2}, freqs());
        Drt drt = Drt.of(s.frequenciesHz(), s.reals(), s.imags(), Double.NaN, Double.NaN, false);
        assertThat(drt.seriesResistance()).isCloseTo(50, within(5.0)); // Ω, 10 %
        List<DrtPeaks.Peak> peaks = DrtPeaks.find(drt.lnTau(), drt.resistance(), drt.significance(), 2);
        assertThat(peaks).hasSize(2);
        assertThat(peaks.get(0).resistance()).isCloseTo(1e3, within(50.0)); // Ω, 5 %
        assertThat(peaks.get(1).resistance()).isCloseTo(5e3, within(250.0)); // Ω, 5 %
        assertThat(Math.log10(peaks.get(0).tau())).isCloseTo(-5, within(0.1)); // decades
        assertThat(Math.log10(peaks.get(1).tau())).isCloseTo(-2, within(0.1)); // decades
        // ideal RC: narrow peaks, exponent near 1
        assertThat(peaks.get(0).exponent()).isGreaterThan(0.9);
    }

    @Test
    void overlappingDepressedArcsAndElectrodeSpurAreSeparated() {
        // pellet: bulk 3e4 Ω τ 1e-7 s n 0.85; grain boundary 8e4 Ω τ 1e-5 s n 0.8 (2 decades apart); spur CPE n 0.7
        Circuit c = Circuit.parse("p(R1,CPE1)-p(R2,CPE2)-CPE3");
        double r1 = 3e4;
        double r2 = 8e4;
        double[] p = {r1, Math.pow(1e-7, 0.85) / r1, 0.85, r2, Math.pow(1e-5, 0.8) / r2, 0.8, 3e-7, 0.7};
        ImpedanceSpectrum s = c.predict(p, freqs());
        Drt drt = Drt.of(s.frequenciesHz(), s.reals(), s.imags(), 0.3, 1.0, false);
        assertThat(drt.spurCpe()[1]).isCloseTo(0.7, within(0.02)); // spur exponent, absolute
        assertThat(drt.spurCpe()[0]).isCloseTo(3e-7, within(3e-8)); // F s^(n-1), 10 %
        List<DrtPeaks.Peak> peaks = DrtPeaks.find(drt.lnTau(), drt.resistance(), drt.significance(), 2);
        assertThat(peaks).hasSize(2);
        // start values only need the right basin: τ within 0.5 decade, R within a factor 2
        assertThat(Math.log10(peaks.get(0).tau())).isCloseTo(-7, within(0.5));
        assertThat(Math.log10(peaks.get(1).tau())).isCloseTo(-5, within(0.5));
        assertThat(peaks.get(0).resistance()).isBetween(r1 / 2, r1 * 2); // Ω
        assertThat(peaks.get(1).resistance()).isBetween(r2 / 2, r2 * 2); // Ω
    }

    @Test
    void partitionCutsBetweenTwoClusters() {
        double[] x = {0, 1, 2, 3, 10, 11, 12};
        double[] w = {1, 2, 1, 0, 1, 3, 1};
        List<int[]> g = DrtPeaks.partition(x, w, 2);
        assertThat(g).hasSize(2);
        assertThat(g.get(0)[1]).isBetween(3, 4); // the cut lies in the gap
        assertThat(g.get(1)[1]).isEqualTo(7);
    }

    @Test
    void smallSpuriousPeaksAreDropped() {
        double[] lnTau = new double[20];
        double[] r = new double[20];
        for (int i = 0; i < 20; i++) {
            lnTau[i] = i;
        }
        r[3] = 10;
        r[4] = 20;
        r[5] = 10;
        r[12] = 0.1; // 0.25 % of the total: noise
        r[15] = 30;
        List<DrtPeaks.Peak> peaks = DrtPeaks.find(lnTau, r, r, 2);
        assertThat(peaks).hasSize(2);
        assertThat(peaks.get(0).resistance()).isCloseTo(40, within(1e-9)); // Ω, exact sum
        assertThat(Math.log(peaks.get(0).tau())).isCloseTo(4, within(1e-9)); // symmetric peak
        assertThat(peaks.get(1).resistance()).isCloseTo(30, within(1e-9));
    }
}
