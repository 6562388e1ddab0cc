package org.elyte.sim.simulation;

/** Receives progress of a long simulation (called from the simulating thread). */
@FunctionalInterface
public interface ProgressListener {
    /** Ignores progress. */
    ProgressListener NONE = (done, total) -> { };

    /**
     * @param done units finished (steps, rates, iterations)
     * @param total units in all
     */
    void progress(int done, int total);
}
