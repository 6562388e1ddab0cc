package org.elyte.analysis.thermal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.elyte.core.error.AnalysisException;
import org.elyte.core.error.InvalidInputException;
import org.elyte.core.recording.Recording;
import org.junit.jupiter.api.Test;

class DscTest {
    private static final double MASS_KG = 5.0e-6; // 5 mg

    @Test
    void knownPeakAreaGivesItsEnthalpy() {
        // 0.288 J on 5 mg = 57.6 J/g (neat PCL of [000] §3.1), peak at 55 °C, 10 K/min, endo up
        Recording r = SyntheticDsc.scan(0.288, 55, 2.0, -60, 0, 2e-6, 10, true, true, 1);
        Melting m = Dsc.melting(r, MeltingOptions.defaults().withMassKg(MASS_KG).withWindowK(273.15 + 35, 273.15 + 75));
        assertThat(m.enthalpyJPerG()).isCloseTo(57.6, within(0.3)); // J/g, 0.5 %
        assertThat(m.peakTemperatureK() - 273.15).isCloseTo(55.0, within(0.05)); // °C
        assertThat(m.direction()).isEqualTo(EndothermDirection.UP);
        assertThat(m.heatingRateKPerS()).isCloseTo(10.0 / 60, within(1e-6)); // K/s
        // Gaussian σ = 2 K: steepest leading point at 53 °C, value e^-1/2·h, slope e^-1/2·h/σ → onset at 51 °C
        assertThat(m.onsetTemperatureK() - 273.15).isCloseTo(51.0, within(0.1)); // °C
        assertThat(m.endsetTemperatureK() - 273.15).isCloseTo(59.0, within(0.1)); // °C
    }

    @Test
    void autoLimitsExoUpAndHeatingRateWithoutTime() {
        Recording r = SyntheticDsc.scan(0.1, 60, 3.0, -60, 0, 1e-6, 5, false, false, 2);
        Melting m = Dsc.melting(r, MeltingOptions.defaults().withMassKg(MASS_KG).withHeatingRateKPerS(5.0 / 60));
        assertThat(m.direction()).isEqualTo(EndothermDirection.DOWN);
        assertThat(m.enthalpyJPerG()).isCloseTo(20.0, within(0.2)); // J/g, 1 % (limits at 1 % of height)
        assertThat(m.peakTemperatureK() - 273.15).isCloseTo(60.0, within(0.1)); // °C
    }

    @Test
    void sigmoidalBaselineHandlesHeatCapacityStepAcrossThePeak() {
        // heat-capacity step of 0.2 mW centred on the peak (tanh width 2 K); with limits 30 and 90 °C the
        // straight baseline sits at 1/3 of the step under the peak: ≈ +2.4 J/g of spurious area
        Recording r = SyntheticDsc.scan(0.2, 50, 2.0, 50, 2e-4, 1e-6, 10, true, true, 3);
        MeltingOptions o = MeltingOptions.defaults().withMassKg(MASS_KG).withWindowK(273.15 + 30, 273.15 + 90);
        Melting sig = Dsc.melting(r, o.withBaseline(DscBaseline.SIGMOIDAL));
        Melting lin = Dsc.melting(r, o);
        assertThat(sig.enthalpyJPerG()).isCloseTo(40.0, within(0.4)); // J/g, 1 %
        assertThat(lin.enthalpyJPerG() - 40).isGreaterThan(1.5); // J/g: the linear baseline's known bias
    }

    @Test
    void glassTransitionMidpointAndInflection() {
        Recording r = SyntheticDsc.scan(0.1, 60, 2.0, -40, 1e-4, 3e-7, 10, true, true, 4);
        GlassTransition g = Dsc.glassTransition(r, 273.15 - 58, 273.15 - 22, MASS_KG, Double.NaN);
        assertThat(g.midpointK() - 273.15).isCloseTo(-40, within(0.15)); // °C
        assertThat(g.inflectionK() - 273.15).isCloseTo(-40, within(0.15)); // °C
        assertThat(g.onsetK()).isLessThan(g.midpointK());
        // Δcp = 0.1 mW / (10/60 K/s) / 5 mg = 0.12 J/(g K)
        assertThat(g.deltaCpJPerGK()).isCloseTo(0.12, within(0.005)); // J/(g K)
    }

    @Test
    void badInputIsReportedNotGuessed() {
        Recording r = SyntheticDsc.scan(0.1, 60, 2.0, -60, 0, 1e-6, 10, true, true, 5);
        assertThatThrownBy(() -> Dsc.melting(r, MeltingOptions.defaults()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("mass");
        assertThatThrownBy(() -> MeltingOptions.defaults().withMassKg(0)).isInstanceOf(InvalidInputException.class);
        Recording flat = SyntheticDsc.scan(0.0, 60, 2.0, -60, 0, 1e-6, 10, true, true, 6);
        assertThatThrownBy(() -> Dsc.melting(flat, MeltingOptions.defaults().withMassKg(MASS_KG)))
                .isInstanceOf(AnalysisException.class).hasMessageContaining("no melting");
        Recording noTime = SyntheticDsc.scan(0.1, 60, 2.0, -60, 0, 1e-6, 10, true, false, 7);
        assertThatThrownBy(() -> Dsc.melting(noTime, MeltingOptions.defaults().withMassKg(MASS_KG)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("heating rate");
        assertThatThrownBy(() -> Dsc.melting(r, MeltingOptions.defaults().withMassKg(MASS_KG)
                .withWindowK(273.15 + 61, 273.15 + 80))).isInstanceOf(AnalysisException.class).hasMessageContaining("window");
        assertThatThrownBy(() -> Dsc.melting(r, MeltingOptions.defaults().withMassKg(MASS_KG)
                .withDirection(EndothermDirection.UP).withWindowK(273.15 + 61, 273.15 + 80)))
                .isInstanceOf(AnalysisException.class).hasMessageContaining("cut");
    }
}
