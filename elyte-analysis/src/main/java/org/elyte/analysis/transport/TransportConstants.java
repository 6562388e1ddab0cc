package org.elyte.analysis.transport;

/** Physical constants used by the transport analyses (CODATA 2018, exact SI values where defined). */
public final class TransportConstants {
    /** Boltzmann constant k_B, eV/K (CODATA 2018, exact). */
    public static final double BOLTZMANN_EV_PER_K = 8.617333262e-5;
    /** kJ/mol per eV: Faraday constant F/1000, (kJ/mol)/eV (CODATA 2018, exact to the digits given). */
    public static final double KJ_PER_MOL_PER_EV = 96.485332;
    /** 0 °C in K. */
    public static final double CELSIUS_OFFSET_K = org.elyte.core.geometry.Temperatures.CELSIUS_OFFSET_K;
    /** 25 °C in K. */
    public static final double T25C_K = 298.15;

    private TransportConstants() {
    }
}
