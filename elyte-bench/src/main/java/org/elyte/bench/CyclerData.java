package org.elyte.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Large cycler inputs generated from the reference files under {@code <elyte.refdata>/cycling}
 * (default {@code ../shared/refdata}): the data records of a reference file are repeated, with the
 * headers and counters that state a size or count rewritten to match, so the readers parse a
 * consistent file of the requested size. Nothing generated is written to disk.
 */
public final class CyclerData {
    private CyclerData() {
    }

    /** @return the folder holding {@code cycling/} reference data */
    public static Path refdata() {
        return Path.of(System.getProperty("elyte.refdata", "../shared/refdata"));
    }

    /**
     * @param file path below {@code cycling/}
     * @return the file's bytes
     * @throws IllegalStateException when it is absent
     */
    public static byte[] bytes(String file) {
        Path p = refdata().resolve("cycling").resolve(file);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("cycler reference file not found at " + p
                    + " (set -Delyte.refdata=<folder holding cycling/>)");
        }
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Text file: the first {@code headerLines} lines once, then the data lines repeated {@code copies} times.
     *
     * @param text the reference file
     * @param headerLines lines before the first data line
     * @param copies how many times the data lines appear
     * @return the generated file
     */
    public static byte[] repeatLines(byte[] text, int headerLines, int copies) {
        int at = 0;
        for (int i = 0; i < headerLines; i++) {
            while (text[at] != '\n') {
                at++;
            }
            at++;
        }
        int bodyLength = text.length - at;
        boolean endsWithNewline = text[text.length - 1] == '\n';
        int body = endsWithNewline ? bodyLength : bodyLength + 1;
        byte[] out = new byte[Math.toIntExact(at + (long) body * copies)];
        System.arraycopy(text, 0, out, 0, at);
        for (int k = 0; k < copies; k++) {
            int to = at + k * body;
            System.arraycopy(text, at, out, to, bodyLength);
            if (!endsWithNewline) {
                out[to + bodyLength] = '\n';
            }
        }
        return out;
    }

    /**
     * @param text an EC-Lab {@code .mpt} export
     * @return its header line count ({@code Nb header lines}), or 1 for a file without the header block
     */
    public static int mptHeaderLines(byte[] text) {
        String head = new String(text, 0, Math.min(text.length, 4096), StandardCharsets.ISO_8859_1);
        int i = head.indexOf("Nb header lines");
        if (i < 0) {
            return 1;
        }
        int colon = head.indexOf(':', i);
        int eol = head.indexOf('\n', colon);
        return Integer.parseInt(head.substring(colon + 1, eol).strip());
    }

    /**
     * {@code .mpr}: the rows of the {@code VMP data} module repeated, its point count and module
     * length rewritten; the modules after it ({@code VMP LOG}, {@code VMP loop}) follow unchanged.
     *
     * @param mpr the reference file
     * @param copies how many times its rows appear
     * @return the generated file
     */
    public static byte[] repeatMpr(byte[] mpr, int copies) {
        int pos = 0x34;
        while (pos < mpr.length) {
            int h = pos + 6;
            String shortName = new String(mpr, h, 10, StandardCharsets.US_ASCII).strip();
            ByteBuffer bb = ByteBuffer.wrap(mpr).order(ByteOrder.LITTLE_ENDIAN);
            boolean newHeader = bb.getInt(h + 35) == -1;
            int lengthAt = h + (newHeader ? 39 : 35);
            int start = h + (newHeader ? 59 : 51);
            int length = bb.getInt(lengthAt);
            if (shortName.equals("VMP data")) {
                long version = bb.getInt(lengthAt + 4);
                int dataOffset = newHeader && version == 0 ? 0x3EF : version == 2 ? 0x195 : 0x196;
                int points = bb.getInt(start);
                int rowBytes = length - dataOffset;
                if (points <= 0 || rowBytes % points != 0) {
                    throw new IllegalStateException("cannot replicate .mpr data module: " + rowBytes + " bytes for "
                            + points + " points");
                }
                int from = start + dataOffset;
                int end = start + length;
                long newLength = dataOffset + (long) rowBytes * copies;
                byte[] out = new byte[Math.toIntExact(mpr.length + (long) rowBytes * (copies - 1))];
                System.arraycopy(mpr, 0, out, 0, from);
                for (int k = 0; k < copies; k++) {
                    System.arraycopy(mpr, from, out, from + k * rowBytes, rowBytes);
                }
                System.arraycopy(mpr, end, out, from + copies * rowBytes, mpr.length - end);
                ByteBuffer o = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
                o.putInt(lengthAt, Math.toIntExact(newLength));
                o.putInt(start, points * copies);
                return out;
            }
            pos = start + length;
        }
        throw new IllegalStateException("no VMP data module");
    }

