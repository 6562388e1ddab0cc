package org.elyte.analysis.thermal;

/** Sign convention of the heat-flow axis. */
public enum EndothermDirection {
    /** Decide from the data: the largest deviation from the trend in the window is taken as the melting endotherm. The default. */
    AUTO,
    /** Endothermic events are positive (NETZSCH and Mettler default display). */
    UP,
    /** Endothermic events are negative ("exo up", TA Instruments default display). */
    DOWN
}
