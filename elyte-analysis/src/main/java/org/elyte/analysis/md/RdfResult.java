package org.elyte.analysis.md;

/**
 * Radial distribution function g_ab(r) and running coordination number n_ab(r).
 *
 * @param centre species at the centre (a)
 * @param neighbour species counted around it (b)
 * @param rM bin centres, m
 * @param g g(r) at each bin
 * @param coordination n(r) = number of b within r of an a, at each bin's upper edge
 */
public record RdfResult(String centre, String neighbour, double[] rM, double[] g, double[] coordination) {
    /** Defensive copies. */
    public RdfResult {
        rM = rM.clone();
        g = g.clone();
        coordination = coordination.clone();
    }

    @Override
    public double[] rM() {
        return rM.clone();
    }

    @Override
    public double[] g() {
        return g.clone();
    }

    @Override
    public double[] coordination() {
        return coordination.clone();
    }

    /**
     * First coordination shell: the highest peak of g, then the first minimum after it.
     *
     * @return {peak position m, minimum position m, coordination number at the minimum}; NaNs if g has no peak
     */
    public double[] firstShell() {
        int p = -1;
        for (int i = 0; i < g.length; i++) {
            if (g[i] > 0 && (p < 0 || g[i] > g[p])) {
                p = i;
            }
            if (p >= 0 && g[p] > 1 && g[i] < g[p] / 2 && i > p) {
                break; // first peak found and fallen below half
            }
        }
        if (p < 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        int m = p + 1;
        while (m + 1 < g.length && !(g[m] <= g[m + 1] && g[m] < g[p])) {
            m++;
        }
        m = Math.min(m, g.length - 1);
        return new double[] {rM[p], rM[m], coordination[m]};
    }
}
