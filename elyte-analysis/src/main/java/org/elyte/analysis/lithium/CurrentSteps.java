package org.elyte.analysis.lithium;

import java.util.ArrayList;
import java.util.List;

import org.elyte.core.error.AnalysisException;

/**
 * Splits a current record into steps of one sign. A row is at rest when |I| is at most
 * {@code restFraction} times the median |I| of the non-zero rows; rest rows end a step, and so does
 * a change of sign. Steps with fewer than 3 rows are dropped (switching transients).
 */
public final class CurrentSteps {
    private CurrentSteps() {
    }

    /**
     * @param currentA current per row, A
     * @param restFraction rest threshold as a fraction of the median |I| (dimensionless, e.g. 0.05)
     * @param source file name for messages
     * @return the steps in time order
     * @throws AnalysisException if the current is zero everywhere
     */
    public static List<CurrentStep> split(double[] currentA, double restFraction, String source) {
        double[] nz = java.util.Arrays.stream(currentA).filter(v -> Double.isFinite(v) && v != 0).map(Math::abs).toArray();
        if (nz.length == 0) {
            throw new AnalysisException(source + ": the current is zero or missing in every row; no steps to analyse");
        }
        double rest = restFraction * Stats.median(nz);
        List<CurrentStep> out = new ArrayList<>();
        int start = -1;
        int sign = 0;
        for (int i = 0; i <= currentA.length; i++) {
            int s = 0;
            if (i < currentA.length && Double.isFinite(currentA[i]) && Math.abs(currentA[i]) > rest) {
                s = currentA[i] > 0 ? 1 : -1;
            }
            if (s != sign) {
                if (sign != 0 && i - start >= 3) {
                    out.add(new CurrentStep(start, i, sign));
                }
                start = i;
                sign = s;
            }
        }
        return List.copyOf(out);
    }
}
