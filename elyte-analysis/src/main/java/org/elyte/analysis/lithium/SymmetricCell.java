package org.elyte.analysis.lithium;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import org.elyte.core.error.AnalysisException;
import org.elyte.core.provenance.Provenance;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Recording;

/**
 * Galvanostatic cycling of a symmetric Li|SSE|Li cell: per half cycle the peak overpotential
 * (maximum |V|) and the plateau overpotential (median |V| over the later part of the half cycle),
 * the plated capacity per area, and short-circuit detection.
 *
 * <p>Short criterion: a half cycle is suspect when its plateau overpotential is below
 * {@code shortRatio} × the reference (median plateau of the preceding {@code referenceHalfCycles}
 * healthy half cycles) or below the absolute {@code noiseFloorV}. A short is reported at the first
 * suspect half cycle whose successor is suspect too (a single suspect half cycle followed by a
 * recovery is reported as a warning, a soft short that healed); a suspect last half cycle is
 * reported unconfirmed. The short time is the time after the last row, searched backwards through
 * that half cycle and the one before, whose 5-point median |V| was at or above the threshold.
 */
public final class SymmetricCell {
    /** Method name in provenance. */
    public static final String METHOD = "lithium.symmetric";
    /** Method version. */
    public static final String VERSION = "1.0";

    private SymmetricCell() {
    }

    /**
     * @param recording a record with TEST_TIME (s), VOLTAGE (V), CURRENT (A)
     * @param options options
     * @return half cycles, short, statement
     * @throws AnalysisException with fewer than 2 half cycles or without current
     */
    public static SymmetricCellResult analyze(Recording recording, SymmetricCellOptions options) {
        String src = recording.metadata().sourceFile().orElse("recording");
        double[] t = recording.require(Quantity.TEST_TIME);
        double[] v = recording.require(Quantity.VOLTAGE);
        double[] i = recording.require(Quantity.CURRENT);
        List<CurrentStep> steps = CurrentSteps.split(i, options.restFraction(), src);
        if (steps.size() < 2) {
            throw new AnalysisException(src + ": a symmetric-cell analysis needs at least 2 half cycles (current"
                    + " steps of alternating sign); found " + steps.size());
        }
        double[] absI = java.util.Arrays.stream(i).map(Math::abs).filter(x -> x > 0).toArray();
        double medianI = Stats.median(absI);
        String areaSource;
        double area;
        OptionalDouble md = recording.metadata().electrodeAreaM2();
        if (options.areaM2().isPresent()) {
            area = options.areaM2().getAsDouble();
            areaSource = "option";
        } else if (md.isPresent() && md.getAsDouble() > 0) {
            area = md.getAsDouble();
            areaSource = "metadata";
        } else {
            area = medianI / options.currentDensityAPerM2();
            areaSource = "current / current density";
        }
        List<String> warnings = new ArrayList<>();
        double measuredJ = medianI / area;
        if (Math.abs(measuredJ / options.currentDensityAPerM2() - 1) > 0.05) {
            warnings.add(String.format(Locale.ROOT, "measured current density %.4g mA/cm2 differs from the nominal"
                    + " %.4g mA/cm2 by more than 5 %%", measuredJ / 10, options.currentDensityAPerM2() / 10));
        }
        double[] absV = java.util.Arrays.stream(v).map(Math::abs).toArray();
        List<HalfCycle> cycles = new ArrayList<>();
        List<Double> healthyPlateaus = new ArrayList<>();
        double cumulative = 0;
        ShortCircuit shortCircuit = null;
        int pending = -1;
        double pendingRef = Double.NaN;
        for (int k = 0; k < steps.size(); k++) {
            CurrentStep s = steps.get(k);
            double t0 = t[s.from()];
            double t1 = t[s.to() - 1];
            int plateauFrom = s.from();
            while (plateauFrom < s.to() - 1 && t[plateauFrom] < t0 + options.plateauStartFraction() * (t1 - t0)) {
                plateauFrom++;
            }
            double plateau = Stats.median(absV, plateauFrom, s.to());
            double peak = 0;
            for (int r = s.from(); r < s.to(); r++) {
                peak = Math.max(peak, absV[r]);
            }
            double q = Stats.absIntegral(t, i, s.from(), s.to()) / 3600.0 / area;
            cumulative += q;
            double ref = reference(healthyPlateaus, options.referenceHalfCycles());
            double threshold = Math.max(options.shortRatio() * ref, options.noiseFloorV());
            boolean suspect = plateau < options.noiseFloorV() || (Double.isFinite(ref) && plateau < threshold);
            double meanI = Stats.absIntegral(t, i, s.from(), s.to()) / Math.max(t1 - t0, Double.MIN_NORMAL);
            cycles.add(new HalfCycle(k + 1, t0, t1, s.sign(), meanI, peak, plateau, q, cumulative, suspect));
            if (shortCircuit != null) {
                continue;
            }
            if (suspect) {
                if (pending >= 0) {
                    shortCircuit = locate(t, absV, steps, pending, pendingRef, options, true);
                } else {
                    pending = k;
                    pendingRef = ref;
                }
            } else {
                if (pending >= 0) {
                    warnings.add(String.format(Locale.ROOT, "half cycle %d (%.2f h) lost its polarization but the next"
                            + " one recovered: a transient (soft) short or a measurement glitch", pending + 1,
                            t[steps.get(pending).from()] / 3600));
                    pending = -1;
                }
                healthyPlateaus.add(plateau);
            }
        }
        if (shortCircuit == null && pending >= 0) {
            shortCircuit = locate(t, absV, steps, pending, pendingRef, options, false);
            warnings.add("the last half cycle lost its polarization; the short is not confirmed by a following one");
        }
        int lastHealthy = shortCircuit == null ? steps.size() - 1 : shortCircuit.halfCycle() - 2;
        double start = t[steps.get(0).from()];
        double stableS = shortCircuit == null ? t[steps.get(lastHealthy).to() - 1] - start
                : Math.max(0, shortCircuit.timeS() - start);
        double growth = growth(cycles, lastHealthy);
        String statement = statement(shortCircuit, stableS, options.currentDensityAPerM2(), cycles, lastHealthy);
        Provenance p = Provenance.of(METHOD, VERSION).withOption("currentDensityAPerM2", options.currentDensityAPerM2())
                .withOption("areaM2", area).withOption("areaSource", areaSource)
                .withOption("plateauStartFraction", options.plateauStartFraction())
                .withOption("shortRatio", options.shortRatio()).withOption("noiseFloorV", options.noiseFloorV())
                .withOption("referenceHalfCycles", options.referenceHalfCycles());
        Provenance prov = recording.metadata().sha256().map(p::withInput).orElse(p);
        return new SymmetricCellResult(cycles, area, areaSource, measuredJ, growth, Optional.ofNullable(shortCircuit),
                stableS / 3600.0, statement, warnings, prov);
    }

