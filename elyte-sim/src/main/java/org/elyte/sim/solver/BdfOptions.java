package org.elyte.sim.solver;

import org.elyte.core.error.InvalidInputException;

/**
 * Integrator settings.
 *
 * @param relTol relative tolerance (e.g. 1e-6)
 * @param absTol absolute tolerance in the unknowns' units (e.g. 1e-8)
 * @param firstStep first step size, s; 0 chooses one from the initial derivative
 * @param maxStep largest step size, s (positive infinity for none)
 * @param maxSteps largest number of accepted plus rejected steps before giving up
 * @param maxOrder highest BDF order, 1..5
 */
public record BdfOptions(double relTol, double absTol, double firstStep, double maxStep, int maxSteps,
        int maxOrder) {

    /** Validates. */
    public BdfOptions {
        if (!(relTol > 0) || !(absTol > 0) || !(firstStep >= 0) || !(maxStep > 0) || maxSteps < 1
                || maxOrder < 1 || maxOrder > 5) {
            throw new InvalidInputException("invalid BDF options: relTol " + relTol + ", absTol " + absTol
                    + ", firstStep " + firstStep + ", maxStep " + maxStep + ", maxSteps " + maxSteps
                    + ", maxOrder " + maxOrder + " (need tolerances > 0, order 1..5)");
        }
    }

    /** @return relTol 1e-6, absTol 1e-8, automatic first step, no max step, 100 000 steps, order 5 */
    public static BdfOptions defaults() {
        return new BdfOptions(1e-6, 1e-8, 0, Double.POSITIVE_INFINITY, 100_000, 5);
    }

    /** @param rtol relative tolerance @param atol absolute tolerance @return a copy with those tolerances */
    public BdfOptions withTolerances(double rtol, double atol) {
        return new BdfOptions(rtol, atol, firstStep, maxStep, maxSteps, maxOrder);
    }

    /** @param h largest step, s @return a copy */
    public BdfOptions withMaxStep(double h) {
        return new BdfOptions(relTol, absTol, firstStep, h, maxSteps, maxOrder);
    }

    /** @param h first step, s (0 = automatic) @return a copy */
    public BdfOptions withFirstStep(double h) {
        return new BdfOptions(relTol, absTol, h, maxStep, maxSteps, maxOrder);
    }

    /** @param order highest order 1..5 @return a copy */
    public BdfOptions withMaxOrder(int order) {
        return new BdfOptions(relTol, absTol, firstStep, maxStep, maxSteps, order);
    }
}
