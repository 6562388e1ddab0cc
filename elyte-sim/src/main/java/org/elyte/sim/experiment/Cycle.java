package org.elyte.sim.experiment;

import java.util.List;
import java.util.stream.Collectors;

import org.elyte.core.error.InvalidInputException;

/**
 * An ordered group of steps counted as one cycle (a Python tuple in PyBaMM's
 * {@code operating_conditions}).
 *
 * @param steps the steps, at least one
 */
public record Cycle(List<Step> steps) {
    /** Copies the list and rejects an empty cycle. */
    public Cycle {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new InvalidInputException("a cycle needs at least one step");
        }
    }

    /** @return {@code "(step, step, …)"}, which {@link Experiment#parse} reads back */
    @Override
    public String toString() {
        return steps.stream().map(Step::toString).collect(Collectors.joining(", ", "(", ")"));
    }
}
