package org.elyte.analysis.voltammetry;

import java.util.ArrayList;
import java.util.List;

/** Splits a potential record into monotonic sweeps with a reversal tolerance. */
final class Sweeps {
    private Sweeps() {
    }

    /** @return {from, to} row ranges of sweeps with at least 5 rows */
    static List<int[]> split(double[] e, double tol) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int dir = 0;
        int ext = 0;
        for (int k = 1; k < e.length; k++) {
            if (!Double.isFinite(e[k])) {
                continue;
            }
            if (dir == 0) {
                if (Math.abs(e[k] - e[start]) > tol) {
                    dir = e[k] > e[start] ? 1 : -1;
                    ext = k;
                }
                continue;
            }
            if (dir * (e[k] - e[ext]) >= 0) {
                ext = k;
            } else if (dir * (e[ext] - e[k]) > tol) {
                add(out, start, ext + 1);
                start = ext;
                dir = -dir;
                ext = k;
            }
        }
        if (dir != 0) {
            add(out, start, ext + 1);
        }
        return out;
    }

    private static void add(List<int[]> out, int from, int to) {
        if (to - from >= 5) {
            out.add(new int[] {from, to});
        }
    }
}
