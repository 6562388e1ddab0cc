package org.elyte.analysis.transference;

import java.util.List;

import org.elyte.core.provenance.Provenance;

/**
 * A Bruce–Vincent transference number.
 *
 * @param value t₊ (dimensionless)
 * @param stderr standard uncertainty propagated (first order) from I_0, I_ss, R_0, R_ss
 * @param uncorrectedRatio I_ss / I_0 (dimensionless)
 * @param correctionFactor (ΔV − I_0·R_0) / (ΔV − I_ss·R_ss), so that value = ratio × factor
 * @param deltaV applied polarization ΔV, V
 * @param decay the current analysis
 * @param r0 interfacial resistance before polarization
 * @param rss interfacial resistance after polarization
 * @param warnings what a reader should know (corrections dominate, value outside [0, 1], drift)
 * @param provenance method, options, input hashes
 */
public record TransferenceNumber(double value, double stderr, double uncorrectedRatio, double correctionFactor,
        double deltaV, CurrentDecay decay, Resistance r0, Resistance rss, List<String> warnings, Provenance provenance) {
    /** Copies. */
    public TransferenceNumber {
        warnings = List.copyOf(warnings);
        java.util.Objects.requireNonNull(provenance, "provenance");
    }
}
