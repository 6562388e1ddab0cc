package org.elyte.io.neware;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads the entries of a zip archive that is already in memory with one {@link Inflater} call
 * sequence per entry over the archive bytes, instead of {@code ZipInputStream}'s 512-byte input
 * buffer, and into an array of the entry's size rather than a guessed one trimmed afterwards
 * (timings in {@code elyte-bench/README.md}). It walks the local headers
 * in order, as {@code ZipInputStream} does, and checks what it checks (sizes, CRC-32, data
 * descriptor), but handles only the plain cases: deflated or stored entries, no encryption, no
 * extra field or a ZIP64 one holding both sizes, and for entries with a data descriptor an
 * uncompressed size stated by the central directory (so the entry's array is allocated once at its
 * size). Anything else, and any inconsistency, gives null: the caller then reads the archive with
 * {@code ZipInputStream}, which reports errors as before.
 */
final class InMemoryZip {
    private static final int LOCSIG = 0x04034b50;
    private static final int EXTSIG = 0x08074b50;
    private static final int CENSIG = 0x02014b50;
    private static final int ENDSIG = 0x06054b50;
    private static final long MAGIC32 = 0xFFFFFFFFL;

    private InMemoryZip() {
    }

    /**
     * @param zip the archive
     * @param limit largest total uncompressed size accepted
     * @return entry name → content in archive order, or null when the archive needs the general reader
     */
    static Map<String, byte[]> entries(byte[] zip, long limit) {
        Map<Long, Long> declared = centralSizes(zip);
        Map<String, byte[]> out = new LinkedHashMap<>();
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
        Inflater inf = new Inflater(true);
        long total = 0;
        int pos = 0;
        try {
            while (zip.length - pos >= 30 && i32(zip, pos) == LOCSIG) {
                int flags = u16(zip, pos + 6);
                int method = u16(zip, pos + 8);
                long crc = u32(zip, pos + 14);
                long csize = u32(zip, pos + 18);
                long size = u32(zip, pos + 22);
                int nameLen = u16(zip, pos + 26);
                int extraLen = u16(zip, pos + 28);
                int name = pos + 30;
                int data = name + nameLen + extraLen;
                boolean descriptor = (flags & 8) != 0;
                if (data > zip.length || (flags & 1) != 0 || method != 8 && method != 0 || descriptor && method != 8) {
                    return null;
                }
                if (extraLen != 0) {
                    // only a lone ZIP64 field with both sizes, for headers that defer both to it
                    if (extraLen < 20 || u16(zip, name + nameLen) != 1 || u16(zip, name + nameLen + 2) != extraLen - 4
                            || size != MAGIC32 || csize != MAGIC32 || descriptor) {
                        return null;
                    }
                    size = i64(zip, name + nameLen + 4);
                    csize = i64(zip, name + nameLen + 12);
                    if (size < 0 || csize < 0) {
                        return null;
                    }
                } else if (size == MAGIC32 || csize == MAGIC32) {
                    return null;
                }
                String entryName = utf8.decode(ByteBuffer.wrap(zip, name, nameLen)).toString();
                long expected = descriptor ? declared.getOrDefault((long) pos, -1L) : size;
                if (expected < 0 || expected > limit - total || expected > Integer.MAX_VALUE - 64) {
                    return null;
                }
                byte[] content = new byte[(int) expected];
                long used;
                if (method == 0) {
                    if (csize != size || size > zip.length - data) {
                        return null;
                    }
                    System.arraycopy(zip, data, content, 0, content.length);
                    used = size;
                } else {
                    inf.reset();
                    inf.setInput(zip, data, zip.length - data);
                    int got = 0;
                    while (got < content.length) {
                        int k = inf.inflate(content, got, content.length - got);
                        if (k == 0) {
                            break; // finished early, truncated, or no progress: not a plain case
                        }
                        got += k;
                    }
                    if (got != content.length) {
                        return null;
                    }
                    if (!inf.finished() && (inf.inflate(new byte[1]) != 0 || !inf.finished())) {
                        return null; // more data than the size says
                    }
                    used = inf.getBytesRead();
                }
                CRC32 c = new CRC32();
                c.update(content);
                long end = data + used;
                if (descriptor) {
                    // as ZipInputStream: 16 bytes must follow; the signature is optional
                    if (zip.length - end < 16) {
                        return null;
                    }
                    int d = (int) end;
                    if (i32(zip, d) == EXTSIG) {
                        d += 4;
                    }
                    crc = u32(zip, d);
                    csize = u32(zip, d + 4);
                    size = u32(zip, d + 8);
                    end = d + 12;
                }
                if (size != content.length || csize != used || crc != c.getValue()) {
                    return null;
                }
                total += content.length;
                out.put(entryName, content);
                pos = (int) end;
            }
        } catch (DataFormatException | CharacterCodingException | RuntimeException e) {
            return null;
        } finally {
            inf.end();
        }
        return out.isEmpty() ? null : out;
    }

    /** @return local-header offset → uncompressed size from the central directory; empty when unreadable */
    private static Map<Long, Long> centralSizes(byte[] zip) {
        Map<Long, Long> out = new HashMap<>();
        int end = -1;
        for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xFFFF); i--) {
            if (i32(zip, i) == ENDSIG) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return out;
        }
        int count = u16(zip, end + 10);
        long at = u32(zip, end + 16);
        for (int k = 0; k < count; k++) {
            if (at < 0 || at > zip.length - 46 || i32(zip, (int) at) != CENSIG) {
                return new HashMap<>();
            }
            int a = (int) at;
            long size = u32(zip, a + 24);
            long local = u32(zip, a + 42);
            if (size != MAGIC32 && local != MAGIC32) {
                out.put(local, size);
            }
            at = a + 46L + u16(zip, a + 28) + u16(zip, a + 30) + u16(zip, a + 32);
        }
        return out;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int i32(byte[] b, int at) {
        return u16(b, at) | u16(b, at + 2) << 16;
    }

    private static long u32(byte[] b, int at) {
        return i32(b, at) & 0xFFFF_FFFFL;
    }

    private static long i64(byte[] b, int at) {
        return u32(b, at) | u32(b, at + 4) << 32;
    }
}
