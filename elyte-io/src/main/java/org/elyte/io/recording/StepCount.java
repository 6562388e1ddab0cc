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
     * @return the running step count, 1-based
     */
    public static double[] derive(double[] stepId, double[] cycle, int rows) {
        double[] out = new double[rows];
        double count = 1;
        for (int i = 0; i < rows; i++) {
            if (i > 0 && (Double.compare(stepId[i], stepId[i - 1]) != 0
                    || (cycle != null && Double.compare(cycle[i], cycle[i - 1]) != 0))) {
                count++;
            }
            out[i] = count;
        }
        return out;
    }
}
