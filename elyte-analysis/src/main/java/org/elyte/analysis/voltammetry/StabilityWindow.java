package org.elyte.analysis.voltammetry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.elyte.core.error.AnalysisException;
import org.elyte.core.provenance.Provenance;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Recording;

/**
 * Stability window from LSV or CV. The record is split into monotonic sweeps (a new sweep starts
 * when the potential turns back by more than {@code reversalV}); in each sweep the current density
 * j = I / area is taken along the sweep direction (positive for oxidation in an anodic sweep,
 * reduction in a cathodic one).
 *
 * <p>Threshold onset: the potential of the last upward crossing of the threshold, i.e. where the
 * excursion that lasts to the end of the sweep began (so a start-up transient that exceeds the
 * threshold and decays does not count), linearly interpolated between the two rows.
 *
 * <p>Tangent onset: the baseline line is a least-squares fit of j(E) from the sweep start (after
 * {@code skipFraction} of the sweep's span) to 80 % of the way to the threshold onset; the rise
 * tangent is a least-squares line over a window of max(5, 2 % of the sweep's rows) centred on the
 * steepest point after the threshold onset (largest local slope along the sweep direction). The
 * onset is the intersection of the two lines.
 */
public final class StabilityWindow {
    /** Method name in provenance. */
    public static final String METHOD = "voltammetry.stability-window";
    /** Method version. */
    public static final String VERSION = "1.0";

    private StabilityWindow() {
    }

    /**
     * @param recording VOLTAGE (V) and CURRENT (A)
     * @param options options
     * @return sweeps and onsets
     * @throws AnalysisException when no sweep reaches the threshold, or the record has no sweep
     */
    public static StabilityWindowResult analyze(Recording recording, StabilityWindowOptions options) {
        String src = recording.metadata().sourceFile().orElse("recording");
        double[] e = recording.require(Quantity.VOLTAGE);
        double[] i = recording.require(Quantity.CURRENT);
        List<int[]> bounds = Sweeps.split(e, options.reversalV());
        if (bounds.isEmpty()) {
            throw new AnalysisException(src + ": no potential sweep found (the potential moves by less than "
                    + options.reversalV() + " V)");
        }
        List<Sweep> sweeps = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int[] b : bounds) {
            SweepDirection d = e[b[1] - 1] > e[b[0]] ? SweepDirection.ANODIC : SweepDirection.CATHODIC;
            double[] x = java.util.Arrays.copyOfRange(e, b[0], b[1]);
            double[] y = new double[x.length];
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < x.length; k++) {
                y[k] = d.sign() * i[b[0] + k] / options.areaM2();
                max = Math.max(max, y[k]);
            }
            Optional<Onset> onset = Onsets.find(x, y, options, warnings, sweeps.size() + 1);
            sweeps.add(new Sweep(sweeps.size() + 1, d, b[0], b[1], x[0], x[x.length - 1], max, onset));
        }
        if (sweeps.stream().allMatch(s -> s.onset().isEmpty())) {
            Sweep best = sweeps.stream().max(java.util.Comparator.comparingDouble(Sweep::maxCurrentDensityAPerM2))
                    .orElseThrow();
            throw new AnalysisException(String.format(Locale.ROOT, "%s: the current density never reaches the"
                    + " threshold %s uA/cm2 in any of %d sweep(s); the largest along a sweep was %s uA/cm2"
                    + " (sweep %d, %.3f -> %.3f V). Lower --threshold or check the electrode area", src,
                    g4(options.thresholdAPerM2() * 100), sweeps.size(), g4(best.maxCurrentDensityAPerM2() * 100),
                    best.index(), best.startV(), best.endV()));
        }
        Optional<Onset> an = first(sweeps, SweepDirection.ANODIC);
        Optional<Onset> ca = first(sweeps, SweepDirection.CATHODIC);
        Provenance p = Provenance.of(METHOD, VERSION).withOption("areaM2", options.areaM2())
                .withOption("thresholdAPerM2", options.thresholdAPerM2()).withOption("skipFraction",
                        options.skipFraction()).withOption("reversalV", options.reversalV());
        Provenance prov = recording.metadata().sha256().map(p::withInput).orElse(p);
        return new StabilityWindowResult(sweeps, an, ca, warnings, prov);
    }

    private static String g4(double v) {
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.4g", v)).stripTrailingZeros().toPlainString();
    }

    private static Optional<Onset> first(List<Sweep> sweeps, SweepDirection d) {
        return sweeps.stream().filter(s -> s.direction() == d && s.onset().isPresent()).findFirst()
                .flatMap(Sweep::onset);
    }
}
