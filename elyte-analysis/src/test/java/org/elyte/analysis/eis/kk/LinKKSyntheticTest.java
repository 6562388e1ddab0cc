package org.elyte.analysis.eis.kk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.elyte.core.error.InvalidInputException;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.junit.jupiter.api.Test;

class LinKKSyntheticTest {

    @Test
    void compliantSpectrumHasResidualsAtNoiseLevel() {
        double noise = 1e-3;
        KkResult r = LinKK.test(SyntheticSpectra.spectrum(noise, 0, 42), KkOptions.defaults());
        assertThat(r.valid()).isTrue();
        // Gaussian noise of 0.1 % of |Z| on 71 points: the largest residual stays below ~4 sigma
        assertThat(Math.max(r.maxAbsResidualReal(), r.maxAbsResidualImag())).isLessThan(4 * noise); // of |Z|
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void realAndImaginaryModesAlsoAcceptACompliantSpectrum() {
        // c = 0.5: with the default 0.85 the REAL fit of this spectrum stops at M = 7 where mu dips
        // early (see docs/kk-notes.md); the transformed part is noisier than the fitted one
        ImpedanceSpectrum s = SyntheticSpectra.spectrum(1e-4, 0, 42);
        for (KkMode mode : new KkMode[] {KkMode.REAL, KkMode.IMAGINARY}) {
            KkResult r = LinKK.test(s, KkOptions.defaults().withMode(mode).withMuCriterion(0.5));
            assertThat(r.valid()).as(mode.name()).isTrue();
            assertThat(Math.max(r.maxAbsResidualReal(), r.maxAbsResidualImag())).as(mode.name())
                    .isLessThan(2e-3); // fraction of |Z|, 20x the noise
            assertThat(r.seriesResistance()).as(mode.name()).isCloseTo(SyntheticSpectra.R0, within(0.1)); // ohm
        }
    }

    @Test
    void noiseFreeCompliantSpectrumRecoversHighAndLowFrequencyLimits() {
        ImpedanceSpectrum s = SyntheticSpectra.spectrum(0, 0, 1);
        KkResult r = LinKK.test(s, KkOptions.defaults());
        assertThat(r.maxAbsResidualReal()).isLessThan(2e-3); // fraction of |Z|
        assertThat(r.maxAbsResidualImag()).isLessThan(2e-3); // fraction of |Z|
        // R0 and R0 + ΣR_k approximate the high- and low-frequency intercepts
        double total = r.seriesResistance();
        for (double rk : r.resistances()) {
            total += rk;
        }
        double dcTruth = SyntheticSpectra.R0 + SyntheticSpectra.R1 + SyntheticSpectra.R2;
        assertThat(total).isCloseTo(dcTruth, within(0.02 * dcTruth)); // ohm, 2 %
        double chi2 = 0;
        for (int i = 0; i < s.size(); i++) {
            chi2 += Math.pow(r.residualsReal()[i], 2) + Math.pow(r.residualsImag()[i], 2);
        }
        assertThat(r.pseudoChi2()).isCloseTo(chi2, within(1e-15)); // dimensionless
        assertThat(r.model().size()).isEqualTo(s.size());
    }

    @Test
    void driftingSpectrumIsFlaggedInvalid() {
        ImpedanceSpectrum s = SyntheticSpectra.spectrum(1e-3, 0.3, 7);
        KkResult r = LinKK.test(s, KkOptions.defaults());
        assertThat(r.valid()).isFalse();
        assertThat(Math.max(r.maxAbsResidualReal(), r.maxAbsResidualImag())).isGreaterThan(0.01); // fraction of |Z|
        KkResult clean = LinKK.test(SyntheticSpectra.spectrum(1e-3, 0, 7), KkOptions.defaults());
        assertThat(r.pseudoChi2()).isGreaterThan(20 * clean.pseudoChi2());
    }

    @Test
    void fixedElementCountIsUsedAndTimeConstantsSpanTheWindow() {
        ImpedanceSpectrum s = SyntheticSpectra.spectrum(0, 0, 1);
        KkResult r = LinKK.test(s, KkOptions.defaults().withFixedElements(7));
        assertThat(r.elements()).isEqualTo(7);
        assertThat(r.tau()).hasSize(7);
        assertThat(r.tau()[0]).isCloseTo(1 / (2 * Math.PI * 1e5), within(1e-15)); // s
        assertThat(r.tau()[6]).isCloseTo(1 / (2 * Math.PI * 1e-2), within(1e-9)); // s
        assertThat(r.tau()[3]).isCloseTo(Math.sqrt(r.tau()[0] * r.tau()[6]), within(1e-12)); // s, log midpoint
        assertThat(r.seriesCapacitance()).isNaN();
    }

    @Test
    void warnsWhenMuCriterionIsNotReached() {
        ImpedanceSpectrum s = SyntheticSpectra.spectrum(1e-3, 0, 3);
        KkResult r = LinKK.test(s, KkOptions.defaults().withMaxElements(2).withMuCriterion(1e-6));
        assertThat(r.elements()).isEqualTo(2);
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("not reached"));
    }

    @Test
    void muFollowsSchoenleberDefinition() {
        assertThat(LinKK.mu(new double[] {3, -1, 1})).isCloseTo(0.75, within(1e-15)); // 1 - 1/4
        assertThat(LinKK.mu(new double[] {-1, -2})).isNaN();
    }

    @Test
    void rejectsBadOptionsAndTooFewPoints() {
        assertThatThrownBy(() -> KkOptions.defaults().withMuCriterion(0)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("(0, 1]");
        assertThatThrownBy(() -> KkOptions.defaults().withMuCriterion(1.2)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> KkOptions.defaults().withMuCriterion(Double.NaN))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> KkOptions.defaults().withFixedElements(0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> KkOptions.defaults().withMaxElements(-1)).isInstanceOf(InvalidInputException.class);
        ImpedanceSpectrum s = SyntheticSpectra.spectrum(0, 0, 1);
        ImpedanceSpectrum four = s.filter(i -> i < 4, "none");
        assertThatThrownBy(() -> LinKK.test(four, KkOptions.defaults())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at least 5 points").hasMessageContaining("synthetic");
        assertThatThrownBy(() -> LinKK.test(s, KkOptions.defaults().withMode(KkMode.REAL).withFixedElements(71)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 70");
    }
}
