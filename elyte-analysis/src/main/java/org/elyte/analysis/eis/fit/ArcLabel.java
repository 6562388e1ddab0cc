package org.elyte.analysis.eis.fit;

/**
 * Physical attribution of an arc from its effective capacitance (Irvine, Sinclair &amp; West,
 * Adv. Mater. 2 (1990) 132), for a sample of unit cell constant; see {@link Arcs}.
 */
public enum ArcLabel {
    /** bulk (grain interior), C_eff 10⁻¹⁴–5·10⁻¹¹ F, the smallest such capacitance */
    BULK,
    /** grain boundary, C_eff up to 10⁻⁸ F and larger than the bulk arc's */
    GRAIN_BOUNDARY,
    /** electrode interface or blocking-electrode spur, C_eff ≥ 10⁻⁷ F */
    ELECTRODE,
    /** outside these ranges (e.g. 10⁻⁸–10⁻⁷ F surface layers) or a third arc in one range */
    UNKNOWN
}
