package org.elyte.sim.simulation;

import java.util.List;
import java.util.Objects;

import org.elyte.core.recording.Recording;

/**
 * The outcome of an experiment: one recording in the BDF conventions and a report per step run.
 *
 * @param recording TEST_TIME (s), VOLTAGE (V), CURRENT (A, positive when charging), CYCLE_COUNT,
 *        STEP_ID (step within its cycle, 1-based), STEP_COUNT (running step number, 1-based),
 *        CHARGING_CAPACITY and DISCHARGING_CAPACITY (Ah, from the start of each step); metadata with
 *        area, active mass, temperature
 * @param steps one report per step that was run, in order
 * @param status how the experiment ended
 * @param message why it ended (empty when every step completed)
 */
public record SimulationResult(Recording recording, List<StepReport> steps, Status status, String message) {

    /** How an experiment ended. */
    public enum Status {
        /** every step ran */
        COMPLETED,
        /** an experiment-level termination stopped it after a cycle */
        TERMINATED,
        /** a step failed (solver) or could not be run; the recording holds the data up to it */
        FAILED
    }

    /**
     * One step as it was run.
     *
     * @param cycle 1-based cycle number
     * @param stepInCycle 1-based step number within the cycle
     * @param step the step string
     * @param startS start time, s
     * @param endS end time, s
     * @param ended why it ended: "duration", the termination or limit that fired, or the failure
     * @param chargeAh charge passed on charge, Ah
     * @param dischargeAh charge passed on discharge, Ah
     * @param temperatureK temperature of the step, K
     */
    public record StepReport(int cycle, int stepInCycle, String step, double startS, double endS, String ended,
            double chargeAh, double dischargeAh, double temperatureK) {
    }

    /** Copies the list. */
    public SimulationResult {
        Objects.requireNonNull(recording, "recording");
        steps = List.copyOf(steps);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
    }

    /** @return whether the experiment ran to its end or to an experiment termination */
    public boolean succeeded() {
        return status != Status.FAILED;
    }
}
