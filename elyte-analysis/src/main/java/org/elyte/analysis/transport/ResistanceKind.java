package org.elyte.analysis.transport;

/** Which resistance of a blocking-electrode spectrum a conductivity is computed from. */
public enum ResistanceKind {
    /** The bulk (grain interior) resistance: the arc with C_eff in the bulk range, or the series resistance. */
    BULK("bulk", "bulk"),
    /** The grain-boundary resistance: the arc(s) with C_eff in the grain-boundary range. */
    GRAIN_BOUNDARY("grainBoundary", "grain boundary"),
    /** Bulk plus grain boundary: the total ionic resistance of the electrolyte, electrode arcs excluded. */
    TOTAL("total", "total");

    private final String jsonName;
    private final String displayName;

    ResistanceKind(String jsonName, String displayName) {
        this.jsonName = jsonName;
        this.displayName = displayName;
    }

    /** @return the key used in JSON output ({@code bulk}, {@code grainBoundary}, {@code total}) */
    public String jsonName() {
        return jsonName;
    }

    /** @return the name shown to people */
    public String displayName() {
        return displayName;
    }
}
