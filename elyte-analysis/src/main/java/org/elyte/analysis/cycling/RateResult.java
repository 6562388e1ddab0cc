package org.elyte.analysis.cycling;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

import org.elyte.core.provenance.Provenance;

/**
 * Rate capability: blocks of cycles at one current and the recovery at the first rate.
 *
 * @param blocks blocks in order
 * @param oneCAh the capacity that defines 1C, A·h
 * @param recoveryPercent mean capacity of the last later block at the first block's current ÷ the first
 *     block's, %; empty when the rate never returns
 * @param provenance method and options
 */
public record RateResult(List<RateBlock> blocks, double oneCAh, OptionalDouble recoveryPercent, Provenance provenance) {
    /**
     * @param blocks blocks, copied
     * @param oneCAh 1C capacity, Ah
     * @param recoveryPercent recovery, %
     * @param provenance provenance
     */
    public RateResult {
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(recoveryPercent, "recoveryPercent");
        Objects.requireNonNull(provenance, "provenance");
    }
}
