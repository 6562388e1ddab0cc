package org.elyte.io.arbin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import org.elyte.core.error.FormatException;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Metadata;
import org.elyte.core.recording.Recording;
import org.elyte.io.recording.CyclingFiles;
import org.elyte.io.recording.RecordingFiles;
import org.elyte.io.recording.RecordingFormat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Arbin .res files: the MITS 4.32 cellpy file against cellpy's golden (10261 × 18, every column
 * within 1e-6 relative), and the MITS 7.0 battery-data-format file (8 rows).
 */
class ArbinResReaderTest {
    /** cellpy golden column → our column. */
    private static final Map<String, Quantity> GOLDEN = Map.ofEntries(
            Map.entry("test_time", Quantity.TEST_TIME), Map.entry("step_time", Quantity.STEP_TIME),
            Map.entry("voltage", Quantity.VOLTAGE), Map.entry("current", Quantity.CURRENT),
            Map.entry("cycle_index", Quantity.CYCLE_COUNT), Map.entry("step_index", Quantity.STEP_ID),
            Map.entry("charge_capacity", Quantity.CHARGING_CAPACITY),
            Map.entry("discharge_capacity", Quantity.DISCHARGING_CAPACITY),
            Map.entry("charge_energy", Quantity.CHARGING_ENERGY),
            Map.entry("discharge_energy", Quantity.DISCHARGING_ENERGY),
            Map.entry("data_point", Quantity.custom("Data_Point", "")),
            Map.entry("test_id", Quantity.custom("Test_ID", "")),
            Map.entry("is_fc_data", Quantity.custom("Is_FC_Data", "")),
            Map.entry("dv_dt", Quantity.custom("dV/dt", "")),
            Map.entry("internal_resistance", Quantity.custom("Internal_Resistance", "")),
            Map.entry("ac_impedance", Quantity.custom("AC_Impedance", "")),
            Map.entry("aci_phase_angle", Quantity.custom("ACI_Phase_Angle", "")));

    static byte[] gunzip(Path p) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(CyclingFiles.bytes(p)))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void cellpyFileMatchesGolden() throws IOException {
        Optional<Path> res = CyclingFiles.shared("cellpy/20160805_test001_45_cc_01.res");
        Optional<Path> golden = CyclingFiles.shared("cellpy/goldens/loader_arbin_res/raw.csv.gz");
        Assumptions.assumeTrue(res.isPresent() && golden.isPresent(), "cellpy .res or golden not under -Delyte.refdata");
        Recording r = RecordingFiles.read(res.get());
        List<String> header;
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(golden.get())),
                StandardCharsets.UTF_8))) {
            header = Arrays.asList(in.readLine().split(","));
            for (String l = in.readLine(); l != null; l = in.readLine()) {
                rows.add(l.split(",", -1));
            }
        }
        assertThat(r.rows()).isEqualTo(10261);
        assertThat(rows).hasSize(10261);
        for (int c = 0; c < header.size(); c++) {
            String col = header.get(c);
            for (int i = 0; i < rows.size(); i++) {
                String cell = rows.get(i)[c];
                if (col.equals("test_id")) { // cellpy numbers its tests from 0; Arbin's Test_ID is 1
                    assertThat(r.get(Quantity.custom("Test_ID", ""), i)).isEqualTo(Double.parseDouble(cell) + 1);
                    continue;
                }
                if (col.equals("date_time")) {
                    double expected = Instant.parse(cell).toEpochMilli() / 1e3;
                    assertThat(r.get(Quantity.UNIX_TIME, i)).as(col + " row " + i).isCloseTo(expected, within(1e-3)); // s
                    continue;
                }
                Quantity q = GOLDEN.get(col);
                assertThat(q).as("mapping for " + col).isNotNull();
                double expected = cell.equalsIgnoreCase("true") ? 1 : cell.equalsIgnoreCase("false") ? 0
                        : Double.parseDouble(cell);
                // 1e-6 relative (zero exactly)
                assertThat(r.get(q, i)).as(col + " row " + i).isCloseTo(expected, within(1e-6 * Math.abs(expected)));
            }
        }
        assertThat(r.metadata().get(Metadata.CHANNEL)).contains("3");
        assertThat(r.metadata().activeMassKg().getAsDouble()).isCloseTo(8.52838e-7, within(1e-12)); // kg (cellpy: 0.00085 g)
        assertThat(r.metadata().startTime()).isPresent();
        assertThat(r.metadata().get(Metadata.FORMAT)).contains(ArbinResReader.FORMAT_NAME);
        double[] cycles = r.require(Quantity.CYCLE_COUNT);
        assertThat(Arrays.stream(cycles).max().orElseThrow()).isEqualTo(18);
        double[] steps = r.require(Quantity.STEP_COUNT);
        assertThat(steps[0]).isEqualTo(1);
    }

    @Test
    void mits7() {
        byte[] res = gunzip(CyclingFiles.shipped("battery-data-format/mits7-0.res.gz"));
        assertThat(RecordingFiles.detect("mits7-0.res", res)).isEqualTo(RecordingFormat.ARBIN_RES);
        Recording r = RecordingFiles.read("mits7-0.res", res);
        assertThat(r.rows()).isEqualTo(8);
        assertThat(r.get(Quantity.TEST_TIME, 0)).isCloseTo(20.0004, within(1e-4)); // s, mdb-export value
        assertThat(r.get(Quantity.VOLTAGE, 0)).isCloseTo(0.13026524, within(1e-7)); // V
        assertThat(r.require(Quantity.custom("Data_Point", ""))).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(r.metadata().get(Metadata.FORMAT_VERSION).orElseThrow()).contains("PV7.0");
        assertThat(r.metadata().get("arbin.test_name")).contains("kigr_pouch1-01-001");
        assertThat(r.has(Quantity.custom("TC_Counter1", ""))).isTrue();
    }

    @Test
    void notAnAccessFileIsAFormatError() {
        byte[] junk = new byte[4096];
        byte[] sig = "\0\1\0\0Standard Jet DB\0".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(sig, 0, junk, 0, sig.length);
        assertThatThrownBy(() -> RecordingFiles.read("junk.res", junk)).isInstanceOf(FormatException.class)
                .hasMessageStartingWith("junk.res");
    }
}
