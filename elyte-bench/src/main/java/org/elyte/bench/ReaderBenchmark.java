package org.elyte.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.io.eis.ImpedanceFiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link ImpedanceFiles#read(String, byte[])} (format detection plus parsing) on each reference
 * file, from bytes already in memory, and on a three-line CSV to show the fixed cost per file.
 * The GPL pyimpspec file is not bundled; run it with
 * {@code -p file=pyimpspec/drift-corrected-data.dta -jvmArgs -Delyte.refdata=<folder>}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ReaderBenchmark {
    /** A three-point CSV generated in code (fixed cost of a read). */
    public static final String TINY = "tiny.csv";
    /** Points of the first spectrum of each file, from SOURCES.md. */
    static final Map<String, Integer> POINTS = Map.ofEntries(
            Map.entry(TINY, 3),
            Map.entry("impedance.py/exampleData.csv", 66),
            Map.entry("impedance.py/exampleDataBioLogic.mpt", 43),
            Map.entry("impedance.py/exampleDataGamry.DTA", 72),
            Map.entry("impedance.py/exampleDataZPlot_noComments.z", 31),
            Map.entry("pyDRTtools/LIB_data.txt", 107),
            Map.entry("EISFitpython/s04147-140deg.txt", 42),
            Map.entry("EISFitpython/s04147-160deg.txt", 42),
            Map.entry("EISFitpython/s04147-170deg.txt", 41),
            Map.entry("EISFitpython/s04147-180deg.txt", 41),
            Map.entry("EISFitpython/s04147-200deg.txt", 40),
            Map.entry("pyimpspec/drift-corrected-data.dta", 55));

    /** File below {@code refdata/eis}, or {@value #TINY}. */
    @Param({TINY, "impedance.py/exampleData.csv", "impedance.py/exampleDataBioLogic.mpt",
        "impedance.py/exampleDataGamry.DTA", "impedance.py/exampleDataZPlot_noComments.z", "pyDRTtools/LIB_data.txt",
        "EISFitpython/s04147-140deg.txt", "EISFitpython/s04147-160deg.txt", "EISFitpython/s04147-170deg.txt",
        "EISFitpython/s04147-180deg.txt", "EISFitpython/s04147-200deg.txt"})
    public String file;

    byte[] content;

    /** Loads the bytes and checks the point count once. */
    @Setup
    public void setup() {
        content = TINY.equals(file)
                ? "f,Zre,Zim\n1000,10.5,-0.2\n100,12.0,-2.5\n10,20.1,-6.0\n".getBytes(StandardCharsets.UTF_8)
                : BenchData.bytes(file);
        Integer expected = POINTS.get(file);
        if (expected == null) {
            throw new IllegalStateException("no reference point count for " + file);
        }
        List<ImpedanceSpectrum> spectra = read();
        BenchData.requireEqual(file + " points", spectra.get(0).size(), expected);
    }

    /** @return the spectra read from the bytes */
    @Benchmark
    public List<ImpedanceSpectrum> read() {
        return ImpedanceFiles.read(file, content);
    }
}
