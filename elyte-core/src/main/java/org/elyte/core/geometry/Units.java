package org.elyte.core.geometry;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.elyte.core.error.InvalidInputException;

/**
 * Parses values as people type them ({@code 120um}, {@code 0.21 cm}, {@code 19 mm},
 * {@code 2.835 cm2}, {@code 1.2 mg/cm2}, {@code 55C}, {@code 120 ± 5 um}, {@code 120+-5um}) into SI
 * units. A bare number is rejected: the unit must be stated, since a missing unit is the commonest
 * error in hand-entered geometry.
 */
public final class Units {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:[.,]\\d*)?|[.,]\\d+)(?:[eE][+-]?\\d+)?");
    private static final Pattern MEASURE = Pattern.compile(
            "\\s*(" + NUMBER.pattern() + ")\\s*([^\\d\\s±+-][^±+]*?)?\\s*(?:(?:±|\\+/-|\\+-)\\s*(" + NUMBER.pattern()
                    + ")\\s*([^\\d\\s][^±]*?)?)?\\s*");

    private static final Map<String, Double> LENGTH = Map.ofEntries(
            Map.entry("m", 1.0), Map.entry("cm", 1e-2), Map.entry("mm", 1e-3), Map.entry("um", 1e-6),
            Map.entry("µm", 1e-6), Map.entry("μm", 1e-6), Map.entry("micron", 1e-6), Map.entry("microns", 1e-6),
            Map.entry("nm", 1e-9), Map.entry("a", 1e-10), Map.entry("å", 1e-10), Map.entry("angstrom", 1e-10));
    private static final Map<String, Double> MASS = Map.ofEntries(
            Map.entry("kg", 1.0), Map.entry("g", 1e-3), Map.entry("mg", 1e-6), Map.entry("ug", 1e-9),
            Map.entry("µg", 1e-9), Map.entry("μg", 1e-9));
    private static final Map<String, Double> VOLTAGE = Map.ofEntries(
            Map.entry("v", 1.0), Map.entry("mv", 1e-3), Map.entry("uv", 1e-6), Map.entry("µv", 1e-6),
            Map.entry("μv", 1e-6));
    private static final Map<String, Double> CURRENT = Map.ofEntries(
            Map.entry("a", 1.0), Map.entry("ma", 1e-3), Map.entry("ua", 1e-6), Map.entry("µa", 1e-6),
            Map.entry("μa", 1e-6), Map.entry("na", 1e-9));

    private Units() {
    }

    /**
     * @param text e.g. {@code "120um"}, {@code "0.21 cm"}, {@code "120 ± 5 um"}
     * @return the length in m with its uncertainty in m
     */
    public static Measure parseLength(String text) {
        return parse(text, "length", u -> scaleOf(LENGTH, u), "m, cm, mm, um (µm), nm");
    }

    /**
     * @param text e.g. {@code "2.835 cm2"}, {@code "50 mm^2"}, {@code "1 cm²"}
     * @return the area in m² with its uncertainty in m²
     */
    public static Measure parseArea(String text) {
        return parse(text, "area", Units::areaScale, "m2, cm2, mm2, um2 (also cm^2, cm²)");
    }

    /**
     * @param text e.g. {@code "12.5 mg"}
     * @return the mass in kg with its uncertainty in kg
     */
    public static Measure parseMass(String text) {
        return parse(text, "mass", u -> scaleOf(MASS, u), "kg, g, mg, ug (µg)");
    }

    /**
     * @param text e.g. {@code "5mV"}, {@code "0.005 V"}, {@code "50 µV"}
     * @return the voltage in V with its uncertainty in V
     */
    public static Measure parseVoltage(String text) {
        return parse(text, "voltage", u -> scaleOf(VOLTAGE, u), "V, mV, uV (µV)");
    }

    /**
     * @param text e.g. {@code "0.12 mA/cm2"}, {@code "10uA/cm²"}, {@code "1.2 A/m2"}
     * @return the current density in A/m² with its uncertainty in A/m²
     */
    public static Measure parseCurrentDensity(String text) {
        return parse(text, "current density", Units::currentDensityScale,
                "A/m2, mA/cm2, uA/cm2 (µA/cm2), A/cm2, mA/m2 (also cm^2, cm²)");
    }

    /**
     * @param text e.g. {@code "55C"}, {@code "55 °C"}, {@code "328.15 K"}
     * @return the temperature in K with its uncertainty in K
     */
    public static Measure parseTemperature(String text) {
        Measure m = parse(text, "temperature", u -> {
            String k = u.replace("°", "").replace("deg", "");
            return switch (k) {
                case "k" -> 1.0;
                case "c" -> 1.0;
                default -> Double.NaN;
            };
        }, "K, °C, C, degC");
        String unit = unitPart(text);
        return unit.equals("k") ? m : new Measure(m.value() + 273.15, m.uncertainty());
    }

    /**
     * @param diameter disc diameter
     * @return the disc area π d²/4 with the uncertainty propagated (2·Δd/d relative)
     */
    public static Measure discArea(Measure diameter) {
        double d = diameter.value();
        double a = Math.PI * d * d / 4;
        return new Measure(a, a * 2 * diameter.relativeUncertainty());
    }

    private static double areaScale(String unit) {
        String u = unit.replace("^2", "2").replace("²", "2").replace("sq.", "").replace("sq", "");
        if (!u.endsWith("2")) {
            return Double.NaN;
        }
        double s = scaleOf(LENGTH, u.substring(0, u.length() - 1));
        return s * s;
    }

    private static double currentDensityScale(String unit) {
        int slash = unit.indexOf('/');
        if (slash <= 0) {
            return Double.NaN;
        }
        return scaleOf(CURRENT, unit.substring(0, slash)) / areaScale(unit.substring(slash + 1));
    }

    private static double scaleOf(Map<String, Double> table, String unit) {
        Double s = table.get(unit);
        return s == null ? Double.NaN : s;
    }

    private static String unitPart(String text) {
        Matcher m = MEASURE.matcher(text);
        if (!m.matches()) {
            return "";
        }
        String u = m.group(2) != null ? m.group(2) : m.group(4);
        return u == null ? "" : normalise(u).replace("°", "").replace("deg", "");
    }

    private static String normalise(String unit) {
        return unit.strip().toLowerCase(Locale.ROOT).replace(" ", "");
    }

    private static Measure parse(String text, String what, java.util.function.ToDoubleFunction<String> scale,
            String accepted) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("empty " + what + "; give a number with a unit (" + accepted + ")");
        }
        Matcher m = MEASURE.matcher(text);
        if (!m.matches()) {
            throw new InvalidInputException("cannot read " + what + " '" + text + "'; expected a number with a unit ("
                    + accepted + "), optionally '± uncertainty'");
        }
        String unit = m.group(2) == null ? "" : normalise(m.group(2));
        if (unit.isEmpty() && m.group(4) != null) {
            unit = normalise(m.group(4)); // "120 ± 5 um": one unit for both
        }
        if (unit.isEmpty()) {
            throw new InvalidInputException(what + " '" + text + "' has no unit; accepted units: " + accepted);
        }
        double s = scale.applyAsDouble(unit);
        if (Double.isNaN(s)) {
            throw new InvalidInputException("unknown " + what + " unit '" + m.group(2).strip() + "' in '" + text
                    + "'; accepted units: " + accepted);
        }
        double value = number(m.group(1)) * s;
        double unc = 0;
        if (m.group(3) != null) {
            String uUnit = m.group(4) == null ? unit : normalise(m.group(4));
            double us = scale.applyAsDouble(uUnit);
            if (Double.isNaN(us)) {
                throw new InvalidInputException("unknown " + what + " unit '" + m.group(4).strip() + "' in '" + text
                        + "'; accepted units: " + accepted);
            }
            unc = Math.abs(number(m.group(3)) * us);
        }
        if (!Double.isFinite(value)) {
            throw new InvalidInputException(what + " '" + text + "' is not a finite number");
        }
        return new Measure(value, unc);
    }

    private static double number(String s) {
        return Double.parseDouble(s.replace(',', '.'));
    }
}
