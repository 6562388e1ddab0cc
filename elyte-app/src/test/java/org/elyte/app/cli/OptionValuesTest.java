package org.elyte.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.elyte.analysis.cycling.CoulombicEfficiencyMode;
import org.elyte.core.error.InvalidInputException;
import org.elyte.core.numerics.PeakShape;
import org.junit.jupiter.api.Test;

class OptionValuesTest {
    @Test
    void unitsAndTheUnitOfABareNumber() {
        assertThat(OptionValues.voltage("--dv", "5mV", "V")).isCloseTo(5e-3, within(1e-15)); // V
        assertThat(OptionValues.voltage("--dv", "0.005", "V")).isCloseTo(5e-3, within(1e-15)); // V
        assertThat(OptionValues.currentDensity("--j", "0.12", "mA/cm2")).isCloseTo(1.2, within(1e-12)); // A/m2
        assertThat(OptionValues.currentDensity("--j", "10 µA/cm²", "mA/cm2")).isCloseTo(0.1, within(1e-12)); // A/m2
        assertThat(OptionValues.currentDensity("--j", "10", "uA/cm2")).isCloseTo(0.1, within(1e-12)); // A/m2
        assertThat(OptionValues.mass("--mass", "6.2 mg")).isCloseTo(6.2e-6, within(1e-15)); // kg
        assertThat(OptionValues.area("--area", "1.13 cm2")).isCloseTo(1.13e-4, within(1e-15)); // m2
    }

    @Test
    void errorsNameTheOptionAndWhatWasWrong() {
        assertThatThrownBy(() -> OptionValues.voltage("--dv", "5 mA", "V")).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("--dv: ").hasMessageContaining("'5 mA'").hasMessageContaining("mV");
        assertThatThrownBy(() -> OptionValues.currentDensity("--j", "0.1 mA", "mA/cm2"))
                .hasMessageStartingWith("--j: ").hasMessageContaining("current density");
        assertThatThrownBy(() -> OptionValues.mass("--mass", "6.2")).hasMessageStartingWith("--mass: ")
                .hasMessageContaining("no unit");
        assertThatThrownBy(() -> OptionValues.area("--area", "abc")).hasMessageStartingWith("--area: ");
    }

    @Test
    void rangesAndChoices() {
        assertThat(OptionValues.range("--window", " 35 : 75 ")).containsExactly(35, 75);
        for (String bad : new String[] {"75:35", "1:1", "a:b", "1:2:3", "1", "1:NaN", ":"}) {
            assertThatThrownBy(() -> OptionValues.range("--window", bad)).as(bad).isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("--window: ");
        }
        assertThat(OptionValues.choice("--ce-mode", "Charge-Over-Discharge", CoulombicEfficiencyMode.class))
                .isEqualTo(CoulombicEfficiencyMode.CHARGE_OVER_DISCHARGE);
        assertThat(OptionValues.choice("--shape", "pseudovoigt", PeakShape.class)).isEqualTo(PeakShape.PSEUDO_VOIGT);
        assertThatThrownBy(() -> OptionValues.choice("--shape", "voigt", PeakShape.GAUSSIAN, PeakShape.LORENTZIAN))
                .hasMessage("--shape: unknown value 'voigt'; use one of gaussian, lorentzian");
    }
}
