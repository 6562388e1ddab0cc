package org.elyte.io.bdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;

import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Metadata;
import org.elyte.core.recording.Recording;
import org.elyte.io.recording.CyclingFiles;
import org.elyte.io.recording.RecordingFiles;
import org.elyte.io.recording.RecordingFormat;
import org.junit.jupiter.api.Test;

/** BDF CSV read/write and the Landt → BDF reference conversion (SOURCES.md §5). */
class BdfCsvTest {
    private static final String LANDT = "battery-data-format/SINTEF__LiGrR2032__2024-04-30__25degC__Landt.csv";
    private static final String LANDT_BDF = "battery-data-format/SINTEF__LiGrR2032__2024-04-30__25degC__Landt.bdf.csv";

    @Test
    void sampleWithPreferredLabels() {
        Recording r = RecordingFiles.read(CyclingFiles.shipped("battery-data-format/sample.bdf.csv"));
        assertThat(r.rows()).isEqualTo(3);
        assertThat(r.require(Quantity.VOLTAGE)).containsExactly(3.7, 3.6, 3.5); // V, exact
        assertThat(r.require(Quantity.CURRENT)).containsExactly(0.1, 0.1, 0.1); // A, exact
        assertThat(r.metadata().format()).contains("bdf-csv");
    }

    @Test
    void landtToBdfReproducesTheReferenceFile() {
        Recording landt = RecordingFiles.read(CyclingFiles.shipped(LANDT));
        assertThat(landt.metadata().format()).contains("landt-csv");
        assertThat(landt.rows()).isEqualTo(25162);
        assertThat(landt.metadata().get(Metadata.START_TIME)).contains("2024-04-30T14:33:19");
        Recording reference = RecordingFiles.read(CyclingFiles.shipped(LANDT_BDF));
        assertThat(RecordingFiles.detect("x.csv", CyclingFiles.bytes(CyclingFiles.shipped(LANDT_BDF))))
                .isEqualTo(RecordingFormat.BDF_CSV);
        byte[] written = BdfCsvWriter.toBytes(landt, BdfNaming.MACHINE_NAMES);
        Recording back = RecordingFiles.read("landt.bdf.csv", written);
        assertThat(reference.rows()).isEqualTo(25162);
        assertThat(back.rows()).isEqualTo(reference.rows());
        assertThat(reference.quantities()).hasSize(7 + 1); // 7 columns + Step Count derived from step_index
        for (Quantity q : reference.quantities()) {
            assertThat(back.has(q)).as(q.label()).isTrue();
            double[] e = reference.require(q);
            double[] a = back.require(q);
            for (int i = 0; i < e.length; i++) {
                assertThat(a[i]).as(q.label() + " row " + i).isCloseTo(e[i], within(1e-9)); // SI unit of q
            }
        }
        String header = new String(written, 0, 400, StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        for (String machine : new String(CyclingFiles.bytes(CyclingFiles.shipped(LANDT_BDF)), 0, 200,
                StandardCharsets.UTF_8).lines().findFirst().orElseThrow().split(",")) {
            assertThat(header.split(",")).as("written header").contains(machine);
        }
    }

    @Test
    void preferredLabelsRoundTrip() {
        Recording landt = RecordingFiles.read(CyclingFiles.shipped(LANDT));
        byte[] written = BdfCsvWriter.toBytes(landt, BdfNaming.PREFERRED_LABELS);
        assertThat(new String(written, 0, 300, StandardCharsets.UTF_8)).contains("Test Time / s", "Voltage / V",
                "Ambient Temperature / degC");
        Recording back = RecordingFiles.read("x.bdf.csv", written);
        assertThat(back.require(Quantity.VOLTAGE)).containsExactly(landt.require(Quantity.VOLTAGE)); // V, exact
        assertThat(back.require(Quantity.UNIX_TIME)).containsExactly(landt.require(Quantity.UNIX_TIME)); // s, exact
        assertThat(back.quantities()).containsExactlyInAnyOrderElementsOf(landt.quantities());
    }
}
