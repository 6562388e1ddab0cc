package org.elyte.sim.parameters;

/**
 * Published open-circuit potential fits of cathode materials, in V vs Li/Li⁺ as a function of the
 * stoichiometry x = c_s/c_s,max.
 */
public enum OpenCircuitPotential {
    /**
     * LiFePO4, Afshar et al. 2017 (arXiv:1709.03970) as used in PyBaMM's Prada2013 set
     * (cell_model_reference.md §4.1): U = 3.4077 − 0.020269 x + 0.5 e^(−150x) − 0.9 e^(−30(1−x)).
     * The exponential tails make it steep near x = 0 and 1; a solver should regularise there.
     */
    LFP_AFSHAR2017("lfp_ocp_afshar2017") {
        @Override
        public double volts(double x) {
            return 3.4077 - 0.020269 * x + 0.5 * Math.exp(-150 * x) - 0.9 * Math.exp(-30 * (1 - x));
        }
    },
    /**
     * NMC811 of the LG M50 cell, Chen et al., J. Electrochem. Soc. 167 (2020) 080534:
     * U = −0.8090 x + 4.4875 − 0.0428 tanh(18.5138(x − 0.5542)) − 17.7326 tanh(15.7890(x − 0.3117))
     * + 17.5842 tanh(15.9308(x − 0.3120)); fitted for x ≈ 0.27–0.91.
     */
    NMC811_CHEN2020("nmc811_ocp_chen2020") {
        @Override
        public double volts(double x) {
            return -0.8090 * x + 4.4875 - 0.0428 * Math.tanh(18.5138 * (x - 0.5542))
                    - 17.7326 * Math.tanh(15.7890 * (x - 0.3117)) + 17.5842 * Math.tanh(15.9308 * (x - 0.3120));
        }
    };

    private final String key;

    OpenCircuitPotential(String key) {
        this.key = key;
    }

    /** @return the name used in parameter files, e.g. {@code lfp_ocp_afshar2017} */
    public String key() {
        return key;
    }

    /**
     * @param x stoichiometry c_s/c_s,max (dimensionless)
     * @return open-circuit potential in V vs Li/Li⁺
     */
    public abstract double volts(double x);
}
