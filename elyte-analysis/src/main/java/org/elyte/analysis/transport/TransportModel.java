package org.elyte.analysis.transport;

/** A model of σ(T). */
public enum TransportModel {
    /** Arrhenius, thermally activated hopping. */
    ARRHENIUS,
    /** Vogel–Fulcher–Tammann, transport coupled to segmental (polymer) motion. */
    VTF
}
