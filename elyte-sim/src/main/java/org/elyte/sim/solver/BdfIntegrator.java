package org.elyte.sim.solver;

import java.util.List;
import java.util.Objects;

import org.elyte.core.error.InvalidInputException;

/**
 * Variable-step, variable-order (1–5) BDF integrator for {@code M·y' = f(t, y)} with diagonal M
 * (Shampine &amp; Reichelt 1997 quasi-constant step-size form with backward differences; the DAE
 * treatment of Brenan, Campbell &amp; Petzold). Each run first makes the algebraic unknowns
 * consistent with the differential ones (Newton on {@code f_alg(t0, y) = 0}), then steps until the
 * end time, a terminal {@link Event}, or a failure; a failure is returned, not thrown, with the
 * accepted steps so far and a message naming the condition that failed. Thread-safe: each call
 * allocates its own work arrays (once per call, not per step).
 */
public final class BdfIntegrator {
    private final BdfOptions options;

    /** @param options tolerances and limits */
    public BdfIntegrator(BdfOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** @return an integrator with {@link BdfOptions#defaults()} */
    public static BdfIntegrator withDefaults() {
        return new BdfIntegrator(BdfOptions.defaults());
    }

    /** @return the options */
    public BdfOptions options() {
        return options;
    }

    /**
     * @param system the DAE
     * @param t0 start time, s
     * @param y0 initial state (copied); algebraic entries are a first guess
     * @param tEnd end time, s (&gt; t0)
     * @param events terminal events (may be empty)
     * @return the solution (check {@link DaeSolution#status()})
     * @throws InvalidInputException if sizes disagree, y0 is not finite or tEnd ≤ t0
     */
    public DaeSolution integrate(DaeSystem system, double t0, double[] y0, double tEnd, List<Event> events) {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(events, "events");
        int n = system.size();
        if (y0.length != n) {
            throw new InvalidInputException("initial state has " + y0.length + " entries, the system has " + n);
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(y0[i])) {
                throw new InvalidInputException("initial state entry " + i + " is " + y0[i]);
            }
        }
        if (!(tEnd > t0) || !Double.isFinite(tEnd) || !Double.isFinite(t0)) {
            throw new InvalidInputException("integration needs finite t0 < tEnd, got " + t0 + " .. " + tEnd + " s");
        }
        return new BdfRun(system, options, List.copyOf(events)).run(t0, y0.clone(), tEnd);
    }

    /**
     * Makes the algebraic unknowns of y consistent at time t, without integrating.
     *
     * @param system the DAE
     * @param t time, s
     * @param y state; algebraic entries are updated in place
     * @return empty string on success, else the reason of failure
     */
    public String initialize(DaeSystem system, double t, double[] y) {
        return new BdfRun(system, options, List.of()).consistentInit(t, y);
    }
}
