package org.elyte.analysis.cycling;

import java.util.List;
import java.util.Objects;

import org.elyte.core.provenance.Provenance;

/**
 * The per-cycle summary of a recording with its provenance.
 *
 * @param cycles one entry per cycle, in recording order
 * @param capacitySource the capacity source actually used (AUTO resolved)
 * @param boundary the cycle boundaries actually used
 * @param provenance method, options and input hash
 */
public record CycleReport(List<CycleMetrics> cycles, CapacitySource capacitySource, CycleBoundary boundary,
                          Provenance provenance) {
    /**
     * @param cycles cycles, copied
     * @param capacitySource capacity source used
     * @param boundary boundaries used
     * @param provenance provenance
     */
    public CycleReport {
        cycles = List.copyOf(cycles);
        Objects.requireNonNull(capacitySource, "capacitySource");
        Objects.requireNonNull(boundary, "boundary");
        Objects.requireNonNull(provenance, "provenance");
    }
}
