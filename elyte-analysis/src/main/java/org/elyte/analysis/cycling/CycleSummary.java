package org.elyte.analysis.cycling;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.elyte.core.error.AnalysisException;
import org.elyte.core.error.InvalidInputException;
import org.elyte.core.provenance.Provenance;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Recording;

/**
 * Per-cycle figures of merit of a galvanostatic cycling recording, computed in one pass over the rows
 * with primitive accumulators, after one scan of the current for its largest magnitude (the zero-current
 * threshold) (docs/methods.md, "Galvanostatic cycling"). Needs {@code Test Time},
 * {@code Voltage} and {@code Current} (positive when charging); uses {@code Cycle Count} and the
 * capacity columns when present and asked for.
 */
public final class CycleSummary {
    /** Method name in provenance. */
    public static final String METHOD = "cycling.summary";
    /** Method version in provenance. */
    public static final String VERSION = "1";

    private CycleSummary() {
    }

    /**
     * @param recording a cycler recording
     * @param options options
     * @return one entry per cycle, in recording order
     * @throws AnalysisException if the recording lacks time, voltage or current, or has fewer than two rows
     * @throws InvalidInputException if time runs backwards or a required value is not finite
     */
    public static List<CycleMetrics> of(Recording recording, CycleOptions options) {
        return report(recording, options).cycles();
    }

    /**
     * @param recording a cycler recording
     * @param options options
     * @return the per-cycle summary with provenance and the resolved options
     * @throws AnalysisException if the recording lacks time, voltage or current, or has fewer than two rows
     * @throws InvalidInputException if time runs backwards or a required value is not finite
     */
    public static CycleReport report(Recording recording, CycleOptions options) {
        String src = recording.metadata().sourceFile().orElse("recording");
        int n = recording.rows();
        for (Quantity q : List.of(Quantity.TEST_TIME, Quantity.VOLTAGE, Quantity.CURRENT)) {
            if (!recording.has(q)) {
                throw new AnalysisException(src + ": cycling summary needs a '" + q.label()
                        + "' column; the recording has " + recording.quantities());
            }
        }
        if (n < 2) {
            throw new AnalysisException(src + ": cycling summary needs at least 2 rows, the recording has " + n);
        }
        boolean hasColumns = recording.has(Quantity.CHARGING_CAPACITY) && recording.has(Quantity.DISCHARGING_CAPACITY);
        CapacitySource source = options.capacitySource();
        if (source == CapacitySource.COLUMNS && !hasColumns) {
            throw new AnalysisException(src + ": capacity source COLUMNS needs '" + Quantity.CHARGING_CAPACITY.label()
                    + "' and '" + Quantity.DISCHARGING_CAPACITY.label() + "' columns; use INTEGRATED");
        }
        if (source == CapacitySource.AUTO) {
            source = hasColumns ? CapacitySource.COLUMNS : CapacitySource.INTEGRATED;
        }
        CycleBoundary boundary = options.boundary();
        if (boundary == CycleBoundary.INSTRUMENT && !recording.has(Quantity.CYCLE_COUNT)) {
            boundary = CycleBoundary.CURRENT_SIGN;
        }
        double[] t = recording.require(Quantity.TEST_TIME);
        double[] v = recording.require(Quantity.VOLTAGE);
        double[] cur = recording.require(Quantity.CURRENT);
        double[] cyc = boundary == CycleBoundary.INSTRUMENT ? recording.require(Quantity.CYCLE_COUNT) : null;
        double[] qc = source == CapacitySource.COLUMNS ? recording.require(Quantity.CHARGING_CAPACITY) : null;
        double[] qd = source == CapacitySource.COLUMNS ? recording.require(Quantity.DISCHARGING_CAPACITY) : null;
        double zero = options.zeroCurrentFraction() * maxAbs(cur, src);
        int startSign = options.ceMode() == CoulombicEfficiencyMode.CHARGE_OVER_DISCHARGE ? -1 : 1;
        CycleTable table = CyclePass.run(t, v, cur, cyc, qc, qd, zero, startSign, src);

        double mass = resolve(options.activeMassKg(), recording.metadata().activeMassKg());
        double area = resolve(options.electrodeAreaM2(), recording.metadata().electrodeAreaM2());
        double[] eclab = options.ceMode() == CoulombicEfficiencyMode.ECLAB ? eclabEfficiency(table) : null;
        List<CycleMetrics> out = new ArrayList<>(table.cycles);
        for (int k = 0; k < table.cycles; k++) {
            out.add(metrics(table, k, source, options.ceMode(), mass, area, eclab));
        }
        Provenance p = Provenance.of(METHOD, VERSION)
                .withOption("capacitySource", source + (options.capacitySource() == CapacitySource.AUTO ? " (AUTO)" : ""))
                .withOption("ceMode", options.ceMode())
                .withOption("boundary", boundary + (boundary != options.boundary() ? " (no Cycle Count column)" : ""))
                .withOption("zeroCurrentA", zero)
                .withOption("activeMassKg", mass)
                .withOption("electrodeAreaM2", area);
        if (recording.metadata().sha256().isPresent()) {
            p = p.withInput(recording.metadata().sha256().get());
        }
        return new CycleReport(out, source, boundary, p);
    }

