package org.elyte.io.neware;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.elyte.core.error.FormatException;

/**
 * The entries of an {@code .ndax} zip, read into memory with a bound on their total size so that
 * a corrupted or hostile archive cannot exhaust memory.
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
        long total = 0;
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            byte[] buf = new byte[1 << 16];
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ByteArrayOutputStream o = new ByteArrayOutputStream();
                int k;
                while ((k = in.read(buf)) > 0) {
                    total += k;
                    if (total > limit) {
                        throw FormatException.inFile(source, "zip entries expand beyond " + limit + " bytes");
                    }
                    o.write(buf, 0, k);
                }
                out.put(e.getName(), o.toByteArray());
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
