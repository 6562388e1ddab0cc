package org.elyte.io.neware;

import static org.elyte.io.neware.NdcPages.i32;
import static org.elyte.io.neware.NdcPages.i64;
import static org.elyte.io.neware.NdcPages.u16;
import static org.elyte.io.neware.NdcPages.u32;
import static org.elyte.io.neware.NdcPages.u8;

import java.time.LocalDateTime;

import org.elyte.core.error.FormatException;

/**
 * The integer-record layouts of Neware {@code .nda} files (BTS 7.x and older). Voltage is an
 * i32 in 0.1 mV; current, capacity and energy are integers scaled by the factor of the current
 * range ({@link NewareRanges}): per record from v14 on, else the fixed range stored in the
 * channel block whose offset is the u32 at byte 16 (+26). Rows are the records whose identifier
 * byte (byte 0) is 85 (v14 on) or 0/85 (v5–v8); other identifiers (aux, 101) are read apart.
 */
final class NdaRecords {
    static final int ID_DATA = 85;
    static final int ID_AUX = 101;

    private NdaRecords() {
    }

    /** The fixed current range of the file (used when a record holds none or 0). */
    static int fixedRange(String source, byte[] b) {
        long block = u32(b, 16);
        if (block + 30 > b.length) {
            throw FormatException.atOffset(source, 16, "channel block offset " + block + " beyond the end of the file ("
                    + b.length + " bytes)");
        }
        return i32(b, (int) block + 26);
    }

    /**
     * nda v5–v8: 59-byte records from the offset at byte 64 (length at 68, 0 = to the end): id, index
     * u32, cycle u32, step u8, type u8, step time u32 s, U i32, I i32, 8 bytes, capacity i64, energy
     * i64, Unix time u64 s, 4 bytes.
     */
    static NdcTable v5(String source, byte[] b, int version) {
        long begin = u32(b, 64);
        long len = u32(b, 68);
        if (begin < 72 || begin > b.length) {
            throw FormatException.atOffset(source, 64, "data block offset " + begin + " outside the file");
        }
        int end = (int) (len == 0 ? b.length : Math.min(b.length, begin + len));
        int size = 59;
        int cap = (end - (int) begin) / size;
        NdcTable t = alloc(cap, false);
        double mult = NewareRanges.factor(source, fixedRange(source, b), u32(b, 16) + 26);
        int cycleOffset = version == 5 || version == 7 ? 1 : 0;
        int n = 0;
        for (int at = (int) begin; at + size <= end; at += size) {
            int id = u8(b, at);
            if (id != 0 && id != ID_DATA) {
                continue;
            }
            t.index[n] = u32(b, at + 1);
            t.cycle[n] = u32(b, at + 5) + cycleOffset;
            t.stepIndex[n] = u8(b, at + 9);
            t.stepType[n] = u8(b, at + 10);
            t.stepTime[n] = u32(b, at + 11);
            t.voltage[n] = i32(b, at + 15) * 1e-4;
            double i = i32(b, at + 19) * mult;
            t.current[n] = i;
            split(t, n, i64(b, at + 31) * mult / 3600, i64(b, at + 39) * mult / 3600, i, (int) t.stepType[n]);
            t.unix[n] = i64(b, at + 47);
            t.stepCount[n] = n == 0 ? 1 : t.stepCount[n - 1] + (t.stepIndex[n] != t.stepIndex[n - 1] ? 1 : 0);
            n++;
        }
        t.rows = n;
        return t;
    }

