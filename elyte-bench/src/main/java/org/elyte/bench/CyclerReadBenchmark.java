package org.elyte.bench;

import java.util.concurrent.TimeUnit;

import org.elyte.core.provenance.Sha256;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Metadata;
import org.elyte.core.recording.Recording;
import org.elyte.io.recording.RecordingFiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link RecordingFiles#read(String, byte[])} of large generated cycler files (format detection,
 * parsing into double columns, normalisation, {@code Recording} built), bytes already in memory.
 * Each input repeats the data records of one reference file ({@link CyclerData}); {@code @Setup}
 * checks the row count and sampled voltages of the result against the reference file read alone.
 * {@link #read} includes the SHA-256 of the content (computed on a second thread in parallel with
 * the parsing); {@link #parse} passes the hash computed in {@code @Setup}, so it times parsing only;
 * {@link #sha256} times the hash alone.
 *
 * <p>The heap is pre-touched ({@code -XX:+AlwaysPreTouch}): on this VM the first write to a heap
 * page is a page fault costly enough to dominate a parse and to vary between runs (a Landt
 * 100 MB read took 0.41-0.53 s per call with it, 0.45-2.6 s without; elyte-bench/README.md), and
 * the benchmarks time the readers, not the memory system's first touch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CyclerReadBenchmark {
    /** Input kind: {@code mpr}, {@code nda}, {@code ndax}, {@code mpt}, {@code landt}, {@code bdf}, {@code arbin}. */
    @Param({"mpr", "nda", "ndax", "mpt", "landt", "bdf", "arbin"})
    public String input;
    /** {@code large} (1 GB .mpr, 10 million .nda/.ndax rows, about 100 MB of text) or {@code small} (tests). */
    @Param({"large"})
    public String size;

    String name;
    byte[] content;
    String sha;
    int copies;

    /** Generates the input, reads it once and checks rows and sampled voltages against the reference. */
    @Setup(Level.Trial)
    public void setup() {
        boolean large = "large".equals(size);
        String ref;
        byte[] base;
        switch (input) {
            case "mpr" -> {
                ref = "navani/jdb11-1_c3_gcpl_5cycles_2V-3p8V_C-24_data_C09.mpr";
                base = CyclerData.bytes(ref);
                copies = large ? (int) Math.ceil(1e9 / base.length) : 3;
                content = CyclerData.repeatMpr(base, copies);
            }
            case "nda" -> {
                ref = "NewareNDA/new_nda_file.nda";
                base = CyclerData.bytes(ref);
                copies = copiesFor(base, large);
                content = CyclerData.repeatNda(base, copies);
            }
            case "ndax" -> {
                ref = "navani/test.ndax";
                base = CyclerData.bytes(ref);
                copies = copiesFor(base, large);
                content = CyclerData.repeatNdax(base, copies);
            }
            case "mpt", "landt", "bdf", "arbin" -> {
                ref = switch (input) {
                    case "mpt" -> "yadg/lsv.mpt";
                    case "landt" -> "battery-data-format/SINTEF__LiGrR2032__2024-04-30__25degC__Landt.csv";
                    case "bdf" -> "battery-data-format/SINTEF__LiGrR2032__2024-04-30__25degC__Landt.bdf.csv";
                    default -> "battery-data-toolkit/arbin_example.csv";
                };
                base = CyclerData.bytes(ref);
                int header = switch (input) {
                    case "mpt" -> CyclerData.mptHeaderLines(base);
                    case "landt" -> 7;
                    default -> 1;
                };
                copies = large ? (int) Math.ceil(100e6 / base.length) : 2;
                content = CyclerData.repeatLines(base, header, copies);
            }
            default -> throw new IllegalStateException("unknown input " + input);
        }
        name = ref.substring(ref.lastIndexOf('/') + 1);
        Recording reference = RecordingFiles.read(name, base);
        sha = Sha256.hex(content);
        Recording r = read();
        CyclerData.requireRepeated(input + " voltage", r.require(Quantity.VOLTAGE), reference.require(Quantity.VOLTAGE),
                copies);
        if (!sha.equals(r.metadata().get(Metadata.SOURCE_SHA256).orElse(""))) {
            throw new IllegalStateException(input + ": SHA-256 in the metadata differs from the content's");
        }
    }

    private int copiesFor(byte[] base, boolean large) {
        if (!large) {
            return 2;
        }
        int rows = RecordingFiles.read("x." + input, base).rows();
        return (int) Math.ceil(10e6 / rows);
    }

    /** Drops the generated input. */
    @TearDown(Level.Trial)
    public void tearDown() {
        content = null;
    }

    /** @return bytes of the generated input (for throughput figures) */
    public long bytes() {
        return content.length;
    }

    /** @return the recording, SHA-256 of the content included (on a second thread) */
    @Benchmark
    public Recording read() {
        return RecordingFiles.read(name, content);
    }

    /** @return the recording, with the SHA-256 supplied by the caller (parsing only) */
    @Benchmark
    public Recording parse() {
        return RecordingFiles.read(name, content, sha);
    }

    /** @return the SHA-256 of the content alone */
    @Benchmark
    public String sha256() {
        return Sha256.hex(content);
    }
}
