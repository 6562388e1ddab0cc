package org.elyte.sim.experiment;

/**
 * One experiment step with SI values, discharge positive (PyBaMM's convention; note that a
 * {@code Recording} uses the BDF convention, charge positive). {@link #toString()} prints the
 * canonical PyBaMM step string, which {@link StepParser} reads back to an equal step; keyword
 * fields (temperature, tags) are not part of that string.
 */
public sealed interface Step permits Step.CRate, Step.Current, Step.Power, Step.Voltage, Step.Resistance, Step.Rest {

    /** Default duration (s) of every step type except C-rate steps, as in PyBaMM: 24 h. */
    double DEFAULT_DURATION_S = 86_400.0;

    /** @return duration, terminations, period, temperature and tags */
    StepLimits limits();

    /**
     * @param limits the new limits
     * @return a copy of this step with other limits
     */
    Step withLimits(StepLimits limits);

    /**
     * @return the duration in s: the explicit one, else PyBaMM's default ({@code 2/|C|} hours for a
     *         C-rate step, 24 h for every other step)
     */
    default double durationS() {
        if (limits().durationS().isPresent()) {
            return limits().durationS().getAsDouble();
        }
        if (this instanceof CRate c && c.cRate() != 0) {
            return 2 * 3600.0 / Math.abs(c.cRate());
        }
        return DEFAULT_DURATION_S;
    }

    /**
     * Parses a step string with the standard parser.
     *
     * @param text e.g. {@code "Discharge at C/3 for 2 hours or until 2.5 V"}
     * @return the step
     */
    static Step parse(String text) {
        return StepParser.standard().parse(text);
    }

    /**
     * Constant C-rate (1/h; C/3 is 1/3), positive on discharge.
     *
     * @param cRate C-rate in 1/h, signed
     * @param limits bounds
     */
    record CRate(double cRate, StepLimits limits) implements Step {
        /** Validates the value. */
        public CRate {
            Steps.requireFinite(cRate, "C-rate");
            cRate += 0.0;
        }

        @Override
        public Step withLimits(StepLimits l) {
            return new CRate(cRate, l);
        }

        @Override
        public String toString() {
            return StepFormatter.format(this);
        }
    }

    /**
     * Constant current in A, positive on discharge.
     *
     * @param amps current in A, signed
     * @param limits bounds
     */
    record Current(double amps, StepLimits limits) implements Step {
        /** Validates the value. */
        public Current {
            Steps.requireFinite(amps, "current");
            amps += 0.0;
        }

        @Override
        public Step withLimits(StepLimits l) {
            return new Current(amps, l);
        }

        @Override
        public String toString() {
            return StepFormatter.format(this);
        }
    }

    /**
     * Constant power in W, positive on discharge.
     *
     * @param watts power in W, signed
     * @param limits bounds
     */
    record Power(double watts, StepLimits limits) implements Step {
        /** Validates the value. */
        public Power {
            Steps.requireFinite(watts, "power");
            watts += 0.0;
        }

        @Override
        public Step withLimits(StepLimits l) {
            return new Power(watts, l);
        }

        @Override
        public String toString() {
            return StepFormatter.format(this);
        }
    }

    /**
     * Constant voltage hold in V.
     *
     * @param volts cell voltage in V
     * @param limits bounds
     */
    record Voltage(double volts, StepLimits limits) implements Step {
        /** Validates the value. */
        public Voltage {
            Steps.requireFinite(volts, "voltage");
            volts += 0.0;
        }

        @Override
        public Step withLimits(StepLimits l) {
            return new Voltage(volts, l);
        }

        @Override
        public String toString() {
            return StepFormatter.format(this);
        }
    }

    /**
     * Constant load resistance in Ω, positive on discharge.
     *
     * @param ohms resistance in Ω, signed as in PyBaMM
     * @param limits bounds
     */
    record Resistance(double ohms, StepLimits limits) implements Step {
        /** Validates the value. */
        public Resistance {
            Steps.requireFinite(ohms, "resistance");
            ohms += 0.0;
        }

        @Override
        public Step withLimits(StepLimits l) {
            return new Resistance(ohms, l);
        }

        @Override
        public String toString() {
            return StepFormatter.format(this);
        }
    }

    /**
     * Open circuit (zero current).
     *
     * @param limits bounds
     */
    record Rest(StepLimits limits) implements Step {
        @Override
        public Step withLimits(StepLimits l) {
            return new Rest(l);
        }

        @Override
        public String toString() {
            return StepFormatter.format(this);
        }
    }
}
