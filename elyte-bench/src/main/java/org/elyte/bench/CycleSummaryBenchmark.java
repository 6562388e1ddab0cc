package org.elyte.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.elyte.analysis.cycling.CycleMetrics;
import org.elyte.analysis.cycling.CycleOptions;
import org.elyte.analysis.cycling.CycleSummary;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Metadata;
import org.elyte.core.recording.Recording;
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
 * {@link CycleSummary#of} with default options on a synthetic galvanostatic record: {@code cycles}
 * cycles of a constant-current charge (+1 mA, 1 s per row) then discharge (−1 mA), each half cycle
 * {@code rowsPerHalf} rows, with Cycle Count and time, voltage and current columns. {@code @Setup}
 * checks the cycle count and that the middle cycle's charge and discharge capacities are
 * rowsPerHalf × 1 mA × 1 s within one row (where the interval across a half-cycle boundary is
 * counted is a convention of the integration).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CycleSummaryBenchmark {
    /** Number of cycles. */
    @Param({"1000"})
    public int cycles;
    /** Rows per half cycle (1000 cycles × 2 × 5000 = ten million rows). */
    @Param({"5000"})
    public int rowsPerHalf;

    Recording recording;
    final CycleOptions options = CycleOptions.defaults();

    /** Builds the record and checks the summary once. */
    @Setup
    public void setup() {
        int n = cycles * 2 * rowsPerHalf;
        double[] t = new double[n];
        double[] v = new double[n];
        double[] i = new double[n];
        double[] c = new double[n];
        for (int r = 0; r < n; r++) {
            int cycle = r / (2 * rowsPerHalf);
            int k = r % (2 * rowsPerHalf);
            boolean charge = k < rowsPerHalf;
            double x = (double) (charge ? k : k - rowsPerHalf) / rowsPerHalf;
            t[r] = r;
            i[r] = charge ? 1e-3 : -1e-3;
            v[r] = charge ? 3.0 + 1.2 * x : 4.2 - 1.2 * x;
            c[r] = cycle + 1;
        }
        Map<Quantity, double[]> cols = new LinkedHashMap<>();
        cols.put(Quantity.TEST_TIME, t);
        cols.put(Quantity.VOLTAGE, v);
        cols.put(Quantity.CURRENT, i);
        cols.put(Quantity.CYCLE_COUNT, c);
        recording = Recording.of(cols, Metadata.empty().with(Metadata.SOURCE_FILE, "synthetic"));
        List<CycleMetrics> m = summary();
        BenchData.requireEqual("cycles", m.size(), cycles);
        CycleMetrics mid = m.get(cycles / 2);
        // integrated charge of a half cycle of rowsPerHalf rows at 1 mA, 1 s apart: between
        // (rowsPerHalf − 1) and rowsPerHalf mA·s depending on where the boundary interval is counted
        double q = mid.chargeCapacityAh() * 3600 / 1e-3;
        double qd = mid.dischargeCapacityAh() * 3600 / 1e-3;
        if (!(q >= rowsPerHalf - 1 - 1e-6 && q <= rowsPerHalf + 1e-6 && qd >= rowsPerHalf - 1 - 1e-6
                && qd <= rowsPerHalf + 1e-6)) {
            throw new IllegalStateException("cycle " + mid.cycle() + ": charge " + q + " mA·s, discharge " + qd
                    + " mA·s, expected " + rowsPerHalf + " (± one row)");
        }
    }

    /** @return the per-cycle summary */
    @Benchmark
    public List<CycleMetrics> summary() {
        return CycleSummary.of(recording, options);
    }
}
