package org.elyte.io.arbin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Recording;
import org.elyte.io.recording.CyclingFiles;
import org.elyte.io.recording.RecordingFiles;
import org.junit.jupiter.api.Test;

/** battery-data-toolkit's Arbin CSV example (SOURCES.md §3). */
class ArbinCsvReaderTest {

    @Test
    void toolkitExample() {
        Recording r = RecordingFiles.read(CyclingFiles.shipped("battery-data-toolkit/arbin_example.csv"));
        assertThat(r.metadata().format()).contains("arbin-csv");
        assertThat(r.rows()).isEqualTo(2142);
        double[] cycles = r.require(Quantity.CYCLE_COUNT);
        assertThat(Arrays.stream(cycles).min().orElseThrow()).isEqualTo(1);
        assertThat(Arrays.stream(cycles).max().orElseThrow()).isEqualTo(2);
        assertThat(r.get(Quantity.TEST_TIME, r.rows() - 1)).isCloseTo(6308.4823, within(1e-9)); // s
        assertThat(r.get(Quantity.UNIX_TIME, 0)).isEqualTo(1499006353); // s, exact
        assertThat(r.get(Quantity.VOLTAGE, 0)).isCloseTo(3.2796359, within(1e-12)); // V
        assertThat(r.get(Quantity.TEMPERATURE, 0)).isCloseTo(29.18314 + 273.15, within(1e-9)); // K
        assertThat(r.has(Quantity.STEP_COUNT)).isTrue();
    }
}
