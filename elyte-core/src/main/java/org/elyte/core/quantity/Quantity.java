package org.elyte.core.quantity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A measured or derived quantity: the Battery Data Format (BDF) vocabulary plus the columns
 * solid-state work needs (impedance, heat flow, scattering). Each quantity has a preferred label
 * ({@code "Voltage / V"}), a machine name ({@code "voltage_volt"}) and the SI unit in which elyte
 * stores it. Columns an instrument writes that have no BDF name are kept as {@link #custom}
 * quantities under their original name.
 *
 * @param label preferred human label, {@code "Name / unit"}
 * @param machineName snake_case machine name
 * @param unit SI unit symbol ({@code "1"} for counts, {@code ""} for text or unknown units)
 * @param standard whether the quantity belongs to elyte's vocabulary (false for instrument columns)
 */
public record Quantity(String label, String machineName, String unit, boolean standard) {

    private static final Map<String, Quantity> BY_NAME = new LinkedHashMap<>();

    /** Time since the start of the test, s. */
    public static final Quantity TEST_TIME = std("Test Time / s", "test_time_second", "s");
    /** Unix time (instrument wall clock interpreted as given), s. */
    public static final Quantity UNIX_TIME = std("Unix Time / s", "unix_time_second", "s");
    /** Time since the start of the step, s. */
    public static final Quantity STEP_TIME = std("Step Time / s", "step_time_second", "s");
    /** Cell voltage, V. */
    public static final Quantity VOLTAGE = std("Voltage / V", "voltage_volt", "V");
    /** Current, A; positive when charging (BDF convention). */
    public static final Quantity CURRENT = std("Current / A", "current_ampere", "A");
    /** Cycle number as the instrument counts it. */
    public static final Quantity CYCLE_COUNT = std("Cycle Count / 1", "cycle_count", "1");
    /** Running count of steps, derived. */
    public static final Quantity STEP_COUNT = std("Step Count / 1", "step_count", "1");
    /** Step number as programmed on the instrument. */
    public static final Quantity STEP_ID = std("Step Index / 1", "step_index", "1");
    /** Charge capacity, A·h. */
    public static final Quantity CHARGING_CAPACITY = std("Charging Capacity / Ah", "charging_capacity_ampere_hour", "Ah");
    /** Discharge capacity, A·h. */
    public static final Quantity DISCHARGING_CAPACITY = std("Discharging Capacity / Ah", "discharging_capacity_ampere_hour", "Ah");
    /** Charge energy, W·h. */
    public static final Quantity CHARGING_ENERGY = std("Charging Energy / Wh", "charging_energy_watt_hour", "Wh");
    /** Discharge energy, W·h. */
    public static final Quantity DISCHARGING_ENERGY = std("Discharging Energy / Wh", "discharging_energy_watt_hour", "Wh");
    /** Temperature, K (elyte stores temperatures in kelvin). */
    public static final Quantity TEMPERATURE = std("Temperature / K", "temperature_kelvin", "K");
    /** Ambient (chamber) temperature, K (BDF "Ambient Temperature", stored in kelvin like every temperature). */
    public static final Quantity AMBIENT_TEMPERATURE = std("Ambient Temperature / K", "ambient_temperature_kelvin", "K");
    /** Applied stack pressure, Pa. */
    public static final Quantity APPLIED_PRESSURE = std("Applied Pressure / Pa", "applied_pressure_pascal", "Pa");
    /** Frequency of an impedance point, Hz. */
    public static final Quantity FREQUENCY = std("Frequency / Hz", "frequency_hertz", "Hz");
    /** Real part of the impedance Z', Ω. */
    public static final Quantity REAL_IMPEDANCE = std("Real Impedance / ohm", "real_impedance_ohm", "ohm");
    /** Imaginary part of the impedance Z'' (negative when capacitive), Ω. */
    public static final Quantity IMAGINARY_IMPEDANCE = std("Imaginary Impedance / ohm", "imaginary_impedance_ohm", "ohm");
    /** DSC heat flow, W. */
    public static final Quantity HEAT_FLOW = std("Heat Flow / W", "heat_flow_watt", "W");
    /** DSC heat flow per unit sample mass, W/kg (numerically equal to mW/g). */
    public static final Quantity SPECIFIC_HEAT_FLOW = std("Specific Heat Flow / W/kg", "specific_heat_flow_watt_per_kilogram", "W/kg");
    /** Diffraction angle 2θ, rad. */
    public static final Quantity DIFFRACTION_ANGLE = std("Diffraction Angle 2theta / rad", "diffraction_angle_radian", "rad");
    /** Scattering vector magnitude q, 1/m. */
    public static final Quantity SCATTERING_VECTOR = std("Scattering Vector / 1/m", "scattering_vector_per_metre", "1/m");
    /** Scattered intensity, arbitrary units. */
    public static final Quantity INTENSITY = std("Intensity / 1", "intensity", "1");
    /** Mean-square displacement, m². */
    public static final Quantity DISPLACEMENT = std("Mean Square Displacement / m2", "mean_square_displacement_square_metre", "m2");

    /**
     * @param label preferred label
     * @param machineName machine name
     * @param unit SI unit
     * @param standard whether in elyte's vocabulary
     */
    public Quantity {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(machineName, "machineName");
        Objects.requireNonNull(unit, "unit");
    }

    private static Quantity std(String label, String machineName, String unit) {
        Quantity q = new Quantity(label, machineName, unit, true);
        BY_NAME.put(label.toLowerCase(Locale.ROOT), q);
        BY_NAME.put(machineName, q);
        return q;
    }

    /**
     * An instrument column that has no name in elyte's vocabulary, kept under its original name.
     *
     * @param originalName the column name as the instrument wrote it
     * @param unit the unit as the instrument wrote it, or {@code ""} when unknown
     * @return the quantity
     */
    public static Quantity custom(String originalName, String unit) {
        Objects.requireNonNull(originalName, "originalName");
        String machine = originalName.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        return new Quantity(originalName, machine.isEmpty() ? "column" : machine, unit == null ? "" : unit, false);
    }

    /**
     * Looks a standard quantity up by its preferred label (case-insensitive) or machine name.
     *
     * @param name label or machine name
     * @return the quantity, if it is in the vocabulary
     */
    public static Optional<Quantity> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Quantity q = BY_NAME.get(name.trim());
        return q != null ? Optional.of(q) : Optional.ofNullable(BY_NAME.get(name.trim().toLowerCase(Locale.ROOT)));
    }

    /** @return every standard quantity, in vocabulary order */
    public static List<Quantity> vocabulary() {
        return BY_NAME.values().stream().distinct().toList();
    }

    /** @return an unmodifiable view of the lookup table, for documentation */
    static Map<String, Quantity> table() {
        return Collections.unmodifiableMap(BY_NAME);
    }

    @Override
    public String toString() {
        return label;
    }
}
