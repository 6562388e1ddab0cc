package org.elyte.app.lithium;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.elyte.core.error.InvalidInputException;

/** Parses voltages and current densities as people write them ({@code 5mV}, {@code 0.12 mA/cm2}). */
public final class CliValues {
    private static final Pattern NUMBER_UNIT = Pattern.compile("\\s*([-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*(\\S*)\\s*");
    private static final Map<String, Double> VOLT = Map.of("v", 1.0, "mv", 1e-3, "uv", 1e-6, "µv", 1e-6);
    private static final Map<String, Double> DENSITY = Map.of("a/m2", 1.0, "ma/cm2", 10.0, "ua/cm2", 1e-2,
            "µa/cm2", 1e-2, "a/cm2", 1e4, "ma/m2", 1e-3);

    private CliValues() {
    }

    /**
     * @param option option name for messages
     * @param text e.g. {@code 5mV}, {@code 0.005 V}
     * @param bareUnit unit of a bare number, e.g. {@code "V"}
     * @return the voltage, V
     */
    public static double voltage(String option, String text, String bareUnit) {
        return parse(option, text, VOLT, bareUnit);
    }

    /**
     * @param option option name for messages
     * @param text e.g. {@code 0.12 mA/cm2}, {@code 10uA/cm2}, {@code 1.2 A/m2}
     * @param bareUnit unit of a bare number, e.g. {@code "mA/cm2"}
     * @return the current density, A/m²
     */
    public static double currentDensity(String option, String text, String bareUnit) {
        return parse(option, text.replace("²", "2"), DENSITY, bareUnit);
    }

    private static double parse(String option, String text, Map<String, Double> units, String bareUnit) {
        Matcher m = NUMBER_UNIT.matcher(text);
        if (!m.matches()) {
            throw new InvalidInputException(option + " '" + text + "': expected a number with a unit (" + units.keySet()
                    + ")");
        }
        String unit = m.group(2).isEmpty() ? bareUnit : m.group(2);
        Double f = units.get(unit.toLowerCase(Locale.ROOT));
        if (f == null) {
            throw new InvalidInputException(option + " '" + text + "': unknown unit '" + unit + "'; accepted: "
                    + units.keySet());
        }
        double v = Double.parseDouble(m.group(1)) * f;
        if (!Double.isFinite(v)) {
            throw new InvalidInputException(option + " '" + text + "' is not a finite number");
        }
        return v;
    }
}
