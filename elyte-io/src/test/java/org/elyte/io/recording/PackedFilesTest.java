package org.elyte.io.recording;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.elyte.core.error.FormatException;
import org.elyte.core.provenance.Sha256;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Metadata;
import org.elyte.core.recording.Recording;
import org.elyte.io.source.Packed;
import org.junit.jupiter.api.Test;

/** Cycler files handed over as gzip or as a one-file zip are read as the file inside. */
class PackedFilesTest {

    @Test
    void oneFileZipReadsAsTheNdaInside() {
        byte[] zip = CyclingFiles.bytes(CyclingFiles.shipped("fastnda/nda_v8.nda.zip"));
        Recording packed = RecordingFiles.read(CyclingFiles.shipped("fastnda/nda_v8.nda.zip"));
        Recording plain = RecordingFiles.read("nda_v8.nda", unzip(zip));
        assertEquals(21, packed.rows());
        assertSame(plain, packed);
        assertEquals(RecordingFormat.NEWARE_NDA, RecordingFiles.detect("nda_v8.nda.zip", zip));
        assertEquals(Sha256.hex(zip), packed.metadata().get(Metadata.SOURCE_SHA256).orElseThrow(),
                "the hash is of the file as given");
    }

    @Test
    void gzipReadsAsTheArbinResInside() {
        byte[] gz = CyclingFiles.bytes(CyclingFiles.shipped("battery-data-format/mits7-0.res.gz"));
        Recording packed = RecordingFiles.read("mits7-0.res.gz", gz);
        Recording plain = RecordingFiles.read("mits7-0.res", gunzip(gz));
        assertTrue(packed.rows() > 0);
        assertSame(plain, packed);
        assertEquals(RecordingFormat.ARBIN_RES, RecordingFiles.detect("mits7-0.res.gz", gz));
    }

    @Test
    void writtenBdfCsvGzReadsBack() {
        byte[] csv = CyclingFiles.bytes(CyclingFiles.shipped("battery-data-format/sample.bdf.csv"));
        Recording packed = RecordingFiles.read("sample.bdf.csv.gz", gzip(csv));
        assertSame(RecordingFiles.read("sample.bdf.csv", csv), packed);
    }

    @Test
    void truncatedGzipNamesFileAndOffset() {
        byte[] gz = gzip(CyclingFiles.bytes(CyclingFiles.shipped("battery-data-format/SINTEF__LiGrR2032__2024-04-30__25degC__Landt.csv")));
        byte[] cut = Arrays.copyOf(gz, gz.length / 2);
        FormatException e = assertThrows(FormatException.class, () -> RecordingFiles.read("landt.csv.gz", cut));
        assertEquals("landt.csv.gz", e.source());
        assertTrue(e.byteOffset().isPresent(), e.getMessage());
        assertTrue(e.getMessage().contains("gzip"), e.getMessage());
    }

    @Test
    void expansionBeyondTheLimitIsRefused() {
        byte[] zeros = new byte[(Packed.RATIO + 8) * (1 << 20) / 64];
        byte[] gz = gzip(zeros); // about 1000:1
        assertTrue((long) gz.length * Packed.RATIO + (1 << 20) < zeros.length, "the test input must exceed the limit");
        FormatException e = assertThrows(FormatException.class, () -> RecordingFiles.read("bomb.csv.gz", gz));
        assertTrue(e.getMessage().contains("unpacks to more than"), e.getMessage());
    }

    @Test
    void zipOfSeveralFilesIsNotUnpacked() {
        byte[] zip = zipOf(new String[] {"a.csv", "b.csv"}, new byte[][] {"x\n1\n".getBytes(), "y\n2\n".getBytes()});
        FormatException e = assertThrows(FormatException.class, () -> RecordingFiles.read("two.zip", zip));
        assertEquals("two.zip", e.source());
    }

    @Test
    void corruptedPackedFilesEndInARecordingOrOurError() {
        for (String file : new String[] {"fastnda/nda_v8.nda.zip", "battery-data-format/mits7-0.res.gz"}) {
            byte[] b = CyclingFiles.bytes(CyclingFiles.shipped(file));
            String name = file.substring(file.indexOf('/') + 1);
            Random r = new Random(7);
            for (int k = 0; k < 100; k++) {
                byte[] m = k % 2 == 0 ? Arrays.copyOf(b, r.nextInt(b.length)) : b.clone();
                if (k % 2 == 1) {
                    for (int j = 0; j < 1 + r.nextInt(8); j++) {
                        m[r.nextInt(m.length)] = (byte) r.nextInt(256);
                    }
                }
                long t = System.nanoTime();
                try {
                    RecordingFiles.read(name, m);
                } catch (FormatException expected) {
                    assertEquals(name, expected.source().split("/")[0], expected.getMessage());
                } catch (RuntimeException other) {
                    fail(name + " case " + k + ": " + other, other);
                }
                assertTrue(System.nanoTime() - t < 1_000_000_000L, name + " case " + k + " took over a second");
            }
        }
    }

    private static void assertSame(Recording expected, Recording actual) {
        assertEquals(expected.rows(), actual.rows());
        assertArrayEquals(expected.require(Quantity.VOLTAGE), actual.require(Quantity.VOLTAGE));
        assertArrayEquals(expected.require(Quantity.CURRENT), actual.require(Quantity.CURRENT));
        assertEquals(expected.metadata().get(Metadata.FORMAT), actual.metadata().get(Metadata.FORMAT));
        assertFalse(actual.metadata().get(Metadata.FORMAT).isEmpty());
    }

    private static byte[] unzip(byte[] zip) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            in.getNextEntry();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gunzip(byte[] gz) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] zipOf(String[] names, byte[][] contents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < names.length; i++) {
                z.putNextEntry(new ZipEntry(names[i]));
                z.write(contents[i]);
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
