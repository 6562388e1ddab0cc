package org.elyte.analysis.eis.fit;

import java.util.List;
import java.util.Objects;

/**
 * One arc of a fitted circuit: a parallel R–C or R–CPE block, a Zarc or K element, or a lone
 * series CPE/C spur.
 *
 * @param elements ids of the elements forming the arc, e.g. {@code [R1, CPE1]}
 * @param resistanceOhm arc resistance, Ω ({@code +∞} for a blocking spur)
 * @param resistanceStderrOhm its standard error, Ω (NaN for a spur)
 * @param q CPE Q, F s^(n−1) (the capacitance, F, for an ideal capacitor)
 * @param n CPE exponent (1 for an ideal capacitor)
 * @param effectiveCapacitanceF C_eff = (R^(1−n)·Q)^(1/n), F (Brug 1984); Q itself for a spur
 * @param apexFrequencyHz 1/(2π (R·Q)^(1/n)), Hz (NaN for a spur)
 * @param label attribution
 */
public record Arc(List<String> elements, double resistanceOhm, double resistanceStderrOhm, double q, double n,
        double effectiveCapacitanceF, double apexFrequencyHz, ArcLabel label) {
    /** Copies. */
    public Arc {
        elements = List.copyOf(elements);
        Objects.requireNonNull(label, "label");
    }

    /** @param l new label @return a copy with that label */
    public Arc withLabel(ArcLabel l) {
        return new Arc(elements, resistanceOhm, resistanceStderrOhm, q, n, effectiveCapacitanceF, apexFrequencyHz, l);
    }

    /** @return true for a blocking spur (series CPE or C without a parallel resistance) */
    public boolean isSpur() {
        return Double.isInfinite(resistanceOhm);
    }
}
