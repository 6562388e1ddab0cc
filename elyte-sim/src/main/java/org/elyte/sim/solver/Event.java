package org.elyte.sim.solver;

import java.util.Objects;

/**
 * A terminal event: integration stops where {@code g(t, y)} crosses zero in the given direction;
 * the crossing is located on the integrator's interpolant to a time tolerance.
 *
 * @param name name reported in the solution (e.g. "voltage cut-off")
 * @param direction which crossings count
 * @param function the event function g
 */
public record Event(String name, Direction direction, Function function) {

    /** Which zero crossings of g trigger the event. */
    public enum Direction {
        /** g goes from negative to positive. */
        RISING,
        /** g goes from positive to negative. */
        FALLING,
        /** either. */
        EITHER
    }

    /** The event function. */
    @FunctionalInterface
    public interface Function {
        /**
         * @param t time, s
         * @param y state (do not modify)
         * @return g(t, y)
         */
        double value(double t, double[] y);
    }

    /** Validates. */
    public Event {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(function, "function");
    }

    boolean triggers(double gOld, double gNew) {
        boolean rising = gOld < 0 && gNew >= 0;
        boolean falling = gOld > 0 && gNew <= 0;
        return switch (direction) {
            case RISING -> rising;
            case FALLING -> falling;
            case EITHER -> rising || falling;
        };
    }
}
