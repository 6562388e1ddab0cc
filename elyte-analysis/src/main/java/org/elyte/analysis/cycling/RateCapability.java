package org.elyte.analysis.cycling;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.elyte.core.error.AnalysisException;
import org.elyte.core.provenance.Provenance;

/**
 * Rate capability from per-cycle metrics: consecutive cycles whose mean current (discharge by default)
 * stays within a relative tolerance of the block's first cycle form a block; each block's current is
 * expressed as a C-rate, its capacity as mean and sample standard deviation, its retention against the
 * first block, and the recovery as the last later block at the first block's current.
 */
public final class RateCapability {
    /** Method name in provenance. */
    public static final String METHOD = "cycling.rate";

    private RateCapability() {
    }

    /**
     * @param cycles per-cycle metrics in order
     * @param options options
     * @return the blocks
     * @throws AnalysisException when no cycle carries current in the chosen direction
     */
    public static RateResult of(List<CycleMetrics> cycles, RateOptions options) {
        double oneC = options.oneCAh();
        boolean dis = options.basis() == CapacityBasis.DISCHARGE;
        List<CycleMetrics> used = cycles.stream()
                .filter(c -> (dis ? c.meanDischargeCurrentA() : c.meanChargeCurrentA()) > 0).toList();
        if (used.isEmpty()) {
            throw new AnalysisException("no cycle has a " + (dis ? "discharge" : "charge") + " current; no rate blocks");
        }
        List<List<CycleMetrics>> groups = new ArrayList<>();
        List<CycleMetrics> cur = new ArrayList<>();
        double i0 = Double.NaN;
        for (CycleMetrics c : used) {
            double i = dis ? c.meanDischargeCurrentA() : c.meanChargeCurrentA();
            if (cur.isEmpty() || Math.abs(i - i0) > options.currentTolerance() * i0) {
                if (!cur.isEmpty()) {
                    groups.add(cur);
                }
                cur = new ArrayList<>();
                i0 = i;
            }
            cur.add(c);
        }
        groups.add(cur);
        List<RateBlock> blocks = new ArrayList<>();
        double first = Double.NaN;
        for (List<CycleMetrics> g : groups) {
            double sumI = 0;
            double sumQ = 0;
            for (CycleMetrics c : g) {
                sumI += dis ? c.meanDischargeCurrentA() : c.meanChargeCurrentA();
                sumQ += c.capacityAh(options.basis());
            }
            int n = g.size();
            double meanQ = sumQ / n;
            double ss = 0;
            for (CycleMetrics c : g) {
                double d = c.capacityAh(options.basis()) - meanQ;
                ss += d * d;
            }
            if (blocks.isEmpty()) {
                first = meanQ;
            }
            double current = sumI / n;
            blocks.add(new RateBlock(g.get(0).cycle(), g.get(n - 1).cycle(), n, current, current / oneC, meanQ,
                    n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN, 100 * meanQ / first));
        }
        OptionalDouble recovery = OptionalDouble.empty();
        RateBlock b0 = blocks.get(0);
        for (int k = 1; k < blocks.size(); k++) {
            RateBlock b = blocks.get(k);
            if (Math.abs(b.currentA() - b0.currentA()) <= options.currentTolerance() * b0.currentA()) {
                recovery = OptionalDouble.of(b.retentionPercent());
            }
        }
        Provenance p = Provenance.of(METHOD, "1").withOption("basis", options.basis()).withOption("oneCAh", oneC)
                .withOption("currentTolerance", options.currentTolerance());
        return new RateResult(blocks, oneC, recovery, p);
    }
}
