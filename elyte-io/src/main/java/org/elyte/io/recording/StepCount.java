package org.elyte.io.recording;

/**
 * Derives the BDF {@code Step Count}: a running count of steps that starts at 1 and increases by
 * one on every row whose step number (or, when present, cycle number) differs from the row
 * before. This matches the BDF definition of a step as a contiguous run of rows with the same
 * programmed step, and Neware's "Step Count".
 */
public final class StepCount {
    private StepCount() {
    }

    /**
     * @param stepId step numbers as the instrument writes them
     * @param cycle cycle numbers, or null when the file has none
     * @param rows number of rows
     * @return the running step count, 1-based, in a new array
     */
    public static double[] derive(double[] stepId, double[] cycle, int rows) {
        return fill(stepId, cycle, rows, new double[rows]);
    }

    /**
     * Writes the running step count into an array the caller provides (no allocation).
     *
     * @param stepId step numbers as the instrument writes them
     * @param cycle cycle numbers, or null when the file has none
     * @param rows number of rows
     * @param out receives the running step count, 1-based, in its first {@code rows} entries; may be
     *     neither {@code stepId} nor {@code cycle}
     * @return {@code out}
     */
    public static double[] fill(double[] stepId, double[] cycle, int rows, double[] out) {
        return fill(stepId, cycle, 0, rows, out);
    }

    /**
     * Writes the running step count of rows {@code from … to − 1} into a provided array, continuing
     * the count in {@code out[from − 1]}: calling it for consecutive ranges from 0 on gives the same
     * values as one call for all rows (for readers that decode block by block).
     *
     * @param stepId step numbers as the instrument writes them
     * @param cycle cycle numbers, or null when the file has none
     * @param from first row; when above 0, rows {@code from − 1} of the inputs and of {@code out} must be filled
     * @param to one past the last row
     * @param out receives the running step count, 1-based; may be neither {@code stepId} nor {@code cycle}
     * @return {@code out}
     */
    public static double[] fill(double[] stepId, double[] cycle, int from, int to, double[] out) {
        if (to <= from) {
            return out;
        }
        int i = from;
        double count;
        if (from == 0) {
            count = 1;
            out[0] = count;
            i = 1;
        } else {
            count = out[from - 1];
        }
        double prevStep = stepId[i - 1];
        if (cycle == null) {
            for (; i < to; i++) {
                double s = stepId[i];
                if (Double.compare(s, prevStep) != 0) {
                    count++;
                }
                prevStep = s;
                out[i] = count;
            }
            return out;
        }
        double prevCycle = cycle[i - 1];
        for (; i < to; i++) {
            double s = stepId[i];
            double c = cycle[i];
            if (Double.compare(s, prevStep) != 0 || Double.compare(c, prevCycle) != 0) {
                count++;
            }
            prevStep = s;
            prevCycle = c;
            out[i] = count;
        }
        return out;
    }
}
