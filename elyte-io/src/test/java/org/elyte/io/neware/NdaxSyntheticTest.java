package org.elyte.io.neware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.elyte.core.error.FormatException;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Recording;
import org.elyte.io.recording.RecordingFiles;
import org.junit.jupiter.api.Test;

/** Hand-built ndc v5 archives: the current-range table is data, an unknown range is named with its offset. */
class NdaxSyntheticTest {

    @Test
    void knownRangeScalesCurrent() throws IOException {
        Recording r = RecordingFiles.read("x.ndax", archive(1000, -5000));
        assertThat(r.rows()).isEqualTo(1);
        assertThat(r.get(Quantity.CURRENT, 0)).isCloseTo(-0.5, within(1e-12)); // A: -5000 × 0.1 mA
        assertThat(r.get(Quantity.VOLTAGE, 0)).isCloseTo(3.7, within(1e-12)); // V: 37000 × 0.1 mV
    }

    @Test
    void unknownRangeIsAFormatErrorNamingItAndItsOffset() {
        int offset = 4096 + 132 + 75;
        assertThatThrownBy(() -> RecordingFiles.read("x.ndax", archive(777, 1))).isInstanceOf(FormatException.class)
                .hasMessageContaining("777").hasMessageContaining(String.valueOf(offset));
    }

    private static byte[] archive(int range, int current) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(8192).order(ByteOrder.LITTLE_ENDIAN);
        b.put(0, (byte) 1).put(2, (byte) 5);
        int page = 4096;
        b.put(page + 4, (byte) 1);
        int rec = page + 132;
        b.putInt(rec + 1, 1).put(rec + 9, (byte) 1).put(rec + 10, (byte) 1).putLong(rec + 16, 1000)
                .putInt(rec + 24, 37000).putInt(rec + 28, current).putShort(rec + 68, (short) 2024)
                .put(rec + 70, (byte) 1).put(rec + 71, (byte) 2).putInt(rec + 75, range);
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(o)) {
            z.putNextEntry(new ZipEntry("data.ndc"));
            z.write(b.array());
            z.closeEntry();
        }
        return o.toByteArray();
    }
}
