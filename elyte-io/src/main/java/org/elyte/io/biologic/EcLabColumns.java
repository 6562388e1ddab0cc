package org.elyte.io.biologic;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.elyte.core.quantity.Quantity;
import org.elyte.io.recording.Target;

/**
 * How EC-Lab column names (as written in {@code .mpt} exports and as elyte names the {@code .mpr}
 * column ids) map to BDF quantities. The first name of each list that a file has wins; the others
 * are kept under their own name. EC-Lab current is positive for oxidation at the working
 * electrode, which is charging for a cathode or full cell, so it is kept as written.
 */
final class EcLabColumns {
    private static final double MILLI = 1e-3;

    /** Candidate names per quantity, in order of preference. */
    private static final List<Map.Entry<List<String>, Target>> PREFERENCES = List.of(
            Map.entry(List.of("time/s"), Target.of(Quantity.TEST_TIME)),
            Map.entry(List.of("Ecell/V", "Ewe/V", "<Ewe>/V"), Target.of(Quantity.VOLTAGE)),
            Map.entry(List.of("I/mA", "<I>/mA"), Target.scaled(Quantity.CURRENT, MILLI)),
            Map.entry(List.of("cycle number"), Target.of(Quantity.CYCLE_COUNT)),
            Map.entry(List.of("Ns"), Target.of(Quantity.STEP_ID)),
            Map.entry(List.of("step time/s"), Target.of(Quantity.STEP_TIME)),
            Map.entry(List.of("Q charge/mA.h"), Target.scaled(Quantity.CHARGING_CAPACITY, MILLI)),
            Map.entry(List.of("Q discharge/mA.h"), Target.scaled(Quantity.DISCHARGING_CAPACITY, MILLI)),
            Map.entry(List.of("Energy charge/W.h"), Target.of(Quantity.CHARGING_ENERGY)),
            Map.entry(List.of("Energy discharge/W.h"), Target.of(Quantity.DISCHARGING_ENERGY)),
            Map.entry(List.of("freq/Hz"), Target.of(Quantity.FREQUENCY)),
            Map.entry(List.of("Re(Z)/Ohm"), Target.of(Quantity.REAL_IMPEDANCE)),
            Map.entry(List.of("-Im(Z)/Ohm"), Target.scaled(Quantity.IMAGINARY_IMPEDANCE, -1)));

    private EcLabColumns() {
    }

    /**
     * @param names the file's column names, in file order
     * @return per column, the target it maps to, or null when it is kept under its own name
     */
    static Target[] assign(List<String> names) {
        Target[] out = new Target[names.size()];
        for (Map.Entry<List<String>, Target> p : PREFERENCES) {
            for (String candidate : p.getKey()) {
                int i = names.indexOf(candidate);
                if (i >= 0 && out[i] == null) {
                    out[i] = p.getValue();
                    break;
                }
            }
        }
        for (int i = 0; i < names.size(); i++) {
            if (out[i] == null && isTemperature(names.get(i)) && !contains(out, Quantity.TEMPERATURE)) {
                out[i] = new Target(Quantity.TEMPERATURE, 1, 273.15);
            }
        }
        return out;
    }

    /**
     * @param name a column name
     * @return the unit part: the text after the last '/', or "" when there is none (EC-Lab's
     *     unitless columns whose names contain a slash, such as {@code ox/red}, have none)
     */
    static String unitOf(String name) {
        if (name.equals("ox/red")) {
            return "";
        }
        int slash = name.lastIndexOf('/');
        return slash < 0 || slash == name.length() - 1 ? "" : name.substring(slash + 1);
    }

    /**
     * Temperature in °C, also when the degree sign was lost in a re-encoding
     * ({@code Temperature/?C}, {@code Temperature/\uFFFDC}).
     */
    private static boolean isTemperature(String name) {
        return name.startsWith("Temperature/") && name.endsWith("C") && name.length() <= "Temperature/".length() + 3;
    }

    private static boolean contains(Target[] ts, Quantity q) {
        for (Target t : ts) {
            if (t != null && t.quantity().equals(q)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param names column names
     * @param name a name
     * @return its index, if present
     */
    static Optional<Integer> find(List<String> names, String name) {
        int i = names.indexOf(name);
        return i < 0 ? Optional.empty() : Optional.of(i);
    }
}
