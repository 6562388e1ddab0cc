package org.elyte.sim.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.elyte.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class TemperatureLawTest {

    @Test
    void arrheniusMatchesKashkooliFactor() {
        // cell_model_reference.md §4.1: LFP i0 with E_a = 39570 J/mol is ×4.3 at 55 °C vs 25 °C
        TemperatureLaw a = new TemperatureLaw.Arrhenius(39570, 298.15);
        assertThat(a.factor(298.15)).isEqualTo(1.0);
        assertThat(a.factor(328.15)).isCloseTo(4.3, within(0.05)); // dimensionless, 1 %
        assertThat(a.apply(0.22, 328.15)).isCloseTo(0.22 * a.factor(328.15), within(1e-15)); // A/m2
        // ln factor is linear in 1/T with slope -E_a/R
        double slope = (Math.log(a.factor(350)) - Math.log(a.factor(300))) / (1 / 350.0 - 1 / 300.0);
        assertThat(slope).isCloseTo(-39570 / TemperatureLaw.R, within(1e-6)); // K
        assertThat(TemperatureLaw.Arrhenius.ofElectronVolts(1, 300).activationEnergyJPerMol())
                .isCloseTo(96485.33, within(0.01)); // J/mol
    }

    @Test
    void vtf() {
        // Pebax HNE(12): VTF E_a 0.126 eV (seed [003] Table S4); T0 = Tg − 50 K = 193.75 K (assumed, §2.5)
        TemperatureLaw.Vtf v = TemperatureLaw.Vtf.ofElectronVolts(0.126, 193.75, 333.15);
        assertThat(v.pseudoActivationK()).isCloseTo(1462.2, within(0.5)); // K
        assertThat(v.factor(333.15)).isCloseTo(1.0, within(1e-15));
        double t = 303.15;
        double expected = Math.sqrt(333.15 / t) * Math.exp(-v.pseudoActivationK() / (t - 193.75)
                + v.pseudoActivationK() / (333.15 - 193.75));
        assertThat(v.factor(t)).isCloseTo(expected, within(1e-12)); // dimensionless
        assertThat(v.factor(t)).isLessThan(1.0);
        TemperatureLaw.Vtf noPre = new TemperatureLaw.Vtf(1000, 200, 300, false);
        // ln f vs 1/(T − T0) has slope −B
        double s = (Math.log(noPre.factor(400)) - Math.log(noPre.factor(250))) / (1 / 200.0 - 1 / 50.0);
        assertThat(s).isCloseTo(-1000, within(1e-9)); // K
        assertThatThrownBy(() -> v.factor(190)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new TemperatureLaw.Vtf(100, 300, 250, true)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new TemperatureLaw.Isothermal().factor(-1)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new TemperatureLaw.Arrhenius(-5, 300)).isInstanceOf(InvalidInputException.class);
    }
}
