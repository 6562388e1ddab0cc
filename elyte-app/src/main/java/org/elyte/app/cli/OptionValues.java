package org.elyte.app.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.elyte.core.error.InvalidInputException;
import org.elyte.core.geometry.Measure;
import org.elyte.core.geometry.Units;

/**
 * Reads option values as people type them, through {@link Units}: {@code 5mV}, {@code 0.12 mA/cm2},
 * {@code 6.2 mg}, {@code 1.13 cm2}, ranges {@code LOW:HIGH} and named choices. Every failure is an
 * {@link InvalidInputException} whose message starts with the option's name (exit code 2).
 */
public final class OptionValues {
    private static final Pattern BARE_NUMBER = Pattern.compile("\\s*[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?\\s*");

    private OptionValues() {
    }

    /**
     * @param option option name, for messages
     * @param text e.g. {@code 5mV}, {@code 0.005 V}
     * @param bareUnit unit of a number given without one, e.g. {@code "V"}
     * @return the voltage, V
     */
    public static double voltage(String option, String text, String bareUnit) {
        return read(option, withUnit(text, bareUnit), Units::parseVoltage);
    }

    /**
     * @param option option name, for messages
     * @param text e.g. {@code 0.12 mA/cm2}, {@code 10uA/cm²}, {@code 1.2 A/m2}
     * @param bareUnit unit of a number given without one, e.g. {@code "mA/cm2"}
     * @return the current density, A/m²
     */
    public static double currentDensity(String option, String text, String bareUnit) {
        return read(option, withUnit(text, bareUnit), Units::parseCurrentDensity);
    }

    /**
     * @param option option name, for messages
     * @param text e.g. {@code 6.2 mg} (the unit is required)
     * @return the mass, kg
     */
    public static double mass(String option, String text) {
        return read(option, text, Units::parseMass);
    }

    /**
     * @param option option name, for messages
     * @param text e.g. {@code 1.13 cm2} (the unit is required)
     * @return the area, m²
     */
    public static double area(String option, String text) {
        return read(option, text, Units::parseArea);
    }

    /**
     * @param option option name, for messages
     * @param text {@code LOW:HIGH}, two finite numbers with LOW &lt; HIGH, in the option's unit
     * @return {low, high}
     */
    public static double[] range(String option, String text) {
        String[] p = text.split(":", -1);
        if (p.length == 2) {
            try {
                double a = Double.parseDouble(p[0].strip());
                double b = Double.parseDouble(p[1].strip());
                if (a < b && Double.isFinite(a) && Double.isFinite(b)) {
                    return new double[] {a, b};
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new InvalidInputException(option + ": expected LOW:HIGH with LOW < HIGH, got '" + text + "'");
    }

    /**
     * Reads a named choice: the constant's name in any case, with {@code -} for {@code _}
     * ({@code discharge-over-charge}); a name without dashes also matches ({@code pseudovoigt}).
     *
     * @param <E> the choices
     * @param option option name, for messages
     * @param text what was typed
     * @param allowed the constants accepted
     * @return the constant named
     */
    @SafeVarargs
    public static <E extends Enum<E>> E choice(String option, String text, E... allowed) {
        String typed = text.strip().toLowerCase(Locale.ROOT);
        for (E e : allowed) {
            String name = display(e);
            if (name.equals(typed) || name.replace("-", "").equals(typed.replace("-", "").replace("_", ""))) {
                return e;
            }
        }
        List<String> names = Arrays.stream(allowed).map(OptionValues::display).toList();
        throw new InvalidInputException(option + ": unknown value '" + text + "'; use one of " + String.join(", ", names));
    }

    /**
     * @param <E> the choices
     * @param option option name, for messages
     * @param text what was typed
     * @param type every constant of this enum is accepted
     * @return the constant named
     */
    public static <E extends Enum<E>> E choice(String option, String text, Class<E> type) {
        return choice(option, text, type.getEnumConstants());
    }

    /**
     * @param e a constant
     * @return its name as typed on the command line, e.g. {@code discharge-over-charge}
     */
    public static String display(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String withUnit(String text, String bareUnit) {
        return BARE_NUMBER.matcher(text).matches() ? text.strip() + " " + bareUnit : text;
    }

    private static double read(String option, String text, Function<String, Measure> parser) {
        try {
            return parser.apply(text).value();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(option + ": " + e.getMessage());
        }
    }
}
