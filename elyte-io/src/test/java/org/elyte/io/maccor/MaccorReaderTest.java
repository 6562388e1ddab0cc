package org.elyte.io.maccor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.elyte.core.error.FormatException;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Metadata;
import org.elyte.core.recording.Recording;
import org.elyte.io.recording.CyclingFiles;
import org.elyte.io.recording.RecordingFiles;
import org.elyte.io.recording.RecordingFormat;
import org.junit.jupiter.api.Test;

/** BEEP and battery-data-toolkit Maccor exports (SOURCES.md §4). */
class MaccorReaderTest {
    private static final String TK = "battery-data-toolkit/maccor_example.";

    @Test
    void beepDiagnosticsFile() {
        Recording r = RecordingFiles.read(CyclingFiles.shipped("beep/PredictionDiagnostics_000151_test.052"));
        assertThat(r.metadata().format()).contains(MaccorReader.FORMAT_NAME);
        assertThat(r.rows()).isEqualTo(333); // BEEP raw_data shape (333, 44)
        assertThat(r.metadata().get(Metadata.CHANNEL)).contains("52");
        assertThat(r.get(Quantity.custom("Rec#", ""), 0)).isEqualTo(249791);
        assertThat(r.get(Quantity.CYCLE_COUNT, 0)).isEqualTo(37);
        assertThat(r.get(Quantity.STEP_ID, 0)).isEqualTo(44);
        assertThat(r.get(Quantity.TEST_TIME, 0)).isCloseTo(769267.24, within(1e-9)); // s
        assertThat(r.get(Quantity.CURRENT, 0)).isCloseTo(-4.8400091554, within(1e-12)); // A, discharge
        assertThat(r.get(Quantity.VOLTAGE, 0)).isCloseTo(3.86823835, within(1e-12)); // V
        assertThat(r.metadata().get("column.State.values")).contains("D");
        // N/A cells are NaN, the column is kept under its name
        assertThat(r.get(Quantity.custom("WF Chg Cap", ""), 0)).isNaN();
        assertThat(r.get(Quantity.UNIX_TIME, 0))
                .isEqualTo(LocalDateTime.of(2019, 10, 21, 23, 59, 59).toEpochSecond(ZoneOffset.UTC)); // s, exact
        assertThat(r.metadata().startTime()).contains(LocalDateTime.of(2019, 10, 21, 23, 59, 59));
        assertThat(r.has(Quantity.STEP_COUNT)).isTrue();
    }

    @Test
    void minutesAndDateOnlyInHeader() {
        Recording one = RecordingFiles.read(CyclingFiles.shipped(TK + "001"));
        Recording two = RecordingFiles.read(CyclingFiles.shipped(TK + "002"));
        assertThat(one.rows()).isEqualTo(8);
        assertThat(two.rows()).isEqualTo(8);
        assertThat(one.get(Quantity.TEST_TIME, 1)).isCloseTo(0.1667 * 60, within(1e-9)); // s, from minutes
        assertThat(one.metadata().startTime().orElseThrow().getMonthValue()).isEqualTo(3);
        assertThat(two.metadata().startTime().orElseThrow().getMonthValue()).isEqualTo(4);
        assertThat(two.metadata().startTime()).contains(LocalDateTime.of(2016, 4, 1, 16, 5, 31));
    }

    @Test
    void multiFileSetIsOneRecordingInOrder() {
        Recording r = RecordingFiles.readSet(List.of(CyclingFiles.shipped(TK + "001"), CyclingFiles.shipped(TK + "002")));
        assertThat(r.rows()).isEqualTo(16);
        double[] file = r.require(Quantity.custom(MaccorSet.FILE_NUMBER, ""));
        assertThat(Arrays.stream(file).max().orElseThrow()).isEqualTo(1);
        double[] t = r.require(Quantity.TEST_TIME);
        for (int i = 1; i < t.length; i++) {
            assertThat(t[i]).as("test time increases at row " + i).isGreaterThanOrEqualTo(t[i - 1]);
        }
        assertThatThrownBy(() -> RecordingFiles.readSet(List.of(CyclingFiles.shipped(TK + "002"),
                CyclingFiles.shipped(TK + "001")))).isInstanceOf(FormatException.class)
                .hasMessageContaining("not in the correct order");
    }

    @Test
    void unsignedCurrentTakesItsSignFromTheState() {
        String text = "Today's Date 04/04/2016  Date of Test:\t03/31/2016\t Filename:\tx.001\n"
                + "Rec#\tCyc#\tStep\tTest (Sec)\tStep (Sec)\tAmp-hr\tWatt-hr\tAmps\tVolts\tState\tES\tDPt Time\n"
                + "1\t0\t1\t0\t0\t0\t0\t0.5\t3.3\tC\t0\t23:59:59\n"
                + "2\t0\t2\t1\t0\t0\t0\t0.5\t3.2\tD\t0\t00:00:00\n";
        Recording r = RecordingFiles.read("x.001", text.getBytes(StandardCharsets.US_ASCII));
        assertThat(RecordingFiles.detect("x.001", text.getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(RecordingFormat.MACCOR_TEXT);
        assertThat(r.require(Quantity.CURRENT)).containsExactly(0.5, -0.5);
        // the time of day wrapped past midnight: the date advances
        assertThat(r.get(Quantity.UNIX_TIME, 1) - r.get(Quantity.UNIX_TIME, 0)).isEqualTo(1); // s
    }
}