    private static double reference(List<Double> healthy, int n) {
        if (healthy.isEmpty()) {
            return Double.NaN;
        }
        double[] last = healthy.subList(Math.max(0, healthy.size() - n), healthy.size()).stream()
                .mapToDouble(Double::doubleValue).toArray();
        return Stats.median(last);
    }

    private static ShortCircuit locate(double[] t, double[] absV, List<CurrentStep> steps, int k, double ref,
            SymmetricCellOptions o, boolean confirmed) {
        double threshold = Double.isFinite(ref) ? Math.max(o.shortRatio() * ref, o.noiseFloorV()) : o.noiseFloorV();
        int from = k > 0 ? steps.get(k - 1).from() : steps.get(k).from();
        int to = steps.get(k).to();
        double time = t[from];
        for (int r = to - 1; r >= from; r--) {
            if (median5(absV, r, from, to) >= threshold) {
                time = r + 1 < to ? t[r + 1] : t[r];
                break;
            }
        }
        return new ShortCircuit(time, k + 1, threshold, ref, confirmed);
    }

    private static double median5(double[] v, int r, int from, int to) {
        return Stats.median(v, Math.max(from, r - 2), Math.min(to, r + 3));
    }

    private static double growth(List<HalfCycle> cycles, int lastHealthy) {
        int n = lastHealthy + 1;
        if (n < 2) {
            return Double.NaN;
        }
        double[] x = new double[n];
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = 0.5 * (cycles.get(k).startS() + cycles.get(k).endS());
            y[k] = cycles.get(k).plateauOverpotentialV();
        }
        return Stats.line(x, y)[1];
    }

    private static String statement(ShortCircuit sc, double stableS, double j, List<HalfCycle> cycles,
            int lastHealthy) {
        String jText = new java.math.BigDecimal(String.format(Locale.ROOT, "%.3g", j / 10)).stripTrailingZeros()
                .toPlainString() + " mA/cm2";
        if (lastHealthy < 0) {
            return "short circuit from the first half cycle at " + jText;
        }
        String pol = String.format(Locale.ROOT, "plateau overpotential %.1f -> %.1f mV",
                1e3 * cycles.get(0).plateauOverpotentialV(), 1e3 * cycles.get(lastHealthy).plateauOverpotentialV());
        if (sc == null) {
            return String.format(Locale.ROOT, "stable for %.1f h at %s (%d half cycles, %s, no short circuit)",
                    stableS / 3600, jText, lastHealthy + 1, pol);
        }
        return String.format(Locale.ROOT, "stable for %.1f h at %s (%s); short circuit at %.2f h (half cycle %d)%s",
                stableS / 3600, jText, pol, sc.timeS() / 3600, sc.halfCycle(), sc.confirmed() ? "" : ", unconfirmed");
    }
}
