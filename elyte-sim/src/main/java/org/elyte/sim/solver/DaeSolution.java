package org.elyte.sim.solver;

import java.util.Optional;

import org.elyte.core.error.ConvergenceException;

/**
 * The result of an integration: the accepted steps so far (always including the consistent
 * initial state), how it ended and counters.
 *
 * @param times step times, s
 * @param states state at each time (rows are copies)
 * @param status how the integration ended
 * @param message human-readable reason (which condition failed, which event fired)
 * @param event name of the event that stopped the run, if any
 * @param stats work counters
 */
public record DaeSolution(double[] times, double[][] states, Status status, String message,
        Optional<String> event, Stats stats) {

    /** How an integration ended. */
    public enum Status {
        /** reached the final time */
        COMPLETED,
        /** stopped at a terminal event */
        EVENT,
        /** consistent initialisation failed: no accepted step */
        INITIALISATION_FAILED,
        /** step size fell below the minimum (Newton or error test failing repeatedly) */
        STEP_TOO_SMALL,
        /** the step limit was reached */
        TOO_MANY_STEPS
    }

    /**
     * @param steps accepted steps
     * @param rejected rejected step attempts
     * @param rhsEvaluations right-hand-side evaluations (including finite differences)
     * @param jacobians Jacobian evaluations
     * @param factorizations LU factorisations
     */
    public record Stats(int steps, int rejected, int rhsEvaluations, int jacobians, int factorizations) {
    }

    /** @return whether the run reached the end time or an event */
    public boolean succeeded() {
        return status == Status.COMPLETED || status == Status.EVENT;
    }

    /** @return number of stored points */
    public int size() {
        return times.length;
    }

    /** @return the last time, s */
    public double lastTime() {
        return times[times.length - 1];
    }

    /** @return a copy of the last state */
    public double[] lastState() {
        return states[states.length - 1].clone();
    }

    /**
     * @return this solution if it succeeded
     * @throws ConvergenceException with {@link #message()} otherwise
     */
    public DaeSolution orThrow() {
        if (!succeeded()) {
            throw new ConvergenceException(message);
        }
        return this;
    }
}