    /**
     * Neware {@code .nda} v14–v29: the 86-byte records (from the first record to the last whole one)
     * repeated; the file header is unchanged (these versions state no record count).
     *
     * @param nda the reference file
     * @param copies how many times its records appear
     * @return the generated file
     */
    public static byte[] repeatNda(byte[] nda, int copies) {
        byte first = (byte) ((nda[14] & 0xFF) >= 26 ? 0x55 : 0xAA);
        int start = -1;
        for (int i = 72; i + 6 <= nda.length && start < 0; i++) {
            if (nda[i] == first && nda[i + 1] == 0 && nda[i + 2] == 1 && nda[i + 3] == 0 && nda[i + 4] == 0
                    && nda[i + 5] == 0) {
                start = i;
            }
        }
        if (start < 0) {
            throw new IllegalStateException("no first .nda record");
        }
        int body = (nda.length - start) / 86 * 86;
        byte[] out = new byte[Math.toIntExact(start + (long) body * copies)];
        System.arraycopy(nda, 0, out, 0, start);
        for (int k = 0; k < copies; k++) {
            System.arraycopy(nda, start, out, start + k * body, body);
        }
        return out;
    }

    /**
     * Neware {@code .ndax} whose {@code data.ndc} holds every column (ndc v2/v5): the data pages
     * after the 4 kB header page repeated; the other entries copied; deflated at level 1 (fast to
     * generate; inflating costs about the same at every level).
     *
     * @param ndax the reference archive
     * @param copies how many times its data pages appear
     * @return the generated archive
     */
    public static byte[] repeatNdax(byte[] ndax, int copies) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(ndax))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
            byte[] ndc = entries.get("data.ndc");
            int page = 4096;
            int body = ndc.length - page;
            byte[] big = new byte[Math.toIntExact(page + (long) body * copies)];
            System.arraycopy(ndc, 0, big, 0, page);
            for (int k = 0; k < copies; k++) {
                System.arraycopy(ndc, page, big, page + k * body, body);
            }
            entries.put("data.ndc", big);
            ByteArrayOutputStream bos = new ByteArrayOutputStream(big.length / 3);
            try (ZipOutputStream out = new ZipOutputStream(bos)) {
                out.setLevel(Deflater.BEST_SPEED);
                for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                    out.putNextEntry(new ZipEntry(e.getKey()));
                    out.write(e.getValue());
                    out.closeEntry();
                }
            }
            return bos.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param what label
     * @param column a column of the generated recording
     * @param reference the same column of the reference recording
     * @param copies copies of the reference rows in the generated file
     * @throws IllegalStateException when the row count or a sampled value differs
     */
    public static void requireRepeated(String what, double[] column, double[] reference, int copies) {
        int n = reference.length;
        BenchData.requireEqual(what + " rows", column.length, (long) n * copies);
        for (int r : new int[] {0, n / 3, n - 1}) {
            for (int k : new int[] {0, copies / 2, copies - 1}) {
                double v = column[k * n + r];
                if (Double.doubleToLongBits(v) != Double.doubleToLongBits(reference[r])) {
                    throw new IllegalStateException(what + " row " + (k * n + r) + ": expected " + reference[r]
                            + " (reference row " + r + "), found " + v);
                }
            }
        }
        if (Arrays.stream(reference).noneMatch(Double::isFinite)) {
            throw new IllegalStateException(what + ": reference column has no finite value");
        }
    }
}
