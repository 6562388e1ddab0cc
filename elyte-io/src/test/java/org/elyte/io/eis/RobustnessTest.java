package org.elyte.io.eis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.elyte.core.error.ElyteException;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.io.source.RefFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For each reference file, 200 seeded truncations and 200 seeded random byte corruptions: each
 * read ends in spectra or an ElyteException (never another exception) within 1 s.
 */
class RobustnessTest {
    private static final int CASES = 200;
    private static final long LIMIT_NANOS = 1_000_000_000L;

    static Stream<Path> files() {
        List<Path> all = new ArrayList<>();
        RefFiles.SHIPPED.forEach(r -> all.add(RefFiles.shipped(r)));
        RefFiles.drift().ifPresent(all::add);
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("files")
    void truncations(Path file) {
        byte[] bytes = RefFiles.bytes(file);
        Random r = new Random(42 + file.getFileName().toString().hashCode());
        int[] outcome = new int[2];
        for (int k = 0; k < CASES; k++) {
            int len = r.nextInt(bytes.length + 1);
            outcome[readWithin(file + " truncated to " + len, Arrays.copyOf(bytes, len), file)]++;
        }
        assertThat(outcome[0] + outcome[1]).isEqualTo(CASES);
    }

    @ParameterizedTest
    @MethodSource("files")
    void corruptions(Path file) {
        byte[] bytes = RefFiles.bytes(file);
        Random r = new Random(7 + file.getFileName().toString().hashCode());
        for (int k = 0; k < CASES; k++) {
            byte[] b = bytes.clone();
            int changes = 1 + r.nextInt(8);
            StringBuilder what = new StringBuilder();
            for (int c = 0; c < changes; c++) {
                int at = r.nextInt(b.length);
                b[at] = (byte) r.nextInt(256);
                what.append(at).append(' ');
            }
            readWithin(file + " corrupted at " + what, b, file);
        }
    }

    /** @return 0 when spectra were read, 1 when an ElyteException was thrown */
    private static int readWithin(String label, byte[] content, Path file) {
        long t0 = System.nanoTime();
        int result;
        try {
            List<ImpedanceSpectrum> s = ImpedanceFiles.read(file.getFileName().toString(), content);
            assertThat(s).as(label).isNotEmpty();
            result = 0;
        } catch (ElyteException e) {
            assertThat(e.getMessage()).as(label).startsWith(file.getFileName().toString());
            result = 1;
        } catch (RuntimeException | StackOverflowError e) {
            fail(label + ": escaped " + e, e);
            return -1;
        }
        long took = System.nanoTime() - t0;
        assertThat(took).as(label + " took " + took / 1e6 + " ms").isLessThan(LIMIT_NANOS);
        return result;
    }
}
