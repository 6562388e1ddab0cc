package org.elyte.io.neware;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.elyte.core.error.FormatException;

/**
 * The entries of an {@code .ndax} zip, read into memory with a bound on their total size so that
 * a corrupted or hostile archive cannot exhaust memory: through {@link InMemoryZip} when the
 * archive is plain, else (and on any inconsistency) through {@code ZipInputStream}.
 */
final class NdaxArchive {
    /** Largest total uncompressed size accepted: 64 times the archive plus 64 MiB, bytes. */
    private static final long SLACK = 64L << 20;

    private NdaxArchive() {
    }

    /**
     * @param source file name for messages
     * @param zip the archive bytes
     * @return entry name → content, in archive order
     * @throws FormatException when the archive is not a readable zip or expands too much
     */
    static Map<String, byte[]> entries(String source, byte[] zip) {
        long limit = Math.min(Integer.MAX_VALUE - 64L, zip.length * 64L + SLACK);
        Map<String, byte[]> direct = InMemoryZip.entries(zip, limit);
        if (direct != null) {
            return direct;
        }
        long total = 0;
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                // inflate straight into the entry's array: sized from the header when it states the
                // size (never trusted beyond the limit), else grown by doubling and trimmed once
                long declared = e.getSize();
                int cap = (int) Math.max(1 << 12, Math.min(declared >= 0 ? declared : zip.length * 4L, limit - total + 1));
                byte[] buf = new byte[cap];
                int n = 0;
                while (true) {
                    if (n == buf.length) {
                        int c = in.read();
                        if (c < 0) {
                            break;
                        }
                        buf = Arrays.copyOf(buf, (int) Math.min(Integer.MAX_VALUE - 64L, 2L * n));
                        buf[n++] = (byte) c;
                        total++;
                    }
                    int k = in.read(buf, n, buf.length - n);
                    if (k <= 0) {
                        break;
                    }
                    n += k;
                    total += k;
                    if (total > limit) {
                        throw FormatException.inFile(source, "zip entries expand beyond " + limit + " bytes");
                    }
                }
                if (total > limit) {
                    throw FormatException.inFile(source, "zip entries expand beyond " + limit + " bytes");
                }
                out.put(e.getName(), n == buf.length ? buf : Arrays.copyOf(buf, n));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw FormatException.unreadable(source, "not a readable .ndax zip archive: " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw FormatException.inFile(source, "the .ndax zip archive has no entries");
        }
        return out;
    }
}
