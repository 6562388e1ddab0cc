package org.elyte.sim.experiment;

import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.elyte.core.error.InvalidInputException;

/**
 * PyBaMM's keyword-only step arguments ({@code period=}, {@code temperature=}, {@code tags=}) that
 * are given next to a step string rather than inside it.
 *
 * @param periodS output period in s, if given
 * @param temperatureK step temperature in K, if given
 * @param tags labels for searching steps
 */
public record StepKeywords(OptionalDouble periodS, OptionalDouble temperatureK, List<String> tags) {
    private static final Pattern TEMPERATURE = Pattern.compile("\\s*(-?[0-9]+(?:\\.[0-9]*)?(?:[eE]-?[0-9]+)?)\\s*(oC|°C|K)?\\s*");

    /** No keyword arguments. */
    public static final StepKeywords NONE = new StepKeywords(OptionalDouble.empty(), OptionalDouble.empty(), List.of());

    /** Copies the tag list. */
    public StepKeywords {
        tags = List.copyOf(tags);
    }

    /**
     * Reads a temperature the way PyBaMM's {@code temperature=} does: {@code "25oC"},
     * {@code "298.15 K"}, {@code "-5oC"}; a bare number is kelvin.
     *
     * @param text the temperature text
     * @return the temperature in K
     */
    public static double temperatureK(String text) {
        Matcher m = TEMPERATURE.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new InvalidInputException("cannot read temperature '" + text
                    + "'; expected e.g. '25oC', '298.15 K' or a number in kelvin");
        }
        double v = Double.parseDouble(m.group(1));
        double k = m.group(2) == null || m.group(2).equals("K") ? v : v + 273.15;
        if (!(k > 0)) {
            throw new InvalidInputException("temperature '" + text + "' is not above absolute zero");
        }
        return k;
    }

    /**
     * @param text e.g. {@code "25oC"}
     * @return a copy with this temperature
     */
    public StepKeywords withTemperature(String text) {
        return new StepKeywords(periodS, OptionalDouble.of(temperatureK(text)), tags);
    }

    /**
     * @param seconds output period in s
     * @return a copy with this period
     */
    public StepKeywords withPeriodS(double seconds) {
        return new StepKeywords(OptionalDouble.of(seconds), temperatureK, tags);
    }

    /**
     * @param list labels
     * @return a copy with these tags
     */
    public StepKeywords withTags(List<String> list) {
        return new StepKeywords(periodS, temperatureK, list);
    }
}
