package org.elyte.io.bdf;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.elyte.core.quantity.Quantity;
import org.elyte.io.recording.Target;

/**
 * One column of the Battery Data Format vocabulary: its preferred label, machine name, other
 * accepted names (older releases), the elyte quantity it maps to and the conversion from the BDF
 * unit to SI ({@code si = bdf · scale + offset}).
 *
 * @param label preferred label, e.g. {@code "Ambient Temperature / degC"}
 * @param machineName machine name, e.g. {@code "ambient_temperature_celsius"}
 * @param aliases other accepted names, lower case
 * @param target quantity and conversion to SI
 */
public record BdfColumn(String label, String machineName, List<String> aliases, Target target) {

    /** The BDF columns elyte maps; other columns are kept under their own name. */
    public static final List<BdfColumn> VOCABULARY = List.of(
            of("Test Time / s", "test_time_second", Target.of(Quantity.TEST_TIME), "test_time_s"),
            of("Voltage / V", "voltage_volt", Target.of(Quantity.VOLTAGE)),
            of("Current / A", "current_ampere", Target.of(Quantity.CURRENT)),
            of("Unix Time / s", "unix_time_second", Target.of(Quantity.UNIX_TIME)),
            of("Step Time / s", "step_time_second", Target.of(Quantity.STEP_TIME)),
            of("Cycle Count / 1", "cycle_count", Target.of(Quantity.CYCLE_COUNT)),
            of("Step Count / 1", "step_count", Target.of(Quantity.STEP_COUNT)),
            of("Step Index / 1", "step_index", Target.of(Quantity.STEP_ID), "step id / 1", "step_id"),
            of("Charging Capacity / Ah", "charging_capacity_ah", Target.of(Quantity.CHARGING_CAPACITY),
                    "charging_capacity_ampere_hour"),
            of("Discharging Capacity / Ah", "discharging_capacity_ah", Target.of(Quantity.DISCHARGING_CAPACITY),
                    "discharging_capacity_ampere_hour"),
            of("Charging Energy / Wh", "charging_energy_wh", Target.of(Quantity.CHARGING_ENERGY),
                    "charging_energy_watt_hour"),
            of("Discharging Energy / Wh", "discharging_energy_wh", Target.of(Quantity.DISCHARGING_ENERGY),
                    "discharging_energy_watt_hour"),
            of("Ambient Temperature / degC", "ambient_temperature_celsius",
                    new Target(Quantity.AMBIENT_TEMPERATURE, 1, 273.15)),
            of("Temperature / K", "temperature_kelvin", Target.of(Quantity.TEMPERATURE)));

    private static BdfColumn of(String label, String machine, Target t, String... aliases) {
        return new BdfColumn(label, machine, List.of(aliases), t);
    }

    /**
     * @param header a header cell (label, machine name or alias; case-insensitive)
     * @return the BDF column it names
     */
    public static Optional<BdfColumn> find(String header) {
        String h = header.strip().toLowerCase(Locale.ROOT);
        for (BdfColumn c : VOCABULARY) {
            if (c.label.toLowerCase(Locale.ROOT).equals(h) || c.machineName.equals(h) || c.aliases.contains(h)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * @param q a quantity
     * @return the BDF column that holds it
     */
    public static Optional<BdfColumn> forQuantity(Quantity q) {
        return VOCABULARY.stream().filter(c -> c.target.quantity().equals(q)).findFirst();
    }
}
