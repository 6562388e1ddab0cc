package org.elyte.analysis.eis.kk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.elyte.core.impedance.ImpedanceSpectrum;
import org.junit.jupiter.api.Test;

class LinKKTest {

    private static final KkOptions REFERENCE = KkOptions.defaults().withSeriesCapacitance(true).withMuCriterion(0.5);

    /** EXPECTED.md §1: Lin-KK on impedance.py's exampleData.csv, f &lt; 1000 Hz. */
    @Test
    void reproducesImpedancePyReference() {
        ImpedanceSpectrum s = KkTestData.impedancePyExample();
        ImpedanceSpectrum band = s.filter(i -> s.frequencyHz(i) < 1000, "no point below 1 kHz");
        assertThat(band.size()).isEqualTo(55);
        KkResult r = LinKK.test(band, REFERENCE);
        assertThat(r.elements()).isEqualTo(26);
        assertThat(r.mu()).isCloseTo(0.306, within(0.306 * 0.02)); // dimensionless, 2 % relative
        assertThat(r.maxAbsResidualReal()).isCloseTo(2.95e-3, within(2.95e-3 * 0.02)); // fraction of |Z|, 2 %
        assertThat(r.maxAbsResidualImag()).isCloseTo(3.55e-3, within(3.55e-3 * 0.02)); // fraction of |Z|, 2 %
        assertThat(r.valid()).isTrue();
        assertThat(r.warnings()).isEmpty();
        assertThat(r.tau()[0]).isCloseTo(1 / (2 * Math.PI * band.frequencyHz(54)), within(1e-12)); // s
        assertThat(r.seriesCapacitance()).isFinite();
        assertThat(r.seriesInductance()).isFinite();
    }
}
