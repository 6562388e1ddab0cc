package org.elyte.analysis.eis.circuit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each element's analytic Jacobian, and the series/parallel chain rule, against central differences. */
class ElementJacobianTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "R1|12.5", "C1|2.2e-6", "L1|3e-6", "CPE1|4e-6 0.83", "W1|35", "Wo1|80 0.7", "Ws1|80 0.7",
        "La1|2e-6 0.85", "G1|60 2e-3", "Gs1|60 2e-3 1.7", "Zarc1|90 1e-3 0.77", "K1|90 1e-3",
        "R0-p(R1,C1)-p(R2-Wo1,C2)|0.016 0.0087 3.3 0.0054 0.063 232 0.22",
        "p(R1,CPE1)-p(R2,CPE2)-CPE3|1.46e5 6.5e-11 0.84 2.0e6 1.5e-10 0.79 1.4e-6 0.54",
        "R0-p(R1-Wo1,C1)|0.018 0.0117 0.063 221 1.17"})
    void analyticMatchesCentralDifference(String text, String values) {
        Circuit c = Circuit.parse(text);
        String[] v = values.split(" ");
        double[] p = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            p[k] = Double.parseDouble(v[k]);
        }
        int n = 31;
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 2 * Math.PI * Math.pow(10, -3 + 9.0 * i / (n - 1));
        }
        CircuitEvaluator ev = new CircuitEvaluator(c);
        double[] re = new double[n];
        double[] im = new double[n];
        double[][] dr = new double[n][p.length];
        double[][] di = new double[n][p.length];
        ev.evaluate(p, w, re, im, dr, di);
        double[] rp = new double[n];
        double[] ip = new double[n];
        double[] rm = new double[n];
        double[] im2 = new double[n];
        for (int k = 0; k < p.length; k++) {
            double h = 1e-6 * p[k];
            double[] q = p.clone();
            q[k] = p[k] + h;
            ev.evaluate(q, w, rp, ip, null, null);
            q[k] = p[k] - h;
            ev.evaluate(q, w, rm, im2, null, null);
            for (int i = 0; i < n; i++) {
                double fdRe = (rp[i] - rm[i]) / (2 * h);
                double fdIm = (ip[i] - im2[i]) / (2 * h);
                double scale = Math.hypot(re[i], im[i]) / Math.abs(p[k]);
                // relative to |Z|/|p|: 1e-6 covers the O(h²) truncation and rounding of the difference
                assertThat(Math.abs(dr[i][k] - fdRe)).as("%s d%s/dp%d re at %g", text, c.parameterNames().get(k),
                        k, w[i]).isLessThanOrEqualTo(1e-6 * scale);
                assertThat(Math.abs(di[i][k] - fdIm)).as("%s d%s/dp%d im at %g", text, c.parameterNames().get(k),
                        k, w[i]).isLessThanOrEqualTo(1e-6 * scale);
            }
        }
    }
}
