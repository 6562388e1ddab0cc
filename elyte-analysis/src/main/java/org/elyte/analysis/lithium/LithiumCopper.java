package org.elyte.analysis.lithium;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.elyte.core.error.AnalysisException;
import org.elyte.core.error.InvalidInputException;
import org.elyte.core.provenance.Provenance;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Recording;

/**
 * Li||Cu plating and stripping: per cycle the nucleation overpotential (the dip at the start of
 * plating against the plating plateau), the Coulombic efficiency Q_strip / Q_plate, and optionally
 * the Aurbach average efficiency ({@link AurbachEfficiency}). A cycle is a plating step followed by
 * the next stripping step; a stripping step before the first plating and a final plating without
 * stripping are left out with a warning.
 */
public final class LithiumCopper {
    /** Method name in provenance. */
    public static final String METHOD = "lithium.copper";
    /** Method version. */
    public static final String VERSION = "1.0";

    private LithiumCopper() {
    }

    /**
     * @param recording TEST_TIME (s), VOLTAGE (V), CURRENT (A)
     * @param options options
     * @return cycles and efficiencies
     * @throws AnalysisException without a complete plating/stripping cycle
     */
    public static LithiumCopperResult analyze(Recording recording, LithiumCopperOptions options) {
        String src = recording.metadata().sourceFile().orElse("recording");
        double[] t = recording.require(Quantity.TEST_TIME);
        double[] v = recording.require(Quantity.VOLTAGE);
        double[] i = recording.require(Quantity.CURRENT);
        List<CurrentStep> steps = CurrentSteps.split(i, options.restFraction(), src);
        int ps = options.plating().sign();
        List<PlatingCycle> cycles = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (!steps.isEmpty() && steps.get(0).sign() != ps) {
            warnings.add("the record starts with a stripping step, left out");
        }
        for (int k = 0; k < steps.size(); k++) {
            CurrentStep p = steps.get(k);
            if (p.sign() != ps) {
                continue;
            }
            if (k + 1 >= steps.size()) {
                warnings.add("the last plating step has no stripping step after it, left out");
                break;
            }
            CurrentStep s = steps.get(k + 1);
            double plated = Stats.absIntegral(t, i, p.from(), p.to()) / 3600;
            double stripped = Stats.absIntegral(t, i, s.from(), s.to()) / 3600;
            double[] u = new double[p.rows()];
            for (int r = 0; r < u.length; r++) {
                u[r] = ps < 0 ? -v[p.from() + r] : v[p.from() + r];
            }
            double t0 = t[p.from()];
            double t1 = t[p.to() - 1];
            int plateauFrom = 0;
            while (plateauFrom < u.length - 1 && t[p.from() + plateauFrom] < t0 + options.plateauStartFraction() * (t1 - t0)) {
                plateauFrom++;
            }
            double plateau = Stats.median(u, plateauFrom, u.length);
            double dip = java.util.Arrays.stream(u).max().orElse(Double.NaN);
            cycles.add(new PlatingCycle(cycles.size() + 1, t0, plated, stripped, stripped / plated, dip, plateau,
                    dip - plateau));
            k++;
        }
        if (cycles.isEmpty()) {
            throw new AnalysisException(src + ": no plating step followed by a stripping step (found " + steps.size()
                    + " current steps; plating current is " + options.plating().name().toLowerCase(java.util.Locale.ROOT) + ")");
        }
        double meanCe = cycles.size() == 1 ? cycles.get(0).coulombicEfficiency()
                : cycles.subList(1, cycles.size()).stream().mapToDouble(PlatingCycle::coulombicEfficiency).average()
                        .orElse(Double.NaN);
        Optional<AurbachEfficiency> aurbach = options.aurbach() ? Optional.of(aurbach(cycles, options, src))
                : Optional.empty();
        Provenance prov = Provenance.of(METHOD, VERSION).withOption("plating", options.plating())
                .withOption("plateauStartFraction", options.plateauStartFraction())
                .withOption("aurbach", options.aurbach())
                .withOption("reservoirCycle", options.reservoirCycle().isPresent() ? options.reservoirCycle().getAsInt()
                        : "auto");
        Provenance p = recording.metadata().sha256().map(prov::withInput).orElse(prov);
        return new LithiumCopperResult(cycles, meanCe, aurbach, warnings, p);
    }

    private static AurbachEfficiency aurbach(List<PlatingCycle> cycles, LithiumCopperOptions o, String src) {
        int k;
        if (o.reservoirCycle().isPresent()) {
            k = o.reservoirCycle().getAsInt() - 1;
            if (k >= cycles.size()) {
                throw new InvalidInputException("reservoir cycle " + (k + 1) + ": " + src + " has " + cycles.size()
                        + " cycles");
            }
        } else {
            k = -1;
            for (int c = cycles.size() - 2; c >= 0 && k < 0; c--) {
                double[] later = cycles.subList(c + 1, cycles.size()).stream().mapToDouble(PlatingCycle::platedAh)
                        .toArray();
                if (cycles.get(c).platedAh() > 2 * Stats.median(later)) {
                    k = c;
                }
            }
            if (k < 0) {
                throw new AnalysisException(src + ": no reservoir plating found for the Aurbach efficiency (no cycle"
                        + " plated more than twice the median of the cycles after it); give the reservoir cycle");
            }
        }
        int n = cycles.size() - 1 - k;
        if (n < 1) {
            throw new AnalysisException(src + ": the Aurbach efficiency needs at least one Q_C cycle after the"
                    + " reservoir cycle " + (k + 1) + "; the record ends there");
        }
        double qT = cycles.get(k).platedAh();
        double qC = 0;
        double plated = 0;
        double stripped = 0;
        for (int c = k; c < cycles.size(); c++) {
            plated += cycles.get(c).platedAh();
            stripped += cycles.get(c).strippedAh();
            if (c < cycles.size() - 1) {
                qC += cycles.get(c).strippedAh();
            }
        }
        qC /= n;
        double qS = cycles.get(cycles.size() - 1).strippedAh();
        return new AurbachEfficiency(k + 1, qT, qC, n, qS, stripped / plated);
    }
}
