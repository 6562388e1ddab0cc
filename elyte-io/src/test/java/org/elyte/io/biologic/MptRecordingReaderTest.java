package org.elyte.io.biologic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

import org.elyte.core.error.FormatException;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Metadata;
import org.elyte.core.recording.Recording;
import org.elyte.io.recording.CyclingFiles;
import org.elyte.io.recording.RecordingFiles;
import org.elyte.io.recording.RecordingFormat;
import org.junit.jupiter.api.Test;

/** EC-Lab .mpt cycling exports against the values SOURCES.md §1 lists. */
class MptRecordingReaderTest {

    static Recording yadg(String file) {
        Optional<Path> p = CyclingFiles.shared("yadg/" + file);
        assumeTrue(p.isPresent(), "GPL reference file yadg/" + file + " not found under -Delyte.refdata; skipped");
        return RecordingFiles.read(p.get());
    }

    @Test
    void gcplWithDecimalComma() {
        Recording r = yadg("gcpl.issue_149.mpt");
        assertThat(r.rows()).isEqualTo(132);
        assertThat(r.quantities()).hasSize(29 + 1); // 29 columns + derived Step Count
        assertThat(r.get(Quantity.TEST_TIME, 0)).isCloseTo(30.1529992, within(1e-7)); // s
        assertThat(r.get(Quantity.VOLTAGE, 0)).isCloseTo(3.4228721, within(1e-9)); // V
        assertThat(r.get(Quantity.TEST_TIME, 131)).isCloseTo(659.985796, within(1e-6)); // s
        assertThat(r.get(Quantity.VOLTAGE, 131)).isCloseTo(3.4320145, within(1e-9)); // V
        assertThat(r.get(Quantity.CURRENT, 131)).isCloseTo(-0.0299959138e-3, within(1e-13)); // A, from <I>/mA (SOURCES value has 9 digits)
        assertThat(r.get(Quantity.CYCLE_COUNT, 131)).isEqualTo(3); // exact
        assertThat(r.get(Quantity.custom("half cycle", ""), 131)).isEqualTo(7); // exact
        assertThat(r.get(Quantity.custom("Efficiency/%", "%"), 131)).isCloseTo(99.9667, within(1e-4)); // %
        assertThat(r.get(Quantity.DISCHARGING_CAPACITY, 131)).isCloseTo(8.33240981e-8, within(1e-16)); // Ah
        Metadata md = r.metadata();
        assertThat(md.format()).contains("biologic-mpt");
        assertThat(md.get(Metadata.FORMAT_VERSION)).contains("11.50");
        assertThat(md.get(Metadata.INSTRUMENT)).contains("SP-300");
        assertThat(md.get(Metadata.CHANNEL)).contains("1");
        assertThat(md.startTime()).isPresent();
        assertThat(md.activeMassKg().orElseThrow()).isCloseTo(1e-6, within(1e-12)); // kg
        assertThat(md.sha256()).isPresent();
    }

    @Test
    void chronoamperometry() {
        Recording r = yadg("ca.issue_149.mpt");
        assertThat(r.rows()).isEqualTo(80);
        assertThat(r.get(Quantity.TEST_TIME, 0)).isCloseTo(20.6505995, within(1e-7)); // s
        assertThat(r.get(Quantity.CURRENT, 0)).isCloseTo(0.00969370245e-3, within(1e-14)); // A
        assertThat(r.get(Quantity.CURRENT, 79)).isCloseTo(0.0133234322e-3, within(1e-14)); // A
        assertThat(r.get(Quantity.custom("(Q-Qo)/C", "C"), 79)).isCloseTo(0.00012278921, within(1e-13)); // C
        assertThat(r.get(Quantity.CYCLE_COUNT, 79)).isEqualTo(3);
    }

