package org.elyte.io.neware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;

import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Metadata;
import org.elyte.core.recording.Recording;
import org.elyte.io.recording.CyclingFiles;
import org.elyte.io.recording.RecordingFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Neware .ndax files against the BTSDA exports of the same tests (SOURCES.md §2), with fastnda's
 * tolerances: voltage 6e-5 V, current 0.05 mA, step time 1e-3 s, total time 0.0101 s below
 * 1800 s (10.1 s above 1e7 s, linear in between is generous), capacity 6e-4 mAh, cycle, step and
 * step count exact.
 */
class NdaxReaderTest {

    @ParameterizedTest
    @ValueSource(strings = {"21_10_7_85", "TESTCELL0001-Test_Data_Collection_Ndc17", "nw4-120-1-6-53", "scrubbed_ndc2"})
    void matchesBtsda(String file) {
        Recording r = RecordingFiles.read(CyclingFiles.shipped("fastnda/" + file + ".ndax"));
        Btsda ref = Btsda.read(CyclingFiles.shipped("fastnda/" + file + ".btsda.csv.gz"));
        assertThat(r.rows()).isEqualTo(ref.rows().size());
        List<String> types = Arrays.asList(r.metadata().get("column.Step Type.values").orElseThrow().split("\\|"));
        double[] type = r.require(Quantity.custom("Step Type", ""));
        for (int i = 0; i < r.rows(); i++) {
            String at = file + " row " + i;
            assertThat(r.get(Quantity.VOLTAGE, i)).as(at).isCloseTo(ref.num(i, "Voltage(mV)") / 1e3, within(6e-5)); // V
            assertThat(r.get(Quantity.CURRENT, i) * 1e3).as(at).isCloseTo(ref.num(i, "Current(uA)") / 1e3,
                    within(0.05)); // mA
            assertThat(r.get(Quantity.STEP_TIME, i)).as(at).isCloseTo(ref.num(i, "Time"), within(1e-3)); // s
            double total = ref.num(i, "Total Time");
            assertThat(r.get(Quantity.TEST_TIME, i)).as(at).isCloseTo(total, within(total < 1800 ? 0.0101 : 1.01)); // s
            double cap = (r.get(Quantity.CHARGING_CAPACITY, i) + r.get(Quantity.DISCHARGING_CAPACITY, i)) * 1e3; // mAh
            assertThat(cap).as(at).isCloseTo(Math.abs(ref.num(i, "Capacity(mAs)")) / 3600, within(6e-4)); // mAh
            assertThat(r.get(Quantity.CYCLE_COUNT, i)).as(at).isEqualTo(ref.num(i, "Cycle Index"));
            assertThat(r.get(Quantity.STEP_ID, i)).as(at).isEqualTo(ref.num(i, "Step Index"));
            assertThat(r.get(Quantity.STEP_COUNT, i)).as(at).isEqualTo(ref.num(i, "Step Count"));
            assertThat(types.get((int) type[i])).as(at).isEqualTo(ref.text(i, "Step Type"));
        }
        if (ref.header().contains("T1(?)") && file.startsWith("TESTCELL")) {
            for (int i = 0; i < r.rows(); i++) {
                assertThat(r.get(Quantity.TEMPERATURE, i) - 273.15).isCloseTo(ref.num(i, "T1(?)"), within(0.0501)); // °C, BTSDA rounds to 0.1 °C
            }
        }
    }

    @Test
    void hundredFiftyCycles() {
        Recording r = RecordingFiles.read(CyclingFiles.shipped("fastnda/nw4-120-1-6-53.ndax"));
        assertThat(r.rows()).isEqualTo(18700);
        double[] c = r.require(Quantity.CYCLE_COUNT);
        assertThat(Arrays.stream(c).min().orElseThrow()).isEqualTo(1);
        assertThat(Arrays.stream(c).max().orElseThrow()).isEqualTo(150);
        assertThat(r.metadata().get(Metadata.FORMAT_VERSION)).contains("ndc 14");
        assertThat(r.metadata().startTime()).isPresent();
    }

    @Test
    void navaniVersion5() {
        Recording r = RecordingFiles.read(CyclingFiles.shipped("navani/test.ndax"));
        assertThat(r.rows()).isEqualTo(1464); // NewareNDA
        assertThat(r.get(Quantity.VOLTAGE, 0)).isCloseTo(3.4666, within(1e-4)); // V
        assertThat(r.get(Quantity.VOLTAGE, r.rows() - 1)).isCloseTo(1.8105, within(1e-4)); // V
        double[] s = r.require(Quantity.STEP_ID);
        assertThat(Arrays.stream(s).min().orElseThrow()).isEqualTo(1);
        assertThat(Arrays.stream(s).max().orElseThrow()).isEqualTo(4);
    }
}
