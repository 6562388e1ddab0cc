package org.elyte.analysis.voltammetry;

import java.util.List;
import java.util.Optional;

import org.elyte.core.provenance.Provenance;

/**
 * Electrochemical stability window.
 *
 * @param sweeps every sweep with its onset
 * @param anodic onset of the first anodic sweep that reached the threshold
 * @param cathodic onset of the first cathodic sweep that reached the threshold
 * @param warnings what a reader should know
 * @param provenance method, options, input hash
 */
public record StabilityWindowResult(List<Sweep> sweeps, Optional<Onset> anodic, Optional<Onset> cathodic,
        List<String> warnings, Provenance provenance) {
    /** Copies. */
    public StabilityWindowResult {
        sweeps = List.copyOf(sweeps);
        warnings = List.copyOf(warnings);
    }

    /** @return anodic − cathodic threshold onset, V, when both are known */
    public Optional<Double> widthV() {
        return anodic.flatMap(a -> cathodic.map(c -> a.thresholdV() - c.thresholdV()));
    }
}
