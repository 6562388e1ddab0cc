package org.elyte.analysis.eis.fit;

/**
 * Physical attribution of an arc from its specific effective capacitance (Irvine, Sinclair &amp;
 * West, Adv. Mater. 2 (1990) 132), stated for a cell constant L/S of 1 cm⁻¹; see {@link Arcs}.
 */
public enum ArcLabel {
    /** bulk (grain interior), C_eff 10⁻¹⁴–5·10⁻¹¹ F, the smallest such capacitance */
    BULK("bulk", "bulk"),
    /** grain boundary, C_eff up to 10⁻⁸ F and larger than the bulk arc's */
    GRAIN_BOUNDARY("grainBoundary", "grain boundary"),
    /** electrode interface or blocking-electrode spur, C_eff ≥ 10⁻⁷ F */
    ELECTRODE("electrode", "electrode"),
    /** outside these ranges (e.g. 10⁻⁸–10⁻⁷ F surface layers) or a third arc in one range */
    UNKNOWN("unknown", "unknown");

    private final String jsonName;
    private final String displayName;

    ArcLabel(String jsonName, String displayName) {
        this.jsonName = jsonName;
        this.displayName = displayName;
    }

    /** @return the name in JSON output ({@code bulk}, {@code grainBoundary}, {@code electrode}, {@code unknown}) */
    public String jsonName() {
        return jsonName;
    }

    /** @return the name shown to people */
    public String displayName() {
        return displayName;
    }
}
