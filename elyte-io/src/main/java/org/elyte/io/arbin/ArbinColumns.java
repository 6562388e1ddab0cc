package org.elyte.io.arbin;

import java.util.Locale;
import java.util.Map;

import org.elyte.core.quantity.Quantity;
import org.elyte.io.recording.Target;

/**
 * Arbin column names (CSV exports and the {@code Channel_Normal_Table} of {@code .res} files) and
 * their BDF quantities. Units are Arbin's defaults: s, A, V, Ah, Wh, °C; current is positive when
 * charging. Names are matched case-insensitively, without a unit in parentheses.
 */
final class ArbinColumns {
    private static final Map<String, Target> TARGETS = Map.ofEntries(
            Map.entry("test_time", Target.of(Quantity.TEST_TIME)),
            Map.entry("datetime", Target.of(Quantity.UNIX_TIME)),
            Map.entry("date_time", Target.of(Quantity.UNIX_TIME)),
            Map.entry("step_time", Target.of(Quantity.STEP_TIME)),
            Map.entry("step_index", Target.of(Quantity.STEP_ID)),
            Map.entry("cycle_index", Target.of(Quantity.CYCLE_COUNT)),
            Map.entry("current", Target.of(Quantity.CURRENT)),
            Map.entry("voltage", Target.of(Quantity.VOLTAGE)),
            Map.entry("charge_capacity", Target.of(Quantity.CHARGING_CAPACITY)),
            Map.entry("discharge_capacity", Target.of(Quantity.DISCHARGING_CAPACITY)),
            Map.entry("charge_energy", Target.of(Quantity.CHARGING_ENERGY)),
            Map.entry("discharge_energy", Target.of(Quantity.DISCHARGING_ENERGY)),
            Map.entry("temperature", new Target(Quantity.TEMPERATURE, 1, 273.15)));

    private ArbinColumns() {
    }

    /** @param header an Arbin column name @return its target, or null when it has no BDF name */
    static Target target(String header) {
        return TARGETS.get(key(header));
    }

    /** @param h a column name @return lower case, without a unit in parentheses */
    static String key(String h) {
        String k = h.strip().toLowerCase(Locale.ROOT);
        int paren = k.indexOf('(');
        return (paren > 0 ? k.substring(0, paren) : k).strip();
    }
}
