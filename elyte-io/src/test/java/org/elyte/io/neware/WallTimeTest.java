package org.elyte.io.neware;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The allocation-free wall-time conversion against {@link LocalDateTime}. */
class WallTimeTest {

    @Test
    void agreesWithLocalDateTimeOnValidAndInvalidFields() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int k = 0; k < 200_000; k++) {
            int y = k % 5 == 0 ? rnd.nextInt(65536) : 1900 + rnd.nextInt(300);
            int mo = rnd.nextInt(14);
            int d = rnd.nextInt(33);
            int h = rnd.nextInt(26);
            int mi = rnd.nextInt(62);
            int s = rnd.nextInt(62);
            double expected;
            try {
                expected = LocalDateTime.of(y, mo, d, h, mi, s).toEpochSecond(ZoneOffset.UTC);
            } catch (DateTimeException e) {
                expected = Double.NaN;
            }
            // exact: both are whole seconds
            assertThat(NdaRecords.epochSecond(y, mo, d, h, mi, s)).as(y + "-" + mo + "-" + d + " " + h + ":" + mi + ":" + s)
                    .isEqualTo(Double.valueOf(expected));
        }
        assertThat(NdaRecords.epochSecond(2024, 2, 29, 0, 0, 0)).isEqualTo(1_709_164_800.0); // leap day, s
        assertThat(NdaRecords.epochSecond(2023, 2, 29, 0, 0, 0)).isNaN();
        assertThat(NdaRecords.epochSecond(1900, 2, 29, 0, 0, 0)).isNaN();
    }

    @Test
    void cachedConversionOfConsecutiveRecordsEqualsTheDirectOne() {
        SplittableRandom rnd = new SplittableRandom(11);
        WallTimes wall = new WallTimes();
        byte[] b = new byte[8];
        int y = 2023;
        int mo = 12;
        int d = 31;
        int h = 23;
        int mi = 58;
        int s = 0;
        for (int k = 0; k < 200_000; k++) {
            switch (rnd.nextInt(10)) {
                case 0 -> { // anything, valid or not
                    y = rnd.nextInt(10) == 0 ? rnd.nextInt(65536) : 1999 + rnd.nextInt(30);
                    mo = rnd.nextInt(14);
                    d = rnd.nextInt(33);
                    h = rnd.nextInt(26);
                    mi = rnd.nextInt(62);
                    s = rnd.nextInt(62);
                }
                case 1 -> { // same date, another time of day
                    h = rnd.nextInt(26);
                    mi = rnd.nextInt(62);
                }
                case 2, 3 -> { // unchanged record
                }
                default -> { // the clock ticks, across minute, hour, day, month and year
                    s += 1 + rnd.nextInt(3);
                    if (s > 59) {
                        s -= 60;
                        mi++;
                    }
                    if (mi > 59) {
                        mi = 0;
                        h++;
                    }
                    if (h > 23) {
                        h = 0;
                        d++;
                    }
                    if (d > 31) {
                        d = 1;
                        mo++;
                    }
                    if (mo > 12) {
                        mo = 1;
                        y++;
                    }
                }
            }
            b[0] = (byte) y;
            b[1] = (byte) (y >>> 8);
            b[2] = (byte) mo;
            b[3] = (byte) d;
            b[4] = (byte) h;
            b[5] = (byte) mi;
            b[6] = (byte) s;
            b[7] = (byte) rnd.nextInt(256); // not part of the date
            double direct = NdaRecords.wallTime(b, 0);
            assertThat(wall.at(b, 0)).as(y + "-" + mo + "-" + d + " " + h + ":" + mi + ":" + s)
                    .isEqualTo(Double.valueOf(direct));
        }
    }
}
