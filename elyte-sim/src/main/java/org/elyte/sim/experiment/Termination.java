package org.elyte.sim.experiment;

import java.util.Optional;

import org.elyte.core.error.InvalidInputException;

/**
 * Condition that ends a step early ({@code until …}). Only voltage, current and C-rate
 * terminations exist, as in PyBaMM.
 */
public sealed interface Termination permits Termination.Voltage, Termination.Current, Termination.CRate {

    /** @return the operator written before the value, if any */
    Optional<Operator> operator();

    /**
     * Voltage cut-off. Without an operator its direction follows the step: a discharge ends when
     * V &lt; value, a charge when V &gt; value.
     *
     * @param volts cut-off voltage in V
     * @param operator explicit comparison, if written
     */
    record Voltage(double volts, Optional<Operator> operator) implements Termination {
        /** Validates the value. */
        public Voltage {
            Steps.requireFinite(volts, "termination voltage");
            volts += 0.0;
        }
    }

    /**
     * Current cut-off. Without an operator it ends when |I| &lt; value; with one it compares the
     * signed current (discharge positive).
     *
     * @param amps current in A
     * @param operator explicit comparison, if written
     */
    record Current(double amps, Optional<Operator> operator) implements Termination {
        /** Validates the value. */
        public Current {
            Steps.requireFinite(amps, "termination current");
            amps += 0.0;
        }
    }

    /**
     * C-rate cut-off: ends when |C-rate| &lt; value. An operator is kept for printing but, as in
     * PyBaMM, does not change the meaning.
     *
     * @param cRate C-rate in 1/h (C/50 is 0.02)
     * @param operator comparison as written (ignored by the semantics)
     */
    record CRate(double cRate, Optional<Operator> operator) implements Termination {
        /** Validates the value. */
        public CRate {
            Steps.requireFinite(cRate, "termination C-rate");
            if (cRate <= 0) {
                throw new InvalidInputException("termination C-rate must be positive, got " + cRate);
            }
        }
    }
}
