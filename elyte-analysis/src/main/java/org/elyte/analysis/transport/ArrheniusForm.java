package org.elyte.analysis.transport;

/** Which linearisation of the Arrhenius law is fitted against 1/T. */
public enum ArrheniusForm {
    /** ln(σT) = ln A − E_a/(k_B T): the form for hopping conduction (default). */
    SIGMA_T,
    /** ln σ = ln A − E_a/(k_B T). */
    SIGMA
}
