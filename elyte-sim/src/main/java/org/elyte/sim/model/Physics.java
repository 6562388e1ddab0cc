package org.elyte.sim.model;

/** Physical constants (CODATA 2018 exact values). */
public final class Physics {
    /** Faraday constant, C/mol. */
    public static final double FARADAY = 96485.33212;
    /** Molar gas constant, J/(mol·K). */
    public static final double GAS_CONSTANT = 8.314462618;

    private Physics() {
    }

    /** @param temperatureK temperature, K @return RT/F, V */
    public static double thermalVoltage(double temperatureK) {
        return GAS_CONSTANT * temperatureK / FARADAY;
    }
}