    /**
     * nda v14–v29: 86-byte records from the first {@code marker} (AA 00 01 00 00 00 up to v24,
     * 55 00 01 00 00 00 from v26): id, aux id, index u32, cycle u32 (0-based), step u16, type u8,
     * step change counter u8, step time u64 ms, U i32, I i32, 8 bytes, charge/discharge capacity and
     * energy i64, time (u64 Unix s before v26; u16 year, u8 month, day, hour, minute, second from
     * v26), range i32 at 78, 4 bytes. Aux records (id 101) give temperature (i16 0.1 °C at 34).
     */
    static NdcTable v14(String source, byte[] b, int version) {
        boolean wallDate = version >= 26;
        byte first = (byte) (wallDate ? 0x55 : 0xAA);
        int start = find(b, new byte[] {first, 0, 1, 0, 0, 0}, 72);
        if (start < 0) {
            throw FormatException.atOffset(source, b.length, "nda v" + version + ": no data records (record 1 not found)");
        }
        int size = 86;
        int cap = (b.length - start) / size;
        NdcTable t = alloc(cap, true);
        int fixed = Integer.MIN_VALUE;
        int n = 0;
        int aux = 0;
        WallTimes wall = new WallTimes();
        for (int at = start; at + size <= b.length; at += size) {
            int id = u8(b, at);
            if (id == ID_AUX) {
                t.auxIndex[aux] = u32(b, at + 2);
                t.auxTemperature[aux++] = (short) u16(b, at + 34) * 0.1;
                continue;
            }
            if (id != ID_DATA) {
                continue;
            }
            int range = i32(b, at + 78);
            if (range == 0) {
                if (fixed == Integer.MIN_VALUE) {
                    fixed = fixedRange(source, b);
                }
                range = fixed;
            }
            double mult = NewareRanges.factor(source, range, (long) at + 78);
            t.index[n] = u32(b, at + 2);
            t.cycle[n] = u32(b, at + 6) + 1;
            t.stepIndex[n] = u16(b, at + 10);
            t.stepType[n] = u8(b, at + 12);
            int jump = u8(b, at + 13);
            t.stepTime[n] = i64(b, at + 14) / 1000.0;
            t.voltage[n] = i32(b, at + 22) * 1e-4;
            t.current[n] = i32(b, at + 26) * mult;
            t.chargeCapacity[n] = i64(b, at + 38) * mult / 3600;
            t.dischargeCapacity[n] = i64(b, at + 46) * mult / 3600;
            t.chargeEnergy[n] = i64(b, at + 54) * mult / 3600;
            t.dischargeEnergy[n] = i64(b, at + 62) * mult / 3600;
            t.unix[n] = wallDate ? wall.at(b, at + 70) : i64(b, at + 70);
            boolean newStep = n > 0 && (t.dt[n - 1] != jump || !wallDate && t.stepIndex[n] != t.stepIndex[n - 1]);
            t.dt[n] = jump;
            t.stepCount[n] = n == 0 ? 1 : t.stepCount[n - 1] + (newStep ? 1 : 0);
            n++;
        }
        t.rows = n;
        t.auxRows = aux;
        t.dt = null;
        return t;
    }

    /** Puts a capacity and energy in the charge or discharge columns by the current's sign and step type. */
    static void split(NdcTable t, int r, double capacity, double energy, double current, int type) {
        boolean discharge = current < 0 || current == 0 && NewareStepTypes.name(type).contains("DChg");
        t.chargeCapacity[r] = discharge ? 0 : Math.abs(capacity);
        t.dischargeCapacity[r] = discharge ? Math.abs(capacity) : 0;
        t.chargeEnergy[r] = discharge ? 0 : Math.abs(energy);
        t.dischargeEnergy[r] = discharge ? Math.abs(energy) : 0;
    }

    static NdcTable alloc(int n, boolean withAux) {
        NdcTable t = new NdcTable(n);
        t.index = new double[n];
        t.cycle = new double[n];
        t.stepIndex = new double[n];
        t.stepType = new double[n];
        t.stepTime = new double[n];
        t.stepCount = new double[n];
        t.voltage = new double[n];
        t.current = new double[n];
        t.chargeCapacity = new double[n];
        t.dischargeCapacity = new double[n];
        t.chargeEnergy = new double[n];
        t.dischargeEnergy = new double[n];
        t.unix = new double[n];
        t.dt = new double[n];
        if (withAux) {
            t.auxIndex = new double[n];
            t.auxTemperature = new double[n];
        }
        return t;
    }

    /** Local wall time (u16 year, u8 month, day, hour, minute, second) as seconds, read as if UTC; NaN if invalid. */
    static double wallTime(byte[] b, int at) {
        return epochSecond(u16(b, at), u8(b, at + 2), u8(b, at + 3), u8(b, at + 4), u8(b, at + 5), u8(b, at + 6));
    }

    /**
     * Seconds since 1970-01-01T00:00 of a wall time read as UTC, with the validation of
     * {@code LocalDateTime.of} (month 1–12, day within the month of that year, hour &lt; 24, minute and
     * second &lt; 60) but without allocating or throwing: days from the proleptic Gregorian civil date
     * by the era (400-year) decomposition.
     *
     * @return the seconds, or NaN when a field is out of range
     */
    static double epochSecond(int y, int mo, int d, int h, int mi, int s) {
        if (mo < 1 || mo > 12 || d < 1 || d > monthLength(y, mo) || h > 23 || mi > 59 || s > 59 || h < 0 || mi < 0
                || s < 0) {
            return Double.NaN;
        }
        long yy = mo <= 2 ? y - 1L : y;
        long era = Math.floorDiv(yy, 400);
        long yoe = yy - era * 400;
        long doy = (153L * (mo > 2 ? mo - 3 : mo + 9) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        long days = era * 146_097 + doe - 719_468;
        return days * 86_400L + h * 3600L + mi * 60L + s;
    }

    private static int monthLength(int y, int mo) {
        return switch (mo) {
            case 2 -> (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** @return the offset of the first occurrence of {@code pattern} at or after {@code from}, or -1 */
    static int find(byte[] b, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i + pattern.length <= b.length; i++) {
            for (int k = 0; k < pattern.length; k++) {
                if (b[i + k] != pattern[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
