package org.elyte.sim.model;

/**
 * Open-circuit potential of an insertion material versus Li/Li⁺ as a function of the
 * stoichiometry x = c_s/c_s,max. Implementations are regularised: outside their fitted range
 * they continue linearly (C¹), so Newton iterates that leave [0, 1] see bounded, monotone values.
 */
public sealed interface OpenCircuitPotential permits OpenCircuitPotential.Lfp, OpenCircuitPotential.Ncm811 {

    /** @param x stoichiometry (any real) @return U, V vs Li/Li⁺ */
    double value(double x);

    /** @param x stoichiometry @return dU/dx, V */
    double slope(double x);

    /** @return the LFP fit of Afshar et al. 2017 as used by PyBaMM's Prada2013 set */
    static OpenCircuitPotential lfp() {
        return new Lfp(1e-4);
    }

    /** @return the NMC811 fit of Chen et al. 2020 (LG M50) */
    static OpenCircuitPotential ncm811() {
        return new Ncm811(0.0, 1.0);
    }

    /**
     * LiFePO₄: {@code U = 3.4077 − 0.020269x + 0.5exp(−150x) − 0.9exp(−30(1 − x))} (S. Afshar et al.,
     * arXiv:1709.03970 (2017); M. Prada et al., J. Electrochem. Soc. 160 (2013) A616;
     * cell_model_reference §4.1), continued linearly outside [edge, 1 − edge].
     *
     * @param edge stoichiometry margin where the linear continuation starts (e.g. 1e-4)
     */
    record Lfp(double edge) implements OpenCircuitPotential {
        private static double raw(double x) {
            return 3.4077 - 0.020269 * x + 0.5 * Math.exp(-150 * x) - 0.9 * Math.exp(-30 * (1 - x));
        }

        private static double rawSlope(double x) {
            return -0.020269 - 75 * Math.exp(-150 * x) - 27 * Math.exp(-30 * (1 - x));
        }

        @Override
        public double value(double x) {
            double lo = edge;
            double hi = 1 - edge;
            if (x < lo) {
                return raw(lo) + rawSlope(lo) * (x - lo);
            }
            if (x > hi) {
                return raw(hi) + rawSlope(hi) * (x - hi);
            }
            return raw(x);
        }

        @Override
        public double slope(double x) {
            return rawSlope(Math.min(Math.max(x, edge), 1 - edge));
        }
    }

    /**
     * LiNi₀.₈Mn₀.₁Co₀.₁O₂ (LG M50 cathode): {@code U = −0.8090x + 4.4875 − 0.0428tanh(18.5138(x − 0.5542))
     * − 17.7326tanh(15.7890(x − 0.3117)) + 17.5842tanh(15.9308(x − 0.3120))} (C.-H. Chen, F. Brosa
     * Planella, K. O'Regan, D. Gastol, W.D. Widanage, E. Kendrick, J. Electrochem. Soc. 167 (2020)
     * 080534; fitted for x ≈ 0.26–0.91), continued linearly outside [lo, hi].
     *
     * @param lo lower end of the smooth range
     * @param hi upper end of the smooth range
     */
    record Ncm811(double lo, double hi) implements OpenCircuitPotential {
        private static double raw(double x) {
            return -0.8090 * x + 4.4875 - 0.0428 * Math.tanh(18.5138 * (x - 0.5542))
                    - 17.7326 * Math.tanh(15.7890 * (x - 0.3117)) + 17.5842 * Math.tanh(15.9308 * (x - 0.3120));
        }

        private static double sech2(double a) {
            double c = Math.cosh(a);
            return 1 / (c * c);
        }

        private static double rawSlope(double x) {
            return -0.8090 - 0.0428 * 18.5138 * sech2(18.5138 * (x - 0.5542))
                    - 17.7326 * 15.7890 * sech2(15.7890 * (x - 0.3117))
                    + 17.5842 * 15.9308 * sech2(15.9308 * (x - 0.3120));
        }

        @Override
        public double value(double x) {
            if (x < lo) {
                return raw(lo) + rawSlope(lo) * (x - lo);
            }
            if (x > hi) {
                return raw(hi) + rawSlope(hi) * (x - hi);
            }
            return raw(x);
        }

        @Override
        public double slope(double x) {
            return rawSlope(Math.min(Math.max(x, lo), hi));
        }
    }
}
