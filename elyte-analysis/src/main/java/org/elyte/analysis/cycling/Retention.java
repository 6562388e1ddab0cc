package org.elyte.analysis.cycling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

import org.elyte.core.error.AnalysisException;
import org.elyte.core.provenance.Provenance;

/**
 * Capacity retention Q_n/Q_ref, fade, end-of-life cycle and abrupt failure (seed_methods.md §1.7, §3.2).
 * <p>Abrupt failure: the first cycle n after the reference whose capacity is below
 * (1 − drop) × the median capacity of the up to {@code failureWindow} cycles before it (default drop 20 %,
 * window 5), and whose next cycle, when there is one, is below that level too (a single low cycle
 * that recovers is not a failure). A soft short that lets a charge run on lowers the discharge capacity
 * and so trips the same test on the discharge basis.
 */
public final class Retention {
    /** Method name in provenance. */
    public static final String METHOD = "cycling.retention";

    private Retention() {
    }

    /**
     * @param cycles per-cycle metrics in recording order
     * @param options options
     * @return retention, fade, threshold cycle and failure
     * @throws AnalysisException with fewer than two cycles from the reference on, or a reference cycle that is
     *     absent or has no capacity
     */
    public static RetentionResult of(List<CycleMetrics> cycles, RetentionOptions options) {
        int ref = referenceIndex(cycles, options);
        double qRef = cycles.get(ref).capacityAh(options.basis());
        List<RetentionResult.Point> points = new ArrayList<>();
        OptionalInt below = OptionalInt.empty();
        for (int k = ref; k < cycles.size(); k++) {
            CycleMetrics m = cycles.get(k);
            double r = 100 * m.capacityAh(options.basis()) / qRef;
            points.add(new RetentionResult.Point(m.cycle(), m.capacityAh(options.basis()), r));
            if (below.isEmpty() && k > ref && r < options.thresholdPercent()) {
                below = OptionalInt.of(m.cycle());
            }
        }
        if (points.size() < 2) {
            throw new AnalysisException("retention needs at least two cycles from the reference cycle "
                    + cycles.get(ref).cycle() + " on; there are " + points.size());
        }
        RetentionResult.Point last = points.get(points.size() - 1);
        double span = last.cycle() - points.get(0).cycle();
        double fade = span > 0 ? (100 - last.retentionPercent()) / span : Double.NaN;
        Provenance p = Provenance.of(METHOD, "1").withOption("basis", options.basis())
                .withOption("referenceCycle", cycles.get(ref).cycle()).withOption("thresholdPercent", options.thresholdPercent())
                .withOption("failureWindow", options.failureWindow())
                .withOption("failureDropFraction", options.failureDropFraction());
        return new RetentionResult(cycles.get(ref).cycle(), qRef, points, fade, 100 * fade, below,
                failure(cycles, ref, options), p);
    }

    /**
     * Relative capacity loss from cycle a to cycle b, as papers quote "decay of x % over cycles a→b".
     *
     * @param cycles per-cycle metrics
     * @param a earlier cycle number (the reference of the loss)
     * @param b later cycle number
     * @param basis capacity basis
     * @return 100 · (Q_a − Q_b) / Q_a, %
     * @throws AnalysisException when a cycle is absent or Q_a is not positive
     */
    public static double lossPercent(List<CycleMetrics> cycles, int a, int b, CapacityBasis basis) {
        double qa = find(cycles, a).capacityAh(basis);
        double qb = find(cycles, b).capacityAh(basis);
        if (!(qa > 0)) {
            throw new AnalysisException("cycle " + a + " has no " + basis.name().toLowerCase() + " capacity");
        }
        return 100 * (qa - qb) / qa;
    }

    /**
     * @param cycles per-cycle metrics
     * @param options options
     * @return the first cycle whose retention falls below the threshold
     * @throws AnalysisException when the capacity never falls below it
     */
    public static int cycleBelowThreshold(List<CycleMetrics> cycles, RetentionOptions options) {
        return of(cycles, options).cycleBelowThreshold().orElseThrow(() -> new AnalysisException(
                "capacity never falls below " + options.thresholdPercent() + " % of the reference in "
                        + cycles.size() + " cycles"));
    }

    private static OptionalInt failure(List<CycleMetrics> cycles, int ref, RetentionOptions o) {
        for (int k = ref + 1; k < cycles.size(); k++) {
            int from = Math.max(ref, k - o.failureWindow());
            double[] prev = new double[k - from];
            for (int j = from; j < k; j++) {
                prev[j - from] = cycles.get(j).capacityAh(o.basis());
            }
            double level = (1 - o.failureDropFraction()) * median(prev);
            boolean low = !(cycles.get(k).capacityAh(o.basis()) >= level);
            boolean persists = k + 1 == cycles.size() || !(cycles.get(k + 1).capacityAh(o.basis()) >= level);
            if (low && persists) {
                return OptionalInt.of(cycles.get(k).cycle());
            }
        }
        return OptionalInt.empty();
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }

    private static int referenceIndex(List<CycleMetrics> cycles, RetentionOptions o) {
        if (o.referenceCycle().isEmpty()) {
            // default: the first complete cycle (charge and discharge both positive), so that a partial first
            // half cycle (a cell that starts with a discharge, an interrupted formation step) is not the reference
            for (int k = 0; k < cycles.size(); k++) {
                CycleMetrics m = cycles.get(k);
                if (m.chargeCapacityAh() > 0 && m.dischargeCapacityAh() > 0) {
                    return k;
                }
            }
        }
        for (int k = 0; k < cycles.size(); k++) {
            CycleMetrics m = cycles.get(k);
            boolean wanted = o.referenceCycle().isPresent() ? m.cycle() == o.referenceCycle().getAsInt()
                    : m.capacityAh(o.basis()) > 0;
            if (wanted) {
                if (!(m.capacityAh(o.basis()) > 0)) {
                    throw new AnalysisException("reference cycle " + m.cycle() + " has no "
                            + o.basis().name().toLowerCase() + " capacity");
                }
                return k;
            }
        }
        throw new AnalysisException(o.referenceCycle().isPresent()
                ? "reference cycle " + o.referenceCycle().getAsInt() + " is not in the recording"
                : "no cycle has a positive " + o.basis().name().toLowerCase() + " capacity");
    }

    private static CycleMetrics find(List<CycleMetrics> cycles, int n) {
        return cycles.stream().filter(c -> c.cycle() == n).findFirst()
                .orElseThrow(() -> new AnalysisException("cycle " + n + " is not in the recording"));
    }
}
