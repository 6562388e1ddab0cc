package org.elyte.io.thermal;

import java.util.Locale;
import java.util.Optional;

import org.elyte.core.quantity.Quantity;

/**
 * One DSC column recognised from its header cell ({@code "Temp./°C"}, {@code "DSC/(mW/mg)"},
 * {@code "Heat Flow (W/g)"}, {@code "Time [min]"}): the quantity it maps to and the factor to SI.
 *
 * @param quantity target quantity
 * @param factor multiply by this to get SI (W, W/kg, s; for temperature see {@link #offset})
 * @param offset add this after the factor (273.15 for °C)
 * @param unitGiven whether the header states a unit
 */
record DscColumn(Quantity quantity, double factor, double offset, boolean unitGiven) {

    /** What a header cell names. */
    enum Kind { TEMPERATURE, TIME, HEAT_FLOW, OTHER }

    static Kind kindOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("temp") || n.contains("temperature") || n.equals("t") || n.startsWith("ts")) {
            return Kind.TEMPERATURE;
        }
        if (n.startsWith("time") || n.equals("t/min") || n.contains(" time")) {
            return Kind.TIME;
        }
        if (n.contains("heat flow") || n.contains("heatflow") || n.startsWith("dsc") || n.equals("hf")) {
            return Kind.HEAT_FLOW;
        }
        return Kind.OTHER;
    }

    /** Splits a header cell into name and unit: "Temp./°C", "DSC/(mW/mg)", "Heat Flow (W/g)", "Time [min]". */
    static String[] nameAndUnit(String cell) {
        String c = cell.strip();
        int br = Math.max(c.lastIndexOf('('), c.lastIndexOf('['));
        if (br > 0 && (c.endsWith(")") || c.endsWith("]"))) {
            String name = c.substring(0, br).strip();
            if (name.endsWith("/")) {
                name = name.substring(0, name.length() - 1).strip();
            }
            return new String[] {name, c.substring(br + 1, c.length() - 1).strip()};
        }
        int slash = c.indexOf('/');
        if (slash > 0) {
            return new String[] {c.substring(0, slash).strip(), c.substring(slash + 1).strip()};
        }
        return new String[] {c, ""};
    }

    /**
     * @param kind column kind
     * @param unit unit text as written (may be empty)
     * @return the mapping, or empty when the unit is not one elyte can convert
     */
    static Optional<DscColumn> of(Kind kind, String unit) {
        String u = unit.toLowerCase(Locale.ROOT).replace(" ", "").replace("µ", "u").replace("μ", "u")
                .replace("°", "").replace("deg", "");
        boolean given = !u.isEmpty();
        return switch (kind) {
            case TEMPERATURE -> switch (u) {
                case "", "c" -> Optional.of(new DscColumn(Quantity.TEMPERATURE, 1, 273.15, given));
                case "k" -> Optional.of(new DscColumn(Quantity.TEMPERATURE, 1, 0, true));
                default -> Optional.empty();
            };
            case TIME -> switch (u) {
                case "", "min" -> Optional.of(new DscColumn(Quantity.TEST_TIME, 60, 0, given));
                case "s", "sec" -> Optional.of(new DscColumn(Quantity.TEST_TIME, 1, 0, true));
                case "h" -> Optional.of(new DscColumn(Quantity.TEST_TIME, 3600, 0, true));
                default -> Optional.empty();
            };
            case HEAT_FLOW -> switch (u) {
                case "w" -> Optional.of(new DscColumn(Quantity.HEAT_FLOW, 1, 0, true));
                case "", "mw" -> Optional.of(new DscColumn(Quantity.HEAT_FLOW, 1e-3, 0, given));
                case "uw" -> Optional.of(new DscColumn(Quantity.HEAT_FLOW, 1e-6, 0, true));
                case "w/g", "mw/mg" -> Optional.of(new DscColumn(Quantity.SPECIFIC_HEAT_FLOW, 1000, 0, true));
                case "mw/g", "w/kg" -> Optional.of(new DscColumn(Quantity.SPECIFIC_HEAT_FLOW, 1, 0, true));
                default -> Optional.empty();
            };
            case OTHER -> Optional.empty();
        };
    }
}
