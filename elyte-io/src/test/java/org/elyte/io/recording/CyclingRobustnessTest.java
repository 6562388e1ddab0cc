package org.elyte.io.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipInputStream;

import org.elyte.core.error.ElyteException;
import org.elyte.core.recording.Recording;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For each cycling reference file: seeded truncations and seeded random byte corruptions each end
 * in a Recording or an ElyteException naming the file, within 1 s (a slow case is re-run once): 200 truncations and
 * 200 corruptions for every file (about 17 s for all 29 files on the 2-core build machine).
 */
class CyclingRobustnessTest {
    private static final long LIMIT_NANOS = 1_000_000_000L;

    static Stream<Path> files() {
        List<Path> all = new ArrayList<>();
        for (String s : List.of("PyProBE/Sample_data_biologic_no_header.mpt",
                "navani/jdb11-1_c3_gcpl_5cycles_2V-3p8V_C-24_data_C09.mpr", "battery-data-format/sample.bdf.csv", "battery-data-toolkit/arbin_example.csv",
                "battery-data-format/SINTEF__LiGrR2032__2024-04-30__25degC__Landt.csv",
                "battery-data-format/SINTEF__LiGrR2032__2024-04-30__25degC__Landt.bdf.csv",
                "beep/PredictionDiagnostics_000151_test.052", "battery-data-toolkit/maccor_example.001",
                "battery-data-toolkit/maccor_example.002", "fastnda/21_10_7_85.ndax",
                "fastnda/TESTCELL0001-Test_Data_Collection_Ndc17.ndax", "fastnda/nw4-120-1-6-53.ndax",
                "fastnda/scrubbed_ndc2.ndax", "navani/test.ndax", "fastnda/nda_v8.nda.zip", "fastnda/nda_v22.nda.zip",
                "battery-data-format/mits7-0.res.gz")) {
            all.add(CyclingFiles.shipped(s));
        }
        for (String s : List.of("yadg/gcpl.issue_149.mpr", "yadg/gcpl.issue_149.mpt", "yadg/ca.issue_149.mpr",
                "yadg/ca.issue_149.mpt", "yadg/gcpl.issue_226.I.mpr", "yadg/gcpl.issue_226.I.mpt", "yadg/lsv.mpr",
                "yadg/lsv.mpt", "NewareNDA/new_nda_file.nda", "NewareNDA/TestFile.nda", "NewareNDA/2-1-6_61[07005012].nda",
                "cellpy/20160805_test001_45_cc_01.res")) {
            CyclingFiles.shared(s).ifPresent(all::add);
        }
        return all.stream();
    }

    private static final int CASES = 200;

    @ParameterizedTest
    @MethodSource("files")
    void truncations(Path file) {
        byte[] bytes = content(file);
        Random r = new Random(42 + file.getFileName().toString().hashCode());
        for (int k = 0; k < CASES; k++) {
            int len = r.nextInt(bytes.length + 1);
            readWithin(file + " truncated to " + len, Arrays.copyOf(bytes, len), file);
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void corruptions(Path file) {
        byte[] bytes = content(file);
        Random r = new Random(7 + file.getFileName().toString().hashCode());
        for (int k = 0; k < CASES; k++) {
            byte[] b = bytes.clone();
            int changes = 1 + r.nextInt(8);
            StringBuilder what = new StringBuilder();
            for (int c = 0; c < changes; c++) {
                // half the corruptions hit the first 2 kB, where headers and column tables live
                int at = r.nextBoolean() ? r.nextInt(Math.min(b.length, 2048)) : r.nextInt(b.length);
                b[at] = (byte) r.nextInt(256);
                what.append(at).append(' ');
            }
            readWithin(file + " corrupted at " + what, b, file);
        }
    }

    /** The file's bytes; a shipped {@code .zip} or {@code .gz} copy is unpacked first. */
    private static byte[] content(Path file) {
        byte[] b = CyclingFiles.bytes(file);
        String n = file.getFileName().toString();
        try {
            if (n.endsWith(".zip")) {
                try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(b))) {
                    in.getNextEntry();
                    return in.readAllBytes();
                }
            }
            if (n.endsWith(".gz") && !n.endsWith(".csv.gz")) {
                try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(b))) {
                    return in.readAllBytes();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b;
    }

    private static String nameOf(Path file) {
        String n = file.getFileName().toString();
        return n.endsWith(".zip") ? n.substring(0, n.length() - 4)
                : n.endsWith(".gz") && !n.endsWith(".csv.gz") ? n.substring(0, n.length() - 3) : n;
    }

    /** A case over the limit is run once more (the machine is shared): a hang fails both times. */
    private static void readWithin(String label, byte[] content, Path file) {
        if (readTimed(label, content, file) >= LIMIT_NANOS) {
            long took = readTimed(label, content, file);
            assertThat(took).as(label + " took " + took / 1e6 + " ms twice").isLessThan(LIMIT_NANOS);
        }
    }

    private static long readTimed(String label, byte[] content, Path file) {
        long t0 = System.nanoTime();
        String name = nameOf(file);
        try {
            Recording rec = RecordingFiles.read(name, content);
            assertThat(rec.rows()).as(label).isPositive();
        } catch (ElyteException e) {
            assertThat(e.getMessage()).as(label).startsWith(name);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            fail(label + ": escaped " + e, e);
        }
        return System.nanoTime() - t0;
    }
}
