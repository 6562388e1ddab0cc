package org.elyte.sim.experiment;

import java.util.List;
import java.util.OptionalDouble;

import org.elyte.core.error.InvalidInputException;

/**
 * What bounds a step and how it is recorded: the explicit duration, the terminations (the step
 * ends at the first that triggers), the output period, the temperature and the tags. The last
 * three are PyBaMM keyword arguments; only the period can also be written in the string.
 *
 * @param durationS explicit duration in s ({@code for …}); empty means the default of
 *        {@link Step#durationS()}
 * @param terminations early-stop conditions ({@code until …}), in the order written
 * @param periodS output sampling period in s, if set
 * @param temperatureK ambient temperature in K for this step, if set
 * @param tags free labels for searching steps
 */
public record StepLimits(OptionalDouble durationS, List<Termination> terminations, OptionalDouble periodS,
        OptionalDouble temperatureK, List<String> tags) {

    /** No duration, no termination, no keywords. */
    public static final StepLimits NONE = new StepLimits(OptionalDouble.empty(), List.of(), OptionalDouble.empty(),
            OptionalDouble.empty(), List.of());

    /** Validates positivity and copies the lists. */
    public StepLimits {
        positive(durationS, "duration");
        positive(periodS, "period");
        positive(temperatureK, "temperature (K)");
        terminations = List.copyOf(terminations);
        tags = List.copyOf(tags);
    }

    private static void positive(OptionalDouble v, String what) {
        if (v.isPresent() && !(v.getAsDouble() > 0 && Double.isFinite(v.getAsDouble()))) {
            throw new InvalidInputException(what + " must be a positive finite number, got " + v.getAsDouble());
        }
    }

    /**
     * @param seconds duration in s
     * @return a copy with this explicit duration
     */
    public StepLimits withDurationS(double seconds) {
        return new StepLimits(OptionalDouble.of(seconds), terminations, periodS, temperatureK, tags);
    }

    /**
     * @param list terminations in the order they are checked
     * @return a copy with these terminations
     */
    public StepLimits withTerminations(List<Termination> list) {
        return new StepLimits(durationS, list, periodS, temperatureK, tags);
    }

    /**
     * @param seconds output period in s
     * @return a copy with this period
     */
    public StepLimits withPeriodS(double seconds) {
        return new StepLimits(durationS, terminations, OptionalDouble.of(seconds), temperatureK, tags);
    }

    /**
     * @param kelvin step temperature in K
     * @return a copy with this temperature
     */
    public StepLimits withTemperatureK(double kelvin) {
        return new StepLimits(durationS, terminations, periodS, OptionalDouble.of(kelvin), tags);
    }

    /**
     * @param list labels
     * @return a copy with these tags
     */
    public StepLimits withTags(List<String> list) {
        return new StepLimits(durationS, terminations, periodS, temperatureK, list);
    }
}
