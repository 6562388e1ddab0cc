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
}
