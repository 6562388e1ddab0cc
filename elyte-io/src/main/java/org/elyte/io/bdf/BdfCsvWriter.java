package org.elyte.io.bdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.elyte.core.error.ElyteException;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Recording;

/**
 * Writes a recording as Battery Data Format CSV: BDF columns under their preferred label or machine
 * name in BDF units (temperatures in °C), other standard quantities under elyte's label or machine
 * name, instrument columns under their original name. Numbers use the shortest text that reads back
 * to the same double; NaN is an empty cell. A path ending in {@code .gz} is gzip-compressed.
 */
public final class BdfCsvWriter {
    private BdfCsvWriter() {
    }

    /**
     * @param r recording
     * @param naming header style
     * @param out destination (not closed)
     * @throws IOException when writing fails
     */
    public static void write(Recording r, BdfNaming naming, OutputStream out) throws IOException {
        List<Quantity> qs = r.quantities();
        double[][] cols = new double[qs.size()][];
        double[] scale = new double[qs.size()];
        double[] offset = new double[qs.size()];
        StringBuilder header = new StringBuilder();
        for (int c = 0; c < qs.size(); c++) {
            Quantity q = qs.get(c);
            cols[c] = r.require(q);
            var bdf = BdfColumn.forQuantity(q);
            String name;
            if (bdf.isPresent()) {
                name = naming == BdfNaming.MACHINE_NAMES ? bdf.get().machineName() : bdf.get().label();
                scale[c] = bdf.get().target().scale();
                offset[c] = bdf.get().target().offset();
            } else {
                name = naming == BdfNaming.MACHINE_NAMES && q.standard() ? q.machineName() : q.label();
                scale[c] = 1;
            }
            header.append(c == 0 ? "" : ",").append(quote(name));
        }
        OutputStream o = out instanceof BufferedOutputStream ? out : new BufferedOutputStream(out, 1 << 16);
        o.write(header.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        StringBuilder line = new StringBuilder(256);
        for (int i = 0; i < r.rows(); i++) {
            line.setLength(0);
            for (int c = 0; c < cols.length; c++) {
                if (c > 0) {
                    line.append(',');
                }
                double v = cols[c][i];
                if (!Double.isNaN(v)) {
                    double bdfValue = (v - offset[c]) / scale[c];
                    if (bdfValue == Math.rint(bdfValue) && Math.abs(bdfValue) < 1e15) {
                        line.append((long) bdfValue);
                    } else {
                        line.append(bdfValue);
                    }
                }
            }
            line.append('\n');
            o.write(line.toString().getBytes(StandardCharsets.US_ASCII));
        }
        o.flush();
    }

    /**
     * @param r recording
     * @param naming header style
     * @param file destination; gzip-compressed when the name ends in {@code .gz}
     * @throws ElyteException when the file cannot be written
     */
    public static void write(Recording r, BdfNaming naming, Path file) {
        try (OutputStream raw = Files.newOutputStream(file);
                OutputStream out = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw) {
            write(r, naming, out);
        } catch (IOException e) {
            throw new ElyteException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param r recording
     * @param naming header style
     * @return the CSV bytes
     */
    public static byte[] toBytes(Recording r, BdfNaming naming) {
        var out = new java.io.ByteArrayOutputStream();
        try {
            write(r, naming, out);
        } catch (IOException e) {
            throw new ElyteException("cannot write to memory: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static String quote(String s) {
        return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
