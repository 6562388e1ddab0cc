package org.elyte.io.neware;

import static org.elyte.io.neware.NdcPages.f32;
import static org.elyte.io.neware.NdcPages.i16;
import static org.elyte.io.neware.NdcPages.i32;
import static org.elyte.io.neware.NdcPages.i64;
import static org.elyte.io.neware.NdcPages.u16;
import static org.elyte.io.neware.NdcPages.u32;
import static org.elyte.io.neware.NdcPages.u8;


import org.elyte.core.error.FormatException;

/**
 * Decodes the {@code .ndc} tables of an {@code .ndax}: byte 0 is the table type (1 data, 5
 * auxiliary channel, 7 steps, 18 runInfo), byte 2 the version. Supported: data v2, v5 (integer
 * records with everything in them), v11, v14, v16, v17 (voltage and current only); runInfo and
 * steps v11, v14, v16, v17; auxiliary v2, v5, v11/v16 (voltage + temperature) and v14/v17 (one
 * float per row). Anything else is a format error naming the type and version.
 */
final class NdcDecoder {
    static final int DATA = 1;
    static final int AUX = 5;
    static final int STEP = 7;
    static final int RUN_INFO = 18;
    private static final int PAGE = 4096;
    private static final int START = 132;

    private NdcDecoder() {
    }

    static int type(byte[] b) {
        return u8(b, 0);
    }

    static int version(byte[] b) {
        return u8(b, 2);
    }

    static NdcTable decode(String source, byte[] b) {
        if (b.length < 8) {
            throw FormatException.atOffset(source, b.length, "ndc table shorter than its 8-byte header");
        }
        int type = type(b);
        int v = version(b);
        return switch (type) {
            case DATA -> data(source, b, v);
            case RUN_INFO -> runInfo(source, b, v);
            case STEP -> steps(source, b, v);
            case AUX -> aux(source, b, v);
            default -> throw unsupported(source, type, v);
        };
    }

    private static FormatException unsupported(String source, int type, int v) {
        return FormatException.atOffset(source, 0, "ndc table type " + type + " version " + v + " is not supported");
    }

    private static NdcTable data(String source, byte[] b, int v) {
        switch (v) {
            case 2:
                return integerRecords(source, b, NdcPages.rows(b, 512, 5, 94, false, 8), 8, 4, 9, 15, 23, 27, 35, 67, 74);
            case 5:
                return integerRecords(source, b, NdcPages.rows(b, PAGE, START, 87, true, -1), 1, 4, 9, 15, 23, 27, 35, 67, 74);
            case 11, 14, 16, 17:
                break;
            default:
                throw unsupported(source, DATA, v);
        }
        int[] rows = NdcPages.rows(b, PAGE, START, 8, true, -1);
        NdcTable t = new NdcTable(rows.length);
        t.index = new double[rows.length];
        t.voltage = new double[rows.length];
        t.current = new double[rows.length];
        double vScale = v == 14 || v == 17 ? 1 : 1e-4;
        double iScale = v == 14 || v == 17 ? 1000 : 1;
        for (int r = 0; r < rows.length; r++) {
            t.index[r] = r + 1;
            t.voltage[r] = f32(b, rows[r]) * vScale;
            t.current[r] = f32(b, rows[r] + 4) * iScale;
        }
        return t;
    }

    /**
     * Integer records (v2, v5). Offsets relative to the record index field {@code ix}: cycle +4,
     * step +8, type +9, step time (u64 ms) +15, voltage (i32 0.1 mV) +23, current +27, four
     * capacities/energies (i64) from +35, date (u16 year, u8 month … second) +67, range (i32) +74.
     */
    private static NdcTable integerRecords(String source, byte[] b, int[] rows, int ix, int dCycle, int dType,
            int dTime, int dVolt, int dCurr, int dCap, int dDate, int dRange) {
        NdcTable t = new NdcTable(rows.length);
        int n = rows.length;
        t.index = new double[n];
        t.cycle = new double[n];
        t.stepIndex = new double[n];
        t.stepType = new double[n];
        t.stepTime = new double[n];
        t.voltage = new double[n];
        t.current = new double[n];
        t.chargeCapacity = new double[n];
        t.dischargeCapacity = new double[n];
        t.chargeEnergy = new double[n];
        t.dischargeEnergy = new double[n];
        t.unix = new double[n];
        WallTimes wall = new WallTimes();
        int lastRange = 0;
        double mult = 1;
        for (int r = 0; r < n; r++) {
            int at = rows[r] + ix;
            int range = i32(b, at + dRange);
            if (range != lastRange || r == 0) {
                lastRange = range;
                mult = NewareRanges.factor(source, range, at + dRange);
            }
            t.index[r] = u32(b, at);
            t.cycle[r] = u32(b, at + dCycle) + 1;
            t.stepIndex[r] = u8(b, at + dCycle + 4);
            t.stepType[r] = u8(b, at + dType);
            t.stepTime[r] = i64(b, at + dTime) / 1000.0;
            t.voltage[r] = i32(b, at + dVolt) * 1e-4;
            t.current[r] = i32(b, at + dCurr) * mult;
            t.chargeCapacity[r] = i64(b, at + dCap) * mult / 3600;
            t.dischargeCapacity[r] = i64(b, at + dCap + 8) * mult / 3600;
            t.chargeEnergy[r] = i64(b, at + dCap + 16) * mult / 3600;
            t.dischargeEnergy[r] = i64(b, at + dCap + 24) * mult / 3600;
            t.unix[r] = wall.at(b, at + dDate);
        }
        return t;
    }

