package org.elyte.io.biologic;

import java.util.ArrayList;
import java.util.List;

import org.elyte.core.error.FormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes the {@code VMP data} module in one pass of 2048-row blocks: all columns of a block, then
 * the EC-Lab export columns of that block ({@link EcLabExport}), which are appended after the
 * file's columns. The module layout: point count (u4), column count (u1), column ids (u2;
 * little-endian in module versions 2 and 3, big-endian in the 11.50+ layout whose version field is
 * 0), then fixed-size rows from offset 0x195 (v2), 0x196 (v3) or 0x3EF (11.50+). A row starts with
 * one flags byte when any flag column is present, then each other column in id order.
 *
 * @param names column names as EC-Lab writes them in the export, the derived export columns last
 * @param columns one array per name, each freshly allocated (the caller may take them over)
 * @param rows number of rows
 * @param stepCount the BDF Step Count of {@code stepIds} and {@code cycles}, computed in the same pass,
 *     or null when there is no {@code Ns} column
 * @param stepIds the column the step count was computed from ({@code Ns}), or null
 * @param cycles the cycle column it was computed with ({@code cycle number}), or null
 */
record MprData(List<String> names, List<double[]> columns, int rows, double[] stepCount, double[] stepIds,
        double[] cycles) {
    private static final Logger LOG = LoggerFactory.getLogger(MprData.class);
    private static final int BLOCK = 2048;

    /**
     * @param source file name
     * @param b file bytes
     * @param m the data module
     * @param ecLabVersion EC-Lab version for messages
     * @return the decoded columns
     * @throws FormatException on an unknown layout or column id, or a short module
     */
    static MprData decode(String source, byte[] b, MprModule m, String ecLabVersion) {
        int base = m.start();
        if (m.length() < 5) {
            throw FormatException.atOffset(source, base, "data module of " + m.length() + " bytes has no column table");
        }
        long points = Bytes.u4(b, base);
        int nCols = b[base + 4] & 0xFF;
        boolean bigEndianIds;
        int dataOffset;
        if (m.version() == 0 && m.newHeader()) {
            bigEndianIds = true;
            dataOffset = 0x3EF;
        } else if (m.version() == 2) {
            bigEndianIds = false;
            dataOffset = 0x195;
        } else if (m.version() == 3) {
            bigEndianIds = false;
            dataOffset = 0x196;
        } else {
            throw FormatException.atOffset(source, base, "data module version " + m.version() + " (new version field "
                    + m.newVersion() + ") of EC-Lab " + ecLabVersion + " is not a layout elyte knows (2, 3, 0 with 11.50+ header)");
        }
        if (5 + 2 * nCols > m.length() || dataOffset > m.length()) {
            throw FormatException.atOffset(source, base, "data module of " + m.length() + " bytes is shorter than its "
                    + nCols + "-column header");
        }
        int[] ids = new int[nCols];
        for (int c = 0; c < nCols; c++) {
            int at = base + 5 + 2 * c;
            ids[c] = bigEndianIds ? Bytes.u2be(b, at) : Bytes.u2(b, at);
        }
        return decodeRows(source, b, m, ids, points, dataOffset, ecLabVersion);
    }

    private static MprData decodeRows(String source, byte[] b, MprModule m, int[] ids, long points, int dataOffset,
            String ecLabVersion) {
        List<MprColumn> cols = new ArrayList<>();
        boolean flags = false;
        int rowSize = 0;
        int unknownAt = -1;
        for (int c = 0; c < ids.length; c++) {
            MprColumn col = MprColumnTable.lookup(ids[c]).orElse(null);
            if (col == null) {
                if (unknownAt >= 0) {
                    throw unknown(source, m, ids[unknownAt], unknownAt, ecLabVersion, "with another unknown id " + ids[c]);
                }
                unknownAt = c;
                cols.add(null);
                continue;
            }
            if (col.isFlag()) {
                if (!flags) {
                    rowSize += 1;
                }
                flags = true;
            }
            rowSize += col.size();
            cols.add(col);
        }
        long available = (long) m.length() - dataOffset;
        if (unknownAt >= 0) {
            long rest = points == 0 ? -1 : available / points - rowSize;
            if (points == 0 || available % points != 0 || (rest != 1 && rest != 2 && rest != 4 && rest != 8)) {
                throw unknown(source, m, ids[unknownAt], unknownAt, ecLabVersion, "its size cannot be inferred");
            }
            String type = rest == 1 ? "u1" : rest == 2 ? "u2" : rest == 4 ? "f4" : "f8";
            LOG.warn("{}: unknown .mpr column id {} kept as '{}' ({} bytes read as {})", source, ids[unknownAt],
                    "column " + ids[unknownAt], rest, type);
            cols.set(unknownAt, new MprColumn(ids[unknownAt], type, 0, "mpr column " + ids[unknownAt]));
            rowSize += (int) rest;
        }
        if (rowSize == 0 || points > available / rowSize) {
            throw FormatException.atOffset(source, m.start(), "data module declares " + points + " points of "
                    + rowSize + " bytes but holds " + available + " bytes of data (truncated file?)");
        }
        return read(b, m.start() + dataOffset, (int) points, rowSize, cols, flags);
    }

    private static FormatException unknown(String source, MprModule m, int id, int index, String version, String why) {
        return FormatException.atOffset(source, m.start() + 5 + 2L * index, "unknown .mpr column id " + id
                + " (EC-Lab " + version + ", data module version " + m.version() + "): " + why);
    }

    private static MprData read(byte[] b, int start, int rows, int rowSize, List<MprColumn> cols, boolean flags) {
        List<String> names = new ArrayList<>();
        List<double[]> out = new ArrayList<>();
        int[] offsets = new int[cols.size()];
        int off = flags ? 1 : 0;
        for (int c = 0; c < cols.size(); c++) {
            MprColumn col = cols.get(c);
            offsets[c] = col.isFlag() ? 0 : off;
            off += col.size();
            names.add(col.name());
            out.add(new double[rows]);
        }
        // flag columns share the row's first byte: it is gathered once per block, then each flag
        // column maps it through a 256-entry table instead of masking and shifting per row
        double[][] lut = new double[cols.size()][];
        for (int c = 0; c < cols.size(); c++) {
            if (cols.get(c).isFlag()) {
                lut[c] = flagTable(cols.get(c).mask());
            }
        }
        byte[] flagBytes = flags ? new byte[BLOCK] : null;
        EcLabExport.Plan export = EcLabExport.plan(names, out, rows);
        for (int r0 = 0; r0 < rows; r0 += BLOCK) {
            int r1 = Math.min(rows, r0 + BLOCK);
            if (flags) {
                for (int r = r0, at = start + r0 * rowSize; r < r1; r++, at += rowSize) {
                    flagBytes[r - r0] = b[at];
                }
            }
            for (int c = 0; c < cols.size(); c++) {
                if (lut[c] != null) {
                    double[] table = lut[c];
                    double[] v = out.get(c);
                    for (int r = r0; r < r1; r++) {
                        v[r] = table[flagBytes[r - r0] & 0xFF];
                    }
                } else {
                    fill(b, start, rowSize, cols.get(c), offsets[c], out.get(c), r0, r1);
                }
            }
            export.block(r0, r1);
        }
        export.finish(rows);
        return new MprData(names, out, rows, export.stepCount(), export.stepCountStepIds(), export.stepCountCycles());
    }

    private static double[] flagTable(int mask) {
        int shift = Integer.numberOfTrailingZeros(mask);
        double[] t = new double[256];
        for (int f = 0; f < 256; f++) {
            t[f] = (f & mask) >>> shift;
        }
        return t;
    }

    private static void fill(byte[] b, int start, int rowSize, MprColumn col, int offset, double[] v, int r0, int r1) {
        int at = start + r0 * rowSize + offset;
        switch (col.type()) {
            case "f8" -> {
                for (int r = r0; r < r1; r++, at += rowSize) {
                    v[r] = (double) Bytes.F8.get(b, at);
                }
            }
            case "f4" -> {
                for (int r = r0; r < r1; r++, at += rowSize) {
                    v[r] = (float) Bytes.F4.get(b, at);
                }
            }
            case "u2" -> {
                for (int r = r0; r < r1; r++, at += rowSize) {
                    v[r] = Short.toUnsignedInt((short) Bytes.I2.get(b, at));
                }
            }
            case "u4" -> {
                for (int r = r0; r < r1; r++, at += rowSize) {
                    v[r] = Integer.toUnsignedLong((int) Bytes.I4.get(b, at));
                }
            }
            case "u1" -> {
                for (int r = r0; r < r1; r++, at += rowSize) {
                    v[r] = b[at] & 0xFF;
                }
            }
            default -> {
                int mask = col.mask();
                int shift = Integer.numberOfTrailingZeros(mask);
                for (int r = r0; r < r1; r++, at += rowSize) {
                    v[r] = (b[at] & mask) >>> shift;
                }
            }
        }
    }
}
