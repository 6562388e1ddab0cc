package org.elyte.analysis.cycling;

import static org.elyte.analysis.cycling.CycleTable.EDIS;
import static org.elyte.analysis.cycling.CycleTable.ECH;
import static org.elyte.analysis.cycling.CycleTable.FIELDS;
import static org.elyte.analysis.cycling.CycleTable.QCH_COL;
import static org.elyte.analysis.cycling.CycleTable.QCH_INT;
import static org.elyte.analysis.cycling.CycleTable.QDIS_COL;
import static org.elyte.analysis.cycling.CycleTable.QDIS_INT;
import static org.elyte.analysis.cycling.CycleTable.TCH;
import static org.elyte.analysis.cycling.CycleTable.TDIS;
import static org.elyte.analysis.cycling.CycleTable.T_LAST;
import static org.elyte.analysis.cycling.CycleTable.VEND_CH;
import static org.elyte.analysis.cycling.CycleTable.VEND_DIS;
import static org.elyte.analysis.cycling.CycleTable.VMAX;
import static org.elyte.analysis.cycling.CycleTable.VMIN;

import org.elyte.core.error.InvalidInputException;

/**
 * The single pass of {@link CycleSummary}: for each row, finds its cycle and half cycle, integrates
 * I and V·I over the interval from the previous row (trapezoid, split at the zero crossing of I),
 * accumulates the capacity columns' increases, and tracks end, maximum and minimum voltages.
 * The interval between two rows belongs to the cycle and half cycle of the later row.
 */
final class CyclePass {
    private static final double SECONDS_PER_HOUR = 3600;

    private CyclePass() {
    }

    /**
     * @param t time, s
     * @param v voltage, V
     * @param cur current, A (positive charging)
     * @param cyc instrument cycle count, or null to derive cycles from the current
     * @param qc charging-capacity column, Ah, or null
     * @param qd discharging-capacity column, Ah, or null (with qc)
     * @param zero zero-current threshold, A
     * @param startSign sign of the current that opens a derived cycle (+1 charge, −1 discharge)
     * @param src source name for messages
     * @return the filled table
     */
    static CycleTable run(double[] t, double[] v, double[] cur, double[] cyc, double[] qc, double[] qd,
                          double zero, int startSign, String src) {
        CycleTable tb = new CycleTable();
        int n = t.length;
        int derived = 1;
        int lastSign = 0;
        int halfSign = 0;
        for (int i = 0; i < n; i++) {
            double ti = t[i];
            double vi = v[i];
            double ii = cur[i];
            if (!(Math.abs(ti) <= Double.MAX_VALUE) || !(Math.abs(vi) <= Double.MAX_VALUE)) {
                throw new InvalidInputException(src + ": time or voltage is not a finite number at row " + (i + 1)
                        + " (" + ti + " s, " + vi + " V)");
            }
            int s = ii > zero ? 1 : (ii < -zero ? -1 : 0);
            boolean newCycle;
            int number;
            if (cyc != null) {
                double c = cyc[i];
                if (!(Math.abs(c) <= Integer.MAX_VALUE)) {
                    throw new InvalidInputException(src + ": cycle count is not a number at row " + (i + 1));
                }
                newCycle = i == 0 || c != cyc[i - 1];
                number = (int) c;
            } else {
                newCycle = i == 0;
                if (s == startSign && lastSign == -startSign) {
                    derived++;
                    newCycle = true;
                }
                number = derived;
            }
            if (s != 0) {
                lastSign = s;
            }
            if (newCycle) {
                tb.open(number, i, ti);
            }
            if (s != 0 && s != halfSign) {
                tb.openHalf();
                halfSign = s;
            }
            int k = tb.cycles - 1;
            int h = tb.halves - 1;
            int o = k * FIELDS;
            double[] a = tb.values;
            if (i > 0) {
                double dt = ti - t[i - 1];
                if (dt < 0) {
                    throw new InvalidInputException(src + ": time runs backwards at row " + (i + 1) + " ("
                            + t[i - 1] + " s, then " + ti + " s)");
                }
                double i0 = cur[i - 1];
                double v0 = v[i - 1];
                double qpos = 0;
                double qneg = 0;
                double epos = 0;
                double eneg = 0;
                if (i0 >= 0 && ii >= 0) {
                    double m = 0.5 * (i0 + ii);
                    qpos = m * dt;
                    epos = 0.5 * (i0 * v0 + ii * vi) * dt;
                    if (m > zero) {
                        a[o + TCH] += dt;
                    }
                } else if (i0 <= 0 && ii <= 0) {
                    double m = -0.5 * (i0 + ii);
                    qneg = m * dt;
                    eneg = -0.5 * (i0 * v0 + ii * vi) * dt;
                    if (m > zero) {
                        a[o + TDIS] += dt;
                    }
                } else {
                    double d1 = i0 / (i0 - ii) * dt;
                    double d2 = dt - d1;
                    double q1 = 0.5 * i0 * d1;
                    double q2 = 0.5 * ii * d2;
                    double e1 = 0.5 * i0 * v0 * d1;
                    double e2 = 0.5 * ii * vi * d2;
                    if (i0 > 0) {
                        qpos = q1;
                        epos = e1;
                        qneg = -q2;
                        eneg = -e2;
                        a[o + TCH] += d1;
                        a[o + TDIS] += d2;
                    } else {
                        qneg = -q1;
                        eneg = -e1;
                        qpos = q2;
                        epos = e2;
                        a[o + TDIS] += d1;
                        a[o + TCH] += d2;
                    }
                }
                qpos /= SECONDS_PER_HOUR;
                qneg /= SECONDS_PER_HOUR;
                a[o + QCH_INT] += qpos;
                a[o + QDIS_INT] += qneg;
                a[o + ECH] += epos / SECONDS_PER_HOUR;
                a[o + EDIS] += eneg / SECONDS_PER_HOUR;
                double dch = qpos;
                double ddis = qneg;
                if (qc != null) {
                    dch = increment(qc[i - 1], qc[i]);
                    ddis = increment(qd[i - 1], qd[i]);
                    a[o + QCH_COL] += dch;
                    a[o + QDIS_COL] += ddis;
                }
                if (h >= 0) {
                    tb.halfCharge[h] += dch;
                    tb.halfDischarge[h] += ddis;
                }
            } else if (qc != null) {
                a[o + QCH_COL] += increment(0, qc[0]);
                a[o + QDIS_COL] += increment(0, qd[0]);
            }
            if (h >= 0) {
                tb.halfLastCycle[h] = k;
            }
            if (s > 0) {
                a[o + VEND_CH] = vi;
            } else if (s < 0) {
                a[o + VEND_DIS] = vi;
            }
            if (vi > a[o + VMAX]) {
                a[o + VMAX] = vi;
            }
            if (vi < a[o + VMIN]) {
                a[o + VMIN] = vi;
            }
            a[o + T_LAST] = ti;
            tb.lastRow[k] = i;
        }
        return tb;
    }

    /**
     * Increase of a capacity column from one row to the next: the difference when it rises, the new
     * value when it falls to less than half of the old one (a restart from zero), 0 for a smaller fall
     * (noise) or a missing value.
     */
    static double increment(double prev, double now) {
        if (!(now > 0)) {
            return 0;
        }
        if (!(prev > 0)) {
            return now;
        }
        if (now >= prev) {
            return now - prev;
        }
        return now < 0.5 * prev ? now : 0;
    }
}
