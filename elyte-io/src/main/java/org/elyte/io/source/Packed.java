package org.elyte.io.source;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.elyte.core.error.FormatException;

/**
 * A data file handed over compressed, as files are shared and archived: a gzip file
 * ({@code mits7-0.res.gz}, {@code cell.bdf.csv.gz}, recognised by its magic bytes) or a
 * {@code .zip} archive holding exactly one file ({@code nda_v8.nda.zip}). The inner file is read
 * under the name {@code outer/inner}, so its extension breaks format ties and messages name both.
 * An {@code .ndax} (itself a zip of several entries) is not unpacked. The unpacked size is limited
 * to {@value #RATIO} times the packed size (plus 1 MiB) and to the caller's maximum file size, so
 * a corrupted or hostile archive cannot exhaust memory. Used by the cycler and the impedance readers.
 */
public final class Packed {
    /** Largest accepted ratio of unpacked to packed size. */
    public static final int RATIO = 256;
    private static final int SLACK = 1 << 20;

    /** The file to read: its name and its bytes. */
    public record Inner(String name, byte[] content) {
    }

    private Packed() {
    }

    /**
     * @param name the file name as given
     * @param content the whole file
     * @param maxBytes the largest file the caller reads, bytes
     * @return the inner file, or null when the content is not a gzip file or a one-file {@code .zip}
     * @throws FormatException when a gzip file or a one-file {@code .zip} archive is truncated or
     *     corrupt, expands beyond the limit, or the archive holds no file (an archive of several
     *     files gives null: an {@code .ndax} is one)
     */
    public static Inner unpack(String name, byte[] content, long maxBytes) {
        long limit = Math.min(maxBytes, (long) content.length * RATIO + SLACK);
        if (content.length >= 3 && (content[0] & 0xFF) == 0x1F && (content[1] & 0xFF) == 0x8B && content[2] == 8) {
            CountingInput raw = new CountingInput(content);
            try (InputStream in = new GZIPInputStream(raw, 1 << 16)) {
                return new Inner(name + "/" + strip(name, ".gz"), drain(in, name, limit, raw));
            } catch (IOException e) {
                throw FormatException.atOffset(name, raw.position(), "gzip data truncated or corrupt: " + e.getMessage());
            }
        }
        boolean zip = content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        if (!zip || !name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return null;
        }
        CountingInput raw = new CountingInput(content);
        List<String> files = new ArrayList<>();
        byte[] first = null;
        try (ZipInputStream in = new ZipInputStream(raw)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String entry = e.getName();
                if (e.isDirectory() || entry.startsWith("__MACOSX/")) {
                    continue;
                }
                files.add(entry);
                if (files.size() > 1) {
                    return null; // several files: an .ndax or another archive, left to format detection
                }
                first = drain(in, name, limit, raw);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw FormatException.atOffset(name, raw.position(), "zip archive truncated or corrupt: " + e.getMessage());
        }
        if (first == null) {
            throw FormatException.inFile(name, "the zip archive holds no file");
        }
        String inner = files.get(0);
        return new Inner(name + "/" + inner.substring(inner.lastIndexOf('/') + 1), first);
    }

    private static byte[] drain(InputStream in, String name, long limit, CountingInput raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        long total = 0;
        for (int k = in.read(buf); k >= 0; k = in.read(buf)) {
            total += k;
            if (total > limit) {
                throw FormatException.atOffset(name, raw.position(),
                        "unpacks to more than " + limit + " bytes (at most " + RATIO
                                + " times the packed size + 1 MiB, and the largest file read): refused");
            }
            out.write(buf, 0, k);
        }
        return out.toByteArray();
    }

    private static String strip(String name, String suffix) {
        return name.toLowerCase(Locale.ROOT).endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
    }

    /** The packed bytes, with the offset read so far for messages. */
    private static final class CountingInput extends ByteArrayInputStream {
        CountingInput(byte[] b) {
            super(b);
        }

        long position() {
            return pos;
        }
    }
}