    private static NdcTable runInfo(String source, byte[] b, int v) {
        int size = switch (v) {
            case 11 -> 47;
            case 14 -> 55;
            case 16, 17 -> 100;
            default -> throw unsupported(source, RUN_INFO, v);
        };
        double capScale = v == 14 || v == 17 ? 1000 : 1 / 3600.0;
        int[] rows = NdcPages.rows(b, PAGE, START, size, true, -1);
        int n = rows.length;
        NdcTable t = new NdcTable(n);
        t.stepTime = new double[n];
        t.chargeCapacity = new double[n];
        t.dischargeCapacity = new double[n];
        t.chargeEnergy = new double[n];
        t.dischargeEnergy = new double[n];
        t.dt = new double[n];
        t.unix = new double[n];
        t.stepCount = new double[n];
        t.index = new double[n];
        t.trueUnixTime = true;
        for (int r = 0; r < n; r++) {
            int at = rows[r];
            t.stepTime[r] = u32(b, at) / 1000.0;
            t.chargeCapacity[r] = f32(b, at + 5) * capScale;
            t.dischargeCapacity[r] = f32(b, at + 9) * capScale;
            t.chargeEnergy[r] = f32(b, at + 13) * capScale;
            t.dischargeEnergy[r] = f32(b, at + 17) * capScale;
            t.dt[r] = i32(b, at + 29) / 1000.0;
            int ms = v == 14 ? i16(b, at + 45) : u16(b, at + 45);
            t.unix[r] = u32(b, at + 33) + ms / 1000.0;
            t.stepCount[r] = u32(b, at + 37);
            t.index[r] = u32(b, at + 41);
        }
        return t;
    }

    private static NdcTable steps(String source, byte[] b, int v) {
        int size = switch (v) {
            case 11, 14 -> 37;
            case 16, 17 -> 100;
            default -> throw unsupported(source, STEP, v);
        };
        int[] rows = NdcPages.rows(b, PAGE, START, size, true, -1);
        NdcTable t = new NdcTable(rows.length);
        t.cycle = new double[rows.length];
        t.stepIndex = new double[rows.length];
        t.stepType = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            t.cycle[r] = u32(b, rows[r]) + 1;
            t.stepIndex[r] = u32(b, rows[r] + 4);
            t.stepType[r] = u8(b, rows[r] + 24);
        }
        return t;
    }

    private static NdcTable aux(String source, byte[] b, int v) {
        int[] rows;
        NdcTable t;
        switch (v) {
            case 2, 5 -> {
                int ix = v == 2 ? 8 : 1;
                rows = v == 2 ? NdcPages.rows(b, 512, 5, 94, false, 8) : NdcPages.rows(b, PAGE, START, 87, true, -1);
                t = new NdcTable(rows.length);
                t.index = new double[rows.length];
                t.voltage = new double[rows.length];
                t.auxTemperature = new double[rows.length];
                for (int r = 0; r < rows.length; r++) {
                    int at = rows[r] + ix;
                    t.index[r] = u32(b, at);
                    t.voltage[r] = i32(b, at + 23) * 1e-4;
                    t.auxTemperature[r] = i16(b, at + 33) * 0.1;
                }
            }
            case 14, 17 -> {
                rows = NdcPages.rows(b, PAGE, START, 4, true, -1);
                t = new NdcTable(rows.length);
                t.index = new double[rows.length];
                t.auxValue = new double[rows.length];
                for (int r = 0; r < rows.length; r++) {
                    t.index[r] = r + 1;
                    t.auxValue[r] = f32(b, rows[r]);
                }
            }
            case 11, 16 -> {
                if (b.length <= PAGE + START || b[PAGE + START] != 0x65) {
                    throw FormatException.atOffset(source, PAGE + START, "unknown auxiliary record layout (ndc version "
                            + v + ")");
                }
                rows = NdcPages.rows(b, PAGE, START, 7, true, -1);
                t = new NdcTable(rows.length);
                t.index = new double[rows.length];
                t.voltage = new double[rows.length];
                t.auxTemperature = new double[rows.length];
                for (int r = 0; r < rows.length; r++) {
                    t.index[r] = r + 1;
                    t.voltage[r] = f32(b, rows[r] + 1) / 10000;
                    t.auxTemperature[r] = i16(b, rows[r] + 5) * 0.1;
                }
            }
            default -> throw unsupported(source, AUX, v);
        }
        return t;
    }
}
