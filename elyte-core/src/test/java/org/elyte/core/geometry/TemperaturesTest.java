package org.elyte.core.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TemperaturesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "s04147-140deg.txt|413.15",
        "s04147-140 deg.txt|413.15",
        "pellet_140degC.csv|413.15",
        "PEO_55C.mpt|328.15",
        "PEO_55°C.mpt|328.15",
        "PEO 55 °C run.mpt|328.15",
        "cell_328K.DTA|328",
        "EIS T=60C.txt|333.15",
        "-20C.txt|253.15",
        "cell_-20C.txt|253.15",
        "data/2024/s1_25.5C.z|298.65",
        "C:\\lab\\cell_80C.mpt|353.15"})
    void readsTemperatures(String name, double kelvin) {
        assertThat(Temperatures.fromFileName(name)).hasValueCloseTo(kelvin, within(1e-9)); // K
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample2.txt", "s04147.txt", "cell-20Cycles.txt", "run_10kHz.txt", "v1.5C.txt",
        "NCM811_1C-rate.csv", "cell_2C_rate.csv", "25C_and_60C.txt", "x55c.txt", "99999999999999999999"
            + "999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999"
            + "99999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999"
            + "99999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999K",
        "-300C.txt"})
    void ignoresNamesWithoutOneClearTemperature(String name) {
        assertThat(Temperatures.fromFileName(name)).isEmpty();
    }
}
