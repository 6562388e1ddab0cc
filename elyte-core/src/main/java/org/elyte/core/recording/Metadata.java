package org.elyte.core.recording;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What is known about where a data set came from: source file and its SHA-256, instrument,
 * format and version, channel, start time, active mass, electrode area, temperature, and any
 * other entry the file states (kept under the file's own key). Immutable; {@link #with} returns a
 * modified copy. Numeric entries are stored in SI units as decimal strings.
 *
 * @param entries ordered key/value pairs
 */
public record Metadata(Map<String, String> entries) {

    /** Source file name (as given by the caller). */
    public static final String SOURCE_FILE = "source.file";
    /** Lower-case hex SHA-256 of the source bytes. */
    public static final String SOURCE_SHA256 = "source.sha256";
    /** Format name, e.g. {@code "biologic-mpt"}. */
    public static final String FORMAT = "format";
    /** Format or software version as the file states it. */
    public static final String FORMAT_VERSION = "format.version";
    /** Instrument model. */
    public static final String INSTRUMENT = "instrument";
    /** Instrument channel. */
    public static final String CHANNEL = "channel";
    /** Start time: the instrument's local wall time, ISO-8601 without zone (the zone is unknown). */
    public static final String START_TIME = "start.time";
    /** Active mass, kg. */
    public static final String ACTIVE_MASS_KG = "active.mass.kg";
    /** Electrode area, m². */
    public static final String ELECTRODE_AREA_M2 = "electrode.area.m2";
    /** Sample thickness, m. */
    public static final String THICKNESS_M = "thickness.m";
    /** Sample temperature, K. */
    public static final String TEMPERATURE_K = "temperature.k";
    /** Where the temperature came from ("file header", "file name", "user"). */
    public static final String TEMPERATURE_SOURCE = "temperature.source";

    private static final Metadata EMPTY = new Metadata(Map.of());

    /** @param entries ordered key/value pairs, copied */
    public Metadata {
        Objects.requireNonNull(entries, "entries");
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** @return metadata with no entries */
    public static Metadata empty() {
        return EMPTY;
    }

    /**
     * @param key entry key
     * @param value entry value; a null or blank value removes the key
     * @return a copy with the entry set
     */
    public Metadata with(String key, String value) {
        Objects.requireNonNull(key, "key");
        LinkedHashMap<String, String> copy = new LinkedHashMap<>(entries);
        if (value == null || value.isBlank()) {
            copy.remove(key);
        } else {
            copy.put(key, value.strip());
        }
        return new Metadata(copy);
    }

    /**
     * @param key entry key
     * @param value numeric value in SI units; NaN removes the key
     * @return a copy with the entry set
     */
    public Metadata with(String key, double value) {
        return with(key, Double.isFinite(value) ? Double.toString(value) : null);
    }

    /**
     * @param other entries to add; they replace entries with the same key
     * @return the merged copy
     */
    public Metadata withAll(Metadata other) {
        LinkedHashMap<String, String> copy = new LinkedHashMap<>(entries);
        copy.putAll(other.entries);
        return new Metadata(copy);
    }

    /**
     * @param key entry key
     * @return the value, if present
     */
    public Optional<String> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /**
     * @param key entry key
     * @return the value as a number, if present and numeric
     */
    public OptionalDouble getDouble(String key) {
        String v = entries.get(key);
        if (v == null) {
            return OptionalDouble.empty();
        }
        try {
            double d = Double.parseDouble(v);
            return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** @return the source file name, if known */
    public Optional<String> sourceFile() {
        return get(SOURCE_FILE);
    }

    /** @return the SHA-256 of the source bytes, if known */
    public Optional<String> sha256() {
        return get(SOURCE_SHA256);
    }

    /** @return the format name, if known */
    public Optional<String> format() {
        return get(FORMAT);
    }

    /** @return the sample temperature in K, if known */
    public OptionalDouble temperatureK() {
        return getDouble(TEMPERATURE_K);
    }

    /** @return the electrode area in m², if known */
    public OptionalDouble electrodeAreaM2() {
        return getDouble(ELECTRODE_AREA_M2);
    }

    /** @return the sample thickness in m, if known */
    public OptionalDouble thicknessM() {
        return getDouble(THICKNESS_M);
    }

    /** @return the active mass in kg, if known */
    public OptionalDouble activeMassKg() {
        return getDouble(ACTIVE_MASS_KG);
    }

    /** @return the start time as the instrument's local wall time (zone unknown), if known */
    public Optional<LocalDateTime> startTime() {
        return get(START_TIME).flatMap(s -> {
            try {
                return Optional.of(LocalDateTime.parse(s));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }
}
