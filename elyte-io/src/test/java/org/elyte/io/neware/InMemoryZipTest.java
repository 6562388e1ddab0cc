package org.elyte.io.neware;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.elyte.io.recording.CyclingFiles;
import org.junit.jupiter.api.Test;

/**
 * {@link InMemoryZip} against {@code ZipInputStream}: the same entries wherever it gives a result,
 * and no result wherever {@code ZipInputStream} fails, on the shipped {@code .ndax} archives (ZIP64
 * local headers), archives written by {@code ZipOutputStream} (data descriptors) and thousands of
 * truncated and corrupted variants.
 */
class InMemoryZipTest {
    private static final long LIMIT = Integer.MAX_VALUE - 64L;
    private static final List<String> SHIPPED = List.of("navani/test.ndax", "fastnda/scrubbed_ndc2.ndax",
            "fastnda/21_10_7_85.ndax", "fastnda/TESTCELL0001-Test_Data_Collection_Ndc17.ndax", "fastnda/nw4-120-1-6-53.ndax");

    @Test
    void readsTheShippedArchivesLikeZipInputStream() {
        for (String f : SHIPPED) {
            byte[] zip = CyclingFiles.bytes(CyclingFiles.shipped(f));
            Map<String, byte[]> direct = InMemoryZip.entries(zip, LIMIT);
            if (f.startsWith("navani/")) {
                // the layout of the benchmark's .ndax; others may need ZipInputStream (extra fields)
                assertThat(direct).as(f + " is plain enough for the direct reader").isNotNull();
            }
            if (direct != null) {
                assertSame(f, direct, viaStream(zip));
            }
        }
    }

    @Test
    void readsDataDescriptorsAndStoredEntriesLikeZipInputStream() throws IOException {
        byte[] zip = written(false);
        assertSame("deflated", InMemoryZip.entries(zip, LIMIT), viaStream(zip));
        assertThat(InMemoryZip.entries(zip, LIMIT)).isNotNull();
        byte[] stored = written(true);
        assertSame("stored", InMemoryZip.entries(stored, LIMIT), viaStream(stored));
        assertThat(InMemoryZip.entries(stored, LIMIT)).isNotNull();
    }

    @Test
    void neverAcceptsWhatZipInputStreamRejectsNorDiffersFromIt() throws IOException {
        SplittableRandom rnd = new SplittableRandom(17);
        List<byte[]> originals = new java.util.ArrayList<>();
        for (String f : SHIPPED) {
            originals.add(CyclingFiles.bytes(CyclingFiles.shipped(f)));
        }
        originals.add(written(false));
        originals.add(written(true));
        int accepted = 0;
        for (int k = 0; k < 3000; k++) {
            byte[] o = originals.get(k % originals.size());
            byte[] z;
            if (k % 3 == 0) {
                z = java.util.Arrays.copyOf(o, rnd.nextInt(o.length));
            } else {
                z = o.clone();
                int flips = 1 + rnd.nextInt(4);
                for (int f = 0; f < flips; f++) {
                    // header bytes more often than data bytes
                    int at = rnd.nextInt(4) == 0 ? rnd.nextInt(z.length) : rnd.nextInt(Math.min(z.length, 200));
                    z[at] = (byte) rnd.nextInt(256);
                }
            }
            Map<String, byte[]> direct = InMemoryZip.entries(z, LIMIT);
            Map<String, byte[]> stream = viaStream(z);
            if (direct != null) {
                accepted++;
                assertThat(stream).as("variant " + k + ": accepted although ZipInputStream fails").isNotNull();
                assertSame("variant " + k, direct, stream);
            }
        }
        assertThat(accepted).as("some variants are still plain archives").isGreaterThan(0);
    }

    @Test
    void respectsTheSizeLimit() {
        byte[] zip = CyclingFiles.bytes(CyclingFiles.shipped("navani/test.ndax"));
        assertThat(InMemoryZip.entries(zip, 1000)).isNull();
    }

    private static byte[] written(boolean stored) throws IOException {
        SplittableRandom rnd = new SplittableRandom(3);
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bos)) {
            out.setLevel(Deflater.BEST_SPEED);
            for (int e = 0; e < 4; e++) {
                byte[] content = new byte[e == 0 ? 0 : 5000 * e];
                for (int i = 0; i < content.length; i++) {
                    content[i] = (byte) (rnd.nextInt(8) == 0 ? rnd.nextInt(256) : i % 7);
                }
                ZipEntry ze = new ZipEntry("entry" + e + (e == 2 ? "_é.ndc" : ".ndc"));
                if (stored) {
                    ze.setMethod(ZipEntry.STORED);
                    ze.setSize(content.length);
                    ze.setCompressedSize(content.length);
                    java.util.zip.CRC32 c = new java.util.zip.CRC32();
                    c.update(content);
                    ze.setCrc(c.getValue());
                }
                out.putNextEntry(ze);
                out.write(content);
                out.closeEntry();
            }
        }
        return bos.toByteArray();
    }

    /** @return the entries as ZipInputStream reads them, or null when it throws */
    private static Map<String, byte[]> viaStream(byte[] zip) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return out;
    }

    private static void assertSame(String what, Map<String, byte[]> a, Map<String, byte[]> b) {
        assertThat(a).as(what).isNotNull();
        assertThat(b).as(what).isNotNull();
        assertThat(a.keySet()).as(what).containsExactlyElementsOf(b.keySet());
        for (String k : a.keySet()) {
            assertThat(a.get(k)).as(what + " " + k).isEqualTo(b.get(k));
        }
    }
}
