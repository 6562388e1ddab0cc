package org.elyte.io.maccor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.elyte.core.error.FormatException;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Metadata;
import org.elyte.core.recording.Recording;

/**
 * Reads a multi-file Maccor export ({@code name.001}, {@code name.002} …, in that order) as one
 * recording. The files must have the same columns and follow each other in time (each file's
 * first {@code DPt Time} not before the previous file's last); otherwise the set is refused as
 * "not in the correct order". A {@code File Number} column (0-based) says which file a row came
 * from. When a file's test time restarts, it is shifted to continue the previous file's, adding
 * the wall-clock gap between the files when both state it.
 */
public final class MaccorSet {
    /** Name of the column holding the 0-based index of the file each row came from. */
    public static final String FILE_NUMBER = "File Number";

    private MaccorSet() {
    }

    /**
     * @param names file names, in the order the files were written
     * @param contents the files' bytes, same order
     * @return one recording of all rows
     * @throws FormatException when a file is invalid, the columns differ or the order is wrong
     */
    public static Recording read(List<String> names, List<byte[]> contents) {
        if (names.isEmpty() || names.size() != contents.size()) {
            throw new IllegalArgumentException("need as many names as contents, at least one");
        }
        MaccorReader reader = new MaccorReader();
        List<Recording> parts = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            parts.add(reader.read(names.get(i), contents.get(i)));
        }
        Recording first = parts.get(0);
        int total = 0;
        for (int i = 0; i < parts.size(); i++) {
            Recording p = parts.get(i);
            if (!p.quantities().equals(first.quantities())) {
                throw FormatException.inFile(names.get(i), "columns " + p.quantities() + " differ from "
                        + names.get(0) + "'s " + first.quantities());
            }
            if (i > 0 && p.has(Quantity.UNIX_TIME)) {
                double prevLast = parts.get(i - 1).get(Quantity.UNIX_TIME, parts.get(i - 1).rows() - 1);
                double next = p.get(Quantity.UNIX_TIME, 0);
                if (next < prevLast) {
                    throw FormatException.inFile(names.get(i), "files not in the correct order: it starts before "
                            + names.get(i - 1) + " ends");
                }
            }
            total += p.rows();
        }
        Map<Quantity, double[]> cols = new LinkedHashMap<>();
        for (Quantity q : first.quantities()) {
            cols.put(q, new double[total]);
        }
        double[] fileNumber = new double[total];
        int at = 0;
        double shift = 0;
        for (int i = 0; i < parts.size(); i++) {
            Recording p = parts.get(i);
            if (i > 0 && p.has(Quantity.TEST_TIME)) {
                shift = continuation(parts.get(i - 1), p, cols.get(Quantity.TEST_TIME)[at - 1]);
            }
            for (Quantity q : first.quantities()) {
                double[] src = p.require(q);
                double[] dst = cols.get(q);
                System.arraycopy(src, 0, dst, at, p.rows());
                if (q.equals(Quantity.TEST_TIME) && shift != 0) {
                    for (int r = at; r < at + p.rows(); r++) {
                        dst[r] += shift;
                    }
                }
            }
            java.util.Arrays.fill(fileNumber, at, at + p.rows(), i);
            at += p.rows();
        }
        cols.put(Quantity.custom(FILE_NUMBER, ""), fileNumber);
        if (cols.containsKey(Quantity.STEP_COUNT) && cols.containsKey(Quantity.STEP_ID)) {
            cols.put(Quantity.STEP_COUNT, org.elyte.io.recording.StepCount.derive(cols.get(Quantity.STEP_ID),
                    cols.get(Quantity.CYCLE_COUNT), total));
        }
        Metadata md = first.metadata().with("maccor.files", String.join("|", names));
        return Recording.of(cols, md);
    }

    /** The shift for a file whose test time restarts, so that it continues the previous file's. */
    private static double continuation(Recording prev, Recording p, double prevLastShifted) {
        double firstT = p.get(Quantity.TEST_TIME, 0);
        double prevLastRaw = prev.get(Quantity.TEST_TIME, prev.rows() - 1);
        if (firstT >= prevLastRaw) {
            return prevLastShifted - prevLastRaw;
        }
        double gap = 0;
        if (p.has(Quantity.UNIX_TIME)) {
            double g = p.get(Quantity.UNIX_TIME, 0) - prev.get(Quantity.UNIX_TIME, prev.rows() - 1);
            gap = Double.isFinite(g) && g > 0 ? g : 0;
        }
        return prevLastShifted + gap - firstT;
    }
}
