package org.elyte.core.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.elyte.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class UnitsTest {

    @Test
    void lengthsAsPeopleTypeThem() {
        assertThat(Units.parseLength("120um").value()).isCloseTo(120e-6, within(1e-15)); // m
        assertThat(Units.parseLength("120 µm").value()).isCloseTo(120e-6, within(1e-15)); // m
        assertThat(Units.parseLength("0.21 cm").value()).isCloseTo(2.1e-3, within(1e-15)); // m
        assertThat(Units.parseLength("19 mm").value()).isCloseTo(0.019, within(1e-15)); // m
        assertThat(Units.parseLength("0,21 cm").value()).isCloseTo(2.1e-3, within(1e-15)); // m
        assertThat(Units.parseLength("1.5e2 nm").value()).isCloseTo(150e-9, within(1e-18)); // m
    }

    @Test
    void uncertaintyWithOrWithoutItsOwnUnit() {
        Measure a = Units.parseLength("120 ± 5 um");
        assertThat(a.value()).isCloseTo(120e-6, within(1e-15));
        assertThat(a.uncertainty()).isCloseTo(5e-6, within(1e-15));
        Measure b = Units.parseLength("120um+-0.005mm");
        assertThat(b.uncertainty()).isCloseTo(5e-6, within(1e-15));
    }

    @Test
    void areasAndDiscs() {
        assertThat(Units.parseArea("2.835 cm2").value()).isCloseTo(2.835e-4, within(1e-12)); // m2
        assertThat(Units.parseArea("1 cm^2").value()).isCloseTo(1e-4, within(1e-12));
        assertThat(Units.parseArea("50 mm²").value()).isCloseTo(50e-6, within(1e-12));
        CellGeometry g = CellGeometry.ofDiameter("120um", "19 mm");
        assertThat(g.areaM2().value()).isCloseTo(2.835287e-4, within(1e-9)); // m2
        Measure disc = Units.discArea(new Measure(0.008, 0.0001));
        assertThat(disc.relativeUncertainty()).isCloseTo(0.025, within(1e-12));
    }

    @Test
    void temperaturesAndMasses() {
        assertThat(Units.parseTemperature("55C").value()).isCloseTo(328.15, within(1e-9)); // K
        assertThat(Units.parseTemperature("55 °C").value()).isCloseTo(328.15, within(1e-9)); // K
        assertThat(Units.parseTemperature("328 K").value()).isCloseTo(328, within(1e-9)); // K
        assertThat(Units.parseMass("12.5 mg").value()).isCloseTo(12.5e-6, within(1e-15)); // kg
    }

    @Test
    void rejectsWhatCannotBeRead() {
        assertThatThrownBy(() -> Units.parseLength("120")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no unit");
        assertThatThrownBy(() -> Units.parseLength("120 furlongs")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("furlongs");
        assertThatThrownBy(() -> Units.parseLength("")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Units.parseArea("2 cm")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CellGeometry.ofArea("-1 mm", "1 cm2")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void voltagesAndCurrentDensities() {
        assertThat(Units.parseVoltage("5mV").value()).isCloseTo(5e-3, within(1e-15)); // V
        assertThat(Units.parseVoltage("-50 µV").value()).isCloseTo(-50e-6, within(1e-15)); // V
        assertThat(Units.parseCurrentDensity("0.12 mA/cm2").value()).isCloseTo(1.2, within(1e-12)); // A/m2
        assertThat(Units.parseCurrentDensity("10uA/cm²").value()).isCloseTo(0.1, within(1e-12)); // A/m2
        assertThat(Units.parseCurrentDensity("1.2 A/m2").value()).isCloseTo(1.2, within(1e-12)); // A/m2
        assertThat(Units.parseCurrentDensity("1 mA/mm^2").value()).isCloseTo(1e3, within(1e-9)); // A/m2
        assertThatThrownBy(() -> Units.parseVoltage("5 mA")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("voltage");
        assertThatThrownBy(() -> Units.parseCurrentDensity("0.1 mA")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("current density");
        assertThatThrownBy(() -> Units.parseCurrentDensity("0.1 mA/cm")).isInstanceOf(InvalidInputException.class);
    }
}