    @Test
    void gcplWithCounterElectrode() {
        Recording r = yadg("gcpl.issue_226.I.mpt");
        assertThat(r.rows()).isEqualTo(15);
        assertThat(r.get(Quantity.TEST_TIME, 14)).isCloseTo(118.865597, within(1e-6)); // s
        assertThat(r.get(Quantity.VOLTAGE, 14)).isCloseTo(-0.20919827, within(1e-9)); // V
        assertThat(r.get(Quantity.CURRENT, 14)).isCloseTo(-0.11995786e-3, within(1e-12)); // A
        assertThat(r.get(Quantity.DISCHARGING_CAPACITY, 14)).isCloseTo(0.00196161e-3, within(1e-11)); // Ah
        assertThat(r.has(Quantity.custom("Ece/V", "V"))).isTrue();
        assertThat(r.get(Quantity.custom("Efficiency/%", "%"), 14)).isCloseTo(98.1398, within(1e-4)); // %
    }

    @Test
    void linearSweep() {
        Recording r = yadg("lsv.mpt");
        assertThat(r.rows()).isEqualTo(1186);
        assertThat(r.get(Quantity.CURRENT, 0)).isCloseTo(-6.55688906e-3, within(1e-11)); // A, from <I>/mA
        assertThat(r.get(Quantity.VOLTAGE, 1185)).isCloseTo(-4.0008063, within(1e-9)); // V
        assertThat(r.get(Quantity.custom("(Q-Qo)/C", "C"), 1185)).isCloseTo(-8.1345549, within(1e-9)); // C
        assertThat(r.metadata().get(Metadata.FORMAT_VERSION)).contains("11.33");
    }

    @Test
    void headerlessUtf8WithReplacementCharacters() {
        Recording r = RecordingFiles.read(CyclingFiles.shipped("PyProBE/Sample_data_biologic_no_header.mpt"));
        // SOURCES.md says 12 data rows; the file has 14 lines (header + 13 rows, no final newline)
        assertThat(r.rows()).isEqualTo(13);
        int last = 12;
        assertThat(r.get(Quantity.TEST_TIME, last)).isCloseTo(281792.50213, within(1e-5)); // s
        assertThat(r.get(Quantity.STEP_ID, last)).isEqualTo(0);
        assertThat(r.get(Quantity.CURRENT, last)).isEqualTo(0.0); // A
        assertThat(r.get(Quantity.VOLTAGE, last)).isCloseTo(2.9814022, within(1e-9)); // V, Ecell/V
        assertThat(r.get(Quantity.TEMPERATURE, last)).isCloseTo(24.506462 + 273.15, within(1e-9)); // K
        assertThat(RecordingFiles.detect("x.mpt", CyclingFiles.bytes(
                CyclingFiles.shipped("PyProBE/Sample_data_biologic_no_header.mpt")))).isEqualTo(RecordingFormat.BIOLOGIC_MPT);
    }

    @Test
    void crlfAndLfGiveTheSameRecording() {
        byte[] lf = CyclingFiles.bytes(CyclingFiles.shipped("PyProBE/Sample_data_biologic_no_header.mpt"));
        String text = new String(lf, StandardCharsets.UTF_8).replace("\r\n", "\n");
        Recording a = RecordingFiles.read("a.mpt", text.getBytes(StandardCharsets.UTF_8));
        Recording b = RecordingFiles.read("a.mpt", text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(b.quantities()).isEqualTo(a.quantities());
        assertThat(b.require(Quantity.VOLTAGE)).containsExactly(a.require(Quantity.VOLTAGE)); // V, exact
    }

    @Test
    void truncatedRowNamesItsLine() {
        byte[] lf = CyclingFiles.bytes(CyclingFiles.shipped("PyProBE/Sample_data_biologic_no_header.mpt"));
        String text = new String(lf, StandardCharsets.UTF_8);
        String cut = text.substring(0, text.indexOf('\t', text.indexOf('\n', text.indexOf('\n') + 1)));
        assertThatThrownBy(() -> RecordingFiles.read("cut.mpt", cut.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FormatException.class).hasMessageStartingWith("cut.mpt, line 3");
    }
}
