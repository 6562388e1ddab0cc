package org.elyte.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.elyte.core.recording.Recording;
import org.elyte.io.recording.RecordingFiles;
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
 * Fixed cost of reading a small cycler file: {@link RecordingFiles#read(String, byte[])} (detection,
 * parsing, SHA-256, metadata) of the smallest reference file of each format, bytes in memory.
 * {@code @Setup} checks the row count the elyte-io tests assert for the file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SmallFileBenchmark {
    /** Rows of each file (as the elyte-io tests and SOURCES.md give them). */
    static final Map<String, Integer> ROWS = Map.of(
            "battery-data-format/sample.bdf.csv", 3,
            "PyProBE/Sample_data_biologic_no_header.mpt", 13,
            "yadg/gcpl.issue_226.I.mpr", 15,
            "navani/test.ndax", 1464,
            "NewareNDA/new_nda_file.nda", 439);

    /** File below {@code <elyte.refdata>/cycling}. */
    @Param({"battery-data-format/sample.bdf.csv", "PyProBE/Sample_data_biologic_no_header.mpt",
        "yadg/gcpl.issue_226.I.mpr", "navani/test.ndax", "NewareNDA/new_nda_file.nda"})
    public String file;

    String name;
    byte[] content;

    /** Loads the file and checks its row count. */
    @Setup
    public void setup() {
        content = CyclerData.bytes(file);
        name = file.substring(file.lastIndexOf('/') + 1);
        Integer rows = ROWS.get(file);
        if (rows == null) {
            throw new IllegalStateException("no reference row count for " + file);
        }
        BenchData.requireEqual(file + " rows", read().rows(), rows);
    }

    /** @return the recording */
    @Benchmark
    public Recording read() {
        return RecordingFiles.read(name, content);
    }
}
