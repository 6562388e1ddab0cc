package org.elyte.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.elyte.analysis.eis.circuit.Circuit;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.io.eis.ImpedanceFiles;

/**
 * Benchmark inputs and reference checks. The MIT-licensed reference files are bundled under
 * {@code /refdata/eis/<repo>/<file>} (see NOTICE); a file that is not bundled (the GPL pyimpspec
 * file) is read from the folder named by the system property {@code elyte.refdata}
 * (default {@code ../shared/refdata}) when present.
 */
public final class BenchData {
    /** impedance.py example data, 66 rows (57 capacitive). */
    public static final String EXAMPLE_CSV = "impedance.py/exampleData.csv";
    /** EISFitpython pellet at 140 °C, 42 points. */
    public static final String PELLET_140 = "EISFitpython/s04147-140deg.txt";

    private BenchData() {
    }

    /**
     * @param file path below {@code refdata/eis}, e.g. {@code impedance.py/exampleData.csv}
     * @return the file's bytes
     * @throws IllegalStateException if the file is neither bundled nor under {@code elyte.refdata}
     */
    public static byte[] bytes(String file) {
        try (InputStream in = BenchData.class.getResourceAsStream("/refdata/eis/" + file)) {
            if (in != null) {
                return in.readAllBytes();
            }
            Path p = Path.of(System.getProperty("elyte.refdata", "../shared/refdata"), "eis", file);
            if (Files.isRegularFile(p)) {
                return Files.readAllBytes(p);
            }
            throw new IllegalStateException("benchmark data " + file + " is not bundled and not found at " + p
                    + " (set -Delyte.refdata=<folder holding eis/>)");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read benchmark data " + file, e);
        }
    }

    /**
     * @param file path below {@code refdata/eis}
     * @return the first spectrum the elyte-io reader finds in it
     */
    public static ImpedanceSpectrum spectrum(String file) {
        return ImpedanceFiles.read(file, bytes(file)).get(0);
    }

    /** @return EXPECTED.md §1: exampleData.csv without its inductive points (57 points) */
    public static ImpedanceSpectrum example57() {
        ImpedanceSpectrum s = spectrum(EXAMPLE_CSV).withoutInductive();
        requireEqual("exampleData.csv capacitive points", s.size(), 57);
        return s;
    }

    /**
     * @param circuit circuit whose parameter names key the map
     * @param values values in circuit parameter order
     * @return name → value, in circuit order
     */
    public static Map<String, Double> named(Circuit circuit, double... values) {
        List<String> names = circuit.parameterNames();
        requireEqual("values for " + circuit, values.length, names.size());
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put(names.get(i), values[i]);
        }
        return m;
    }

    /**
     * @param what label for the message
     * @param actual measured value
     * @param expected reference value
     * @param relTol allowed relative deviation
     * @throws IllegalStateException when |actual − expected| &gt; relTol·|expected| (or actual is not finite)
     */
    public static void requireClose(String what, double actual, double expected, double relTol) {
        if (!(Math.abs(actual - expected) <= relTol * Math.abs(expected))) {
            throw new IllegalStateException(what + ": expected " + expected + " within " + relTol
                    + " relative, found " + actual + " (the code under test no longer reproduces its reference)");
        }
    }

    /**
     * @param what label for the message
     * @param actual actual count
     * @param expected expected count
     * @throws IllegalStateException when they differ
     */
    public static void requireEqual(String what, long actual, long expected) {
        if (actual != expected) {
            throw new IllegalStateException(what + ": expected " + expected + ", found " + actual);
        }
    }
}
