package org.elyte.io.biologic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import org.elyte.core.error.FormatException;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Recording;
import org.elyte.io.recording.RecordingFiles;
import org.junit.jupiter.api.Test;

/** Hand-built .mpr files: impedance columns, unknown ids, both header generations. */
class MprSyntheticTest {

    /** Builds an .mpr with one data module; rows hold time f8 then freq, Re(Z), -Im(Z) f4 (plus extras). */
    static byte[] mpr(boolean newHeader, int[] ids, int extraBytes, double[][] rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] magic = new byte[0x34];
        java.util.Arrays.fill(magic, (byte) ' ');
        byte[] m = "BIO-LOGIC MODULAR FILE\u001a".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(m, 0, magic, 0, m.length);
        for (int i = 0x30; i < 0x34; i++) {
            magic[i] = 0;
        }
        out.writeBytes(magic);
        int offset = newHeader ? 0x3EF : 0x196;
        int rowSize = 8 + 12 + extraBytes;
        ByteBuffer data = ByteBuffer.allocate(offset + rows.length * rowSize).order(ByteOrder.LITTLE_ENDIAN);
        data.putInt(rows.length).put((byte) ids.length);
        for (int id : ids) {
            if (newHeader) {
                data.put((byte) (id >> 8)).put((byte) id);
            } else {
                data.putShort((short) id);
            }
        }
        data.position(offset);
        for (double[] r : rows) {
            data.putDouble(r[0]).putFloat((float) r[1]).putFloat((float) r[2]).putFloat((float) r[3]);
            for (int k = 0; k < extraBytes; k++) {
                data.put((byte) 0);
            }
        }
        ByteBuffer h = ByteBuffer.allocate(6 + 35 + (newHeader ? 24 : 16)).order(ByteOrder.LITTLE_ENDIAN);
        h.put("MODULE".getBytes(StandardCharsets.US_ASCII)).put(pad("VMP data", 10)).put(pad("VMP data", 25));
        if (newHeader) {
            h.putInt(-1).putInt(data.capacity()).putInt(0).putInt(11);
        } else {
            h.putInt(data.capacity()).putInt(3);
        }
        h.put("01/02/24".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(h.array());
        out.writeBytes(data.array());
        return out.toByteArray();
    }

    private static byte[] pad(String s, int n) {
        byte[] b = new byte[n];
        java.util.Arrays.fill(b, (byte) ' ');
        System.arraycopy(s.getBytes(StandardCharsets.US_ASCII), 0, b, 0, s.length());
        return b;
    }

    private static final double[][] ROWS = {{0, 1000, 10, 5}, {1, 100, 12, 8}, {2, 10, 20, 3}};

    @Test
    void peisFeedsTheImpedancePipelineInBothHeaderGenerations() {
        for (boolean newHeader : new boolean[] {false, true}) {
            Recording r = RecordingFiles.read("peis.mpr", mpr(newHeader, new int[] {4, 32, 37, 38}, 0, ROWS));
            ImpedanceSpectrum s = ImpedanceSpectrum.fromRecording(r);
            assertThat(s.frequenciesHz()).containsExactly(1000, 100, 10); // Hz, exact
            assertThat(s.reals()).containsExactly(10, 12, 20); // ohm, exact
            assertThat(s.imags()).containsExactly(-5, -8, -3); // ohm, -Im(Z) negated, exact
            assertThat(r.metadata().get("biologic.mpr.header")).contains(newHeader ? "11.50+" : "pre-11.50");
        }
    }

    @Test
    void unknownIdWithInferableSizeIsKeptUnderItsId() {
        Recording r = RecordingFiles.read("x.mpr", mpr(false, new int[] {4, 32, 37, 38, 999}, 4, ROWS));
        assertThat(r.quantities()).contains(Quantity.custom("mpr column 999", ""));
    }

    @Test
    void unknownIdsWhoseSizeCannotBeKnownNameIdVersionAndOffset() {
        byte[] b = mpr(false, new int[] {4, 32, 37, 38, 999, 998}, 6, ROWS);
        assertThatThrownBy(() -> RecordingFiles.read("x.mpr", b)).isInstanceOf(FormatException.class)
                .hasMessageContaining("x.mpr, byte offset").hasMessageContaining("unknown .mpr column id 999")
                .hasMessageContaining("EC-Lab before 11.50");
        byte[] c = mpr(true, new int[] {4, 32, 37, 38, 999}, 3, ROWS);
        assertThatThrownBy(() -> RecordingFiles.read("y.mpr", c)).isInstanceOf(FormatException.class)
                .hasMessageContaining("unknown .mpr column id 999").hasMessageContaining("EC-Lab 11.50 or later");
    }

    @Test
    void truncatedDataIsAFormatErrorAtAnOffset() {
        byte[] b = mpr(false, new int[] {4, 32, 37, 38}, 0, ROWS);
        byte[] cut = java.util.Arrays.copyOf(b, b.length - 5);
        assertThatThrownBy(() -> RecordingFiles.read("cut.mpr", cut)).isInstanceOf(FormatException.class)
                .hasMessageStartingWith("cut.mpr, byte offset");
    }
}
