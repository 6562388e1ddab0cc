package org.elyte.io.neware;

import static org.elyte.io.neware.NdcPages.f32;
import static org.elyte.io.neware.NdcPages.i64;
import static org.elyte.io.neware.NdcPages.u16;
import static org.elyte.io.neware.NdcPages.u32;
import static org.elyte.io.neware.NdcPages.u8;

import org.elyte.core.error.FormatException;

/**
 * The float-record layouts of Neware {@code .nda} version 130 (BTS 9.0 and 9.1): voltage in V and
 * current in mA as f32, capacity (mAs) and energy (mWs) as signed f32 (negative when
 * discharging). The byte at 1024 tells the two apart: 0x55 is BTS 9.1, 0x12 BTS 9.0.
 */
final class NdaFloatRecords {
    static final int BTS91 = 0x55;
    static final int BTS90 = 0x12;
    private static final int START = 1024;
    private static final int MIN_91 = 52;
    private static final int MAX_91 = 512;

    private NdaFloatRecords() {
    }

    /**
     * BTS 9.1: records from byte 1024, their length the distance to the next occurrence of the
     * first record's u16 identifier (checked once more one length further on): id u16, step u8,
     * type u8, 4 bytes, index u32, total time u32 s + u32 ns, I f32 mA, U f32 V, capacity f32 mAs,
     * energy f32 mWs, cycle u32 (0-based), 4 bytes, Unix time u32 s + u32 ns, and from 56 bytes on
     * an aux temperature f32 °C. Step time is the total time less the last total time of the
     * previous step.
     */
    static NdcTable bts91(String source, byte[] b) {
        int size = recordSize(source, b);
        int id = u16(b, START);
        int cap = (b.length - START) / size;
        NdcTable t = NdaRecords.alloc(cap, false);
        double[] total = new double[cap];
        double[] temperature = size >= 56 ? new double[cap] : null;
        int n = 0;
        double stepStart = 0;
        for (int at = START; at + size <= b.length; at += size) {
            if (u16(b, at) != id) {
                continue;
            }
            t.stepIndex[n] = u8(b, at + 2);
            t.stepType[n] = u8(b, at + 3);
            t.index[n] = u32(b, at + 8);
            total[n] = u32(b, at + 12) + u32(b, at + 16) * 1e-9;
            double i = f32(b, at + 20);
            t.current[n] = i;
            t.voltage[n] = f32(b, at + 24);
            split(t, n, f32(b, at + 28), f32(b, at + 32));
            t.cycle[n] = u32(b, at + 36) + 1;
            t.unix[n] = u32(b, at + 44) + u32(b, at + 48) * 1e-9;
            if (temperature != null) {
                temperature[n] = f32(b, at + 52);
            }
            boolean newStep = n > 0 && (t.stepIndex[n] != t.stepIndex[n - 1] || t.cycle[n] != t.cycle[n - 1]);
            if (newStep) {
                stepStart = total[n - 1];
            }
            t.stepCount[n] = n == 0 ? 1 : t.stepCount[n - 1] + (newStep ? 1 : 0);
            t.stepTime[n] = total[n] - stepStart;
            n++;
        }
        t.rows = n;
        t.totalTime = total;
        t.auxValue = temperature;
        t.dt = null;
        t.trueUnixTime = true;
        return t;
    }

    private static int recordSize(String source, byte[] b) {
        if (b.length < START + 2 * MIN_91) {
            throw FormatException.atOffset(source, b.length, "BTS 9.1 nda shorter than two records");
        }
        byte lo = b[START];
        byte hi = b[START + 1];
        int limit = Math.min(b.length - 1, START + MAX_91);
        for (int at = START + MIN_91; at < limit; at++) {
            if (b[at] == lo && b[at + 1] == hi) {
                int size = at - START;
                int next = START + 2 * size;
                if (next + 1 >= b.length || b[next] == lo && b[next + 1] == hi) {
                    return size;
                }
            }
        }
        throw FormatException.atOffset(source, START, "BTS 9.1 nda: cannot find the record length (identifier "
                + u16(b, START) + " does not repeat)");
    }

    /**
     * BTS 9.0: 88-byte records from the first {@code 12 50 00 07 55 81 01 06}: identifier at 4
     * (85 for data), step u8 at 9, type at 10, index u32 at 16, step time u64 at 28 (read as BTSDA shows it: value ÷ 1000 in ms plus the remainder in
     * units of 10 ns, i.e. 463075 → 0.46300075 s; as plain µs it would be 0.463075 s), U f32 V at
     * 36, I f32 mA at 40, capacity f32 mAs at 60, energy f32 mWs at 64, Unix time u64 µs at 68. The
     * records hold no cycle number.
     */
    static NdcTable bts90(String source, byte[] b) {
        int start = NdaRecords.find(b, new byte[] {0x12, 0x50, 0x00, 0x07, 0x55, (byte) 0x81, 0x01, 0x06}, START);
        if (start < 0) {
            throw FormatException.atOffset(source, START, "BTS 9.0 nda: no data record found");
        }
        int size = 88;
        int cap = (b.length - start) / size;
        NdcTable t = NdaRecords.alloc(cap, false);
        int n = 0;
        for (int at = start; at + size <= b.length; at += size) {
            if (u8(b, at + 4) != NdaRecords.ID_DATA) {
                continue;
            }
            t.stepIndex[n] = u8(b, at + 9);
            t.stepType[n] = u8(b, at + 10);
            t.index[n] = u32(b, at + 16);
            long st = i64(b, at + 28);
            t.stepTime[n] = st / 1000 * 1e-3 + st % 1000 * 1e-8;
            t.voltage[n] = f32(b, at + 36);
            t.current[n] = f32(b, at + 40);
            split(t, n, f32(b, at + 60), f32(b, at + 64));
            t.unix[n] = i64(b, at + 68) * 1e-6;
            t.stepCount[n] = n == 0 ? 1 : t.stepCount[n - 1] + (t.stepIndex[n] != t.stepIndex[n - 1] ? 1 : 0);
            n++;
        }
        t.rows = n;
        t.cycle = null;
        t.dt = null;
        t.trueUnixTime = true;
        return t;
    }

    /** Signed mAs / mWs to the four unsigned mAh / mWh columns by the capacity's sign. */
    private static void split(NdcTable t, int r, double capacityMas, double energyMws) {
        boolean discharge = capacityMas < 0;
        t.chargeCapacity[r] = discharge ? 0 : capacityMas / 3600;
        t.dischargeCapacity[r] = discharge ? -capacityMas / 3600 : 0;
        t.chargeEnergy[r] = discharge ? 0 : Math.abs(energyMws) / 3600;
        t.dischargeEnergy[r] = discharge ? Math.abs(energyMws) / 3600 : 0;
    }
}
