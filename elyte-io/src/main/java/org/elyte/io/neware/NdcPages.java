package org.elyte.io.neware;

import java.util.Arrays;

/**
 * The paged layout of a Neware {@code .ndc} table: a header page, then pages of fixed size that
 * each hold a run of fixed-size records after a page header. In the paged (bitmask) form a
 * little-endian bit array at byte 4 of each page marks which record slots hold data; in the older
 * form (no bitmask) a slot holds data when its record number field is non-zero.
 */
final class NdcPages {
    private NdcPages() {
    }

    /**
     * @param buf the whole {@code .ndc} file
     * @param pageSize page size, bytes
     * @param dataStart offset of the first record inside a page, bytes
     * @param recordSize record size, bytes
     * @param bitmask whether pages carry a validity bitmask at byte 4
     * @param indexAt offset of a u32 record number inside a record (without a bitmask), or -1
     * @return the absolute offsets of the valid records, in file order
     */
    static int[] rows(byte[] buf, int pageSize, int dataStart, int recordSize, boolean bitmask, int indexAt) {
        int pages = buf.length / pageSize - 1;
        int perPage = (pageSize - dataStart - 1) / recordSize;
        if (pages <= 0 || perPage <= 0) {
            return new int[0];
        }
        int[] out = new int[(int) Math.min((long) pages * perPage, Integer.MAX_VALUE - 16)];
        int n = 0;
        for (int p = 1; p <= pages; p++) {
            int page = p * pageSize;
            for (int r = 0; r < perPage; r++) {
                int at = page + dataStart + r * recordSize;
                boolean valid = bitmask ? (buf[page + 4 + (r >>> 3)] >>> (r & 7) & 1) != 0 : u32(buf, at + indexAt) != 0;
                if (valid) {
                    out[n++] = at;
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    static int u8(byte[] b, int at) {
        return b[at] & 0xFF;
    }

    static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    static short i16(byte[] b, int at) {
        return (short) u16(b, at);
    }

    static int i32(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    static long u32(byte[] b, int at) {
        return i32(b, at) & 0xFFFFFFFFL;
    }

    static long i64(byte[] b, int at) {
        return u32(b, at) | (long) i32(b, at + 4) << 32;
    }

    static float f32(byte[] b, int at) {
        return Float.intBitsToFloat(i32(b, at));
    }
}
