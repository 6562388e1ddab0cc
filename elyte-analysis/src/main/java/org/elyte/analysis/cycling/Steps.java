package org.elyte.analysis.cycling;

import java.util.ArrayList;
import java.util.List;

import org.elyte.core.error.AnalysisException;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Recording;

/**
 * Splits a recording into steps and classifies each. A new step begins where the instrument's
 * {@code Step Count} (else {@code Step Index}) changes; without either, where the current changes class
 * (negative, zero, positive; zero = |I| ≤ 0.5 % of the largest |I| by default) or the cycle count changes. Each step is
 * then, in this order: {@link StepKind#OPEN_CIRCUIT} or {@link StepKind#REST} at zero current (before or
 * after any current has flowed); {@link StepKind#CONSTANT_CURRENT} when std(I)/|mean I| ≤ the current-noise
 * tolerance, turned into {@link StepKind#PULSE} when it lasts no longer than the pulse limit and a
 * zero-current step comes right before or after it (a short CC step between a discharge and a CV is not a pulse);
 * {@link StepKind#CONSTANT_VOLTAGE} when max V − min V ≤ the flatness tolerance; else {@link StepKind#OTHER}.
 * Mean and spread are computed with Welford's update, so noise of either sign does not break a step.
 */
public final class Steps {
    private Steps() {
    }

    /**
     * @param recording recording with time, voltage and current
     * @param options thresholds
     * @return the steps in order
     * @throws AnalysisException when time, voltage or current is missing or the recording is empty
     */
    public static List<Step> classify(Recording recording, StepOptions options) {
        String src = recording.metadata().sourceFile().orElse("recording");
        for (Quantity q : List.of(Quantity.TEST_TIME, Quantity.VOLTAGE, Quantity.CURRENT)) {
            if (!recording.has(q)) {
                throw new AnalysisException(src + ": step classification needs a '" + q.label() + "' column");
            }
        }
        if (recording.rows() == 0) {
            throw new AnalysisException(src + ": the recording has no rows");
        }
        double[] t = recording.require(Quantity.TEST_TIME);
        double[] v = recording.require(Quantity.VOLTAGE);
        double[] cur = recording.require(Quantity.CURRENT);
        double[] id = recording.column(Quantity.STEP_COUNT).or(() -> recording.column(Quantity.STEP_ID))
                .orElse(null);
        double[] cyc = recording.column(Quantity.CYCLE_COUNT).orElse(null);
        double max = 0;
        for (double c : cur) {
            max = Math.max(max, Math.abs(c));
        }
        double zero = options.zeroCurrentFraction() * max;
        List<Step> out = new ArrayList<>();
        boolean flowed = false;
        int start = 0;
        for (int i = 1; i <= cur.length; i++) {
            boolean boundary = i == cur.length || (id != null ? id[i] != id[i - 1]
                    : cls(cur[i], zero) != cls(cur[i - 1], zero) || (cyc != null && cyc[i] != cyc[i - 1]));
            if (boundary) {
                Step s = step(out.size(), start, i - 1, t, v, cur, zero, flowed, options);
                flowed |= s.kind() != StepKind.OPEN_CIRCUIT && s.kind() != StepKind.REST;
                out.add(s);
                start = i;
            }
        }
        for (int k = 0; k < out.size(); k++) {
            Step s = out.get(k);
            boolean restBefore = k > 0 && isZero(out.get(k - 1).kind());
            boolean restAfter = k + 1 < out.size() && isZero(out.get(k + 1).kind());
            if (s.kind() == StepKind.CONSTANT_CURRENT && s.durationS() <= options.pulseMaxDurationS()
                    && (restBefore || restAfter)) {
                out.set(k, new Step(s.index(), s.firstRow(), s.lastRow(), StepKind.PULSE, s.meanCurrentA(),
                        s.currentSpread(), s.startVoltageV(), s.endVoltageV(), s.voltageRangeV(), s.durationS()));
            }
        }
        return out;
    }

    private static boolean isZero(StepKind k) {
        return k == StepKind.REST || k == StepKind.OPEN_CIRCUIT;
    }

    private static int cls(double i, double zero) {
        return i > zero ? 1 : (i < -zero ? -1 : 0);
    }

    private static Step step(int index, int from, int to, double[] t, double[] v, double[] cur, double zero,
                             boolean flowed, StepOptions o) {
        double mean = 0;
        double m2 = 0;
        double vmin = Double.POSITIVE_INFINITY;
        double vmax = Double.NEGATIVE_INFINITY;
        for (int i = from; i <= to; i++) {
            int n = i - from + 1;
            double d = cur[i] - mean;
            mean += d / n;
            m2 += d * (cur[i] - mean);
            vmin = Math.min(vmin, v[i]);
            vmax = Math.max(vmax, v[i]);
        }
        int n = to - from + 1;
        double sd = n > 1 ? Math.sqrt(m2 / (n - 1)) : 0;
        double duration = t[to] - t[from];
        boolean atZero = Math.abs(mean) <= zero;
        double spread = atZero ? Double.NaN : sd / Math.abs(mean);
        StepKind kind;
        if (atZero) {
            kind = flowed ? StepKind.REST : StepKind.OPEN_CIRCUIT;
        } else if (spread <= o.currentNoise()) {
            kind = StepKind.CONSTANT_CURRENT;
        } else if (vmax - vmin <= o.voltageFlatnessV()) {
            kind = StepKind.CONSTANT_VOLTAGE;
        } else {
            kind = StepKind.OTHER;
        }
        return new Step(index, from, to, kind, mean, spread, v[from], v[to], vmax - vmin, duration);
    }
}
