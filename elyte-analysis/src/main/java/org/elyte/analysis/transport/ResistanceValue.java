package org.elyte.analysis.transport;

import java.util.Objects;

/**
 * A resistance taken from a fit and the conductivity computed from it.
 *
 * @param kind which resistance (bulk, grain boundary, total)
 * @param resistanceOhm resistance, Ω
 * @param stderrOhm its standard error from the fit covariance, Ω
 * @param conductivity σ = L/(R·S) with the propagated uncertainty
 */
public record ResistanceValue(ResistanceKind kind, double resistanceOhm, double stderrOhm, Conductivity conductivity) {
    /**
     * @param kind kind
     * @param resistanceOhm resistance
     * @param stderrOhm standard error
     * @param conductivity conductivity
     */
    public ResistanceValue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(conductivity, "conductivity");
    }
}
