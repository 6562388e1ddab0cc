package org.elyte.io.neware;

import static org.elyte.io.neware.NdcPages.i64;

/**
 * Converts the 7-byte Neware wall times (u16 year, u8 month, day, hour, minute, second) of
 * consecutive records to seconds since 1970 read as UTC, like {@link NdaRecords#wallTime}, with
 * two caches: a record whose 7 bytes equal the previous record's reuses its result, and one on
 * the same date as the previous record reuses the start of that day (so the civil-date arithmetic
 * runs once per day, not once per second). Results are identical to {@link NdaRecords#wallTime}:
 * the day start is a whole number of seconds below 2⁵³, so adding the time of day is exact. One
 * instance per read; not thread-safe.
 */
final class WallTimes {
    private long lastKey = -1;
    private double lastTime = Double.NaN;
    private long lastDate = -1;
    private double dayStart = Double.NaN;

    /**
     * @param b bytes
     * @param at offset of the 7 date bytes (at least 8 bytes must remain)
     * @return seconds since 1970-01-01T00:00 of the wall time read as UTC, or NaN when a field is out
     *     of range
     */
    double at(byte[] b, int at) {
        long key = i64(b, at) & 0x00FF_FFFF_FFFF_FFFFL; // the 7 date bytes
        if (key == lastKey) {
            return lastTime;
        }
        lastKey = key;
        long date = key & 0xFFFF_FFFFL; // year (2 bytes), month, day
        if (date != lastDate) {
            lastDate = date;
            dayStart = NdaRecords.epochSecond((int) (date & 0xFFFF), (int) (date >>> 16) & 0xFF,
                    (int) (date >>> 24) & 0xFF, 0, 0, 0);
        }
        int h = (int) (key >>> 32) & 0xFF;
        int mi = (int) (key >>> 40) & 0xFF;
        int s = (int) (key >>> 48) & 0xFF;
        lastTime = h > 23 || mi > 59 || s > 59 ? Double.NaN : dayStart + (h * 3600L + mi * 60L + s);
        return lastTime;
    }
}
