package org.elyte.analysis.lithium;

import java.util.List;
import java.util.Optional;

import org.elyte.core.provenance.Provenance;

/**
 * Result of a Li||Cu analysis.
 *
 * @param cycles plating/stripping cycles in time order
 * @param meanCoulombicEfficiency mean CE over cycles 2…N (cycle 1 forms the SEI on fresh Cu), or of
 *     cycle 1 when it is the only one (dimensionless)
 * @param aurbach the Aurbach average efficiency, when requested
 * @param warnings what a reader should know
 * @param provenance method, options, input hash
 */
public record LithiumCopperResult(List<PlatingCycle> cycles, double meanCoulombicEfficiency,
        Optional<AurbachEfficiency> aurbach, List<String> warnings, Provenance provenance) {
    /** Copies. */
    public LithiumCopperResult {
        cycles = List.copyOf(cycles);
        warnings = List.copyOf(warnings);
        java.util.Objects.requireNonNull(aurbach, "aurbach");
        java.util.Objects.requireNonNull(provenance, "provenance");
    }
}