    private static CycleMetrics metrics(CycleTable tb, int k, CapacitySource source, CoulombicEfficiencyMode mode,
                                        double mass, double area, double[] eclab) {
        double qchInt = tb.get(k, CycleTable.QCH_INT);
        double qdisInt = tb.get(k, CycleTable.QDIS_INT);
        boolean cols = source == CapacitySource.COLUMNS;
        double qch = cols ? tb.get(k, CycleTable.QCH_COL) : qchInt;
        double qdis = cols ? tb.get(k, CycleTable.QDIS_COL) : qdisInt;
        double ech = tb.get(k, CycleTable.ECH);
        double edis = tb.get(k, CycleTable.EDIS);
        boolean anode = mode == CoulombicEfficiencyMode.CHARGE_OVER_DISCHARGE;
        double ce = switch (mode) {
            case DISCHARGE_OVER_CHARGE -> ratio(qdis, qch);
            case CHARGE_OVER_DISCHARGE -> ratio(qch, qdis);
            case ECLAB -> eclab[k];
        };
        double ee = anode ? ratio(ech, edis) : ratio(edis, ech);
        double vch = qchInt > 0 ? ech / qchInt : Double.NaN;
        double vdis = qdisInt > 0 ? edis / qdisInt : Double.NaN;
        double tch = tb.get(k, CycleTable.TCH);
        double tdis = tb.get(k, CycleTable.TDIS);
        return new CycleMetrics(tb.number[k], tb.firstRow[k], tb.lastRow[k], qch, qdis,
                qch / mass, qdis / mass, qch * 0.1 / area, qdis * 0.1 / area, ce, ech, edis, ee,
                vch, vdis, vch - vdis, tb.get(k, CycleTable.VEND_CH), tb.get(k, CycleTable.VEND_DIS),
                tb.get(k, CycleTable.VMAX), tb.get(k, CycleTable.VMIN),
                tb.get(k, CycleTable.T_LAST) - tb.get(k, CycleTable.T_FIRST),
                tch > 0 ? qchInt * 3600 / tch : Double.NaN, tdis > 0 ? qdisInt * 3600 / tdis : Double.NaN);
    }

    /** EC-Lab: Q_dis(half 2k+1) / Q_ch(half 2k), given to the cycle holding the end of half 2k+1. */
    private static double[] eclabEfficiency(CycleTable tb) {
        double[] ce = new double[tb.cycles];
        java.util.Arrays.fill(ce, Double.NaN);
        for (int h = 1; h < tb.halves; h += 2) {
            ce[tb.halfLastCycle[h]] = ratio(tb.halfDischarge[h], tb.halfCharge[h - 1]);
        }
        return ce;
    }

    private static double ratio(double num, double den) {
        return den > 0 ? 100 * num / den : Double.NaN;
    }

    private static double resolve(OptionalDouble option, OptionalDouble metadata) {
        if (option.isPresent()) {
            return option.getAsDouble();
        }
        if (metadata.isPresent() && metadata.getAsDouble() > 0) {
            return metadata.getAsDouble();
        }
        return Double.NaN;
    }

    private static double maxAbs(double[] cur, String src) {
        double m = 0;
        for (int i = 0; i < cur.length; i++) {
            double a = Math.abs(cur[i]);
            if (!(a <= Double.MAX_VALUE)) {
                throw new InvalidInputException(src + ": current is not a finite number at row " + (i + 1)
                        + " (" + cur[i] + " A)");
            }
            if (a > m) {
                m = a;
            }
        }
        if (m == 0) {
            throw new AnalysisException(src + ": the current is zero on every row; nothing was cycled");
        }
        return m;
    }
}
