package org.elyte.sim.parameters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.elyte.core.error.ElyteException;
import org.elyte.core.error.FormatException;
import org.elyte.core.error.InvalidInputException;

/**
 * A named set of parameters keyed by PyBaMM-compatible names ({@code "Positive electrode thickness [m]"}),
 * read from a {@code .params} text file:
 *
 * <pre>
 * # comment
 * &#64;name hse40-lfp
 * &#64;description Li | PCL-LiClO4 + 40 wt% LATP | LFP at 55 °C
 * Positive electrode thickness [m] | 1e-5 | cell_model_reference.md §6.1 common inputs [ASSUMED]
 * </pre>
 *
 * Each entry line is {@code NAME | VALUE | SOURCE}: the unit is the bracketed part of the name (SI,
 * PyBaMM spelling), the value a number or an expression ({@link ParameterValue#parse}), the source a
 * citation or the word "assumption"/[ASSUMED]. Errors name the file, line and key. Typed, validated
 * views come from {@link CellParameters#from(ParameterSet)}.
 *
 * @param name set name, e.g. {@code hse40-lfp}
 * @param description one line describing the cell
 * @param entries entries by name, in file order
 */
public record ParameterSet(String name, String description, Map<String, Entry> entries) {
    private static final Pattern UNIT = Pattern.compile("\\[([^\\]]*)\\]\\s*$");
    private static final Pattern NUMBER_UNIT = Pattern.compile(
            "\\s*([-+]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?)\\s*([^\\s0-9].*?)?\\s*");

    /** The names of the bundled sets. */
    public static final List<String> BUNDLED = List.of("hse40-lfp", "hse20-lfp", "pebax12-lfp", "pebax12-ncm811",
            "peo-lfp");

    /** Copies the map, keeping its order. */
    public ParameterSet {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /**
     * One parameter.
     *
     * @param name full name with unit, e.g. {@code "Separator thickness [m]"}
     * @param unit the bracketed unit, empty when dimensionless
     * @param value the value in that unit
     * @param source citation or "assumption"
     * @param file the file it was read from, or {@code "--set"} for an override
     * @param line 1-based line in that file (0 for an override)
     */
    public record Entry(String name, String unit, ParameterValue value, String source, String file, int line) {
    }

    /**
     * @param setName one of {@link #BUNDLED}
     * @return the bundled set
     * @throws InvalidInputException when there is no such set
     */
    public static ParameterSet bundled(String setName) {
        String resource = setName + ".params";
        try (InputStream in = ParameterSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidInputException("no parameter set '" + setName + "'; bundled sets: " + BUNDLED);
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw FormatException.unreadable(resource, "cannot read bundled parameter set", e);
        }
    }

    /**
     * @param path a {@code .params} file
     * @return the set
     */
    public static ParameterSet read(Path path) {
        try {
            return parse(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw FormatException.unreadable(path.toString(), "cannot read parameter file", e);
        }
    }

    /**
     * @param nameOrFile a bundled set name or a path to a {@code .params} file
     * @return the set
     */
    public static ParameterSet load(String nameOrFile) {
        return BUNDLED.contains(nameOrFile) ? bundled(nameOrFile) : read(Path.of(nameOrFile));
    }

    /**
     * @param source file name for messages
     * @param text file content
     * @return the set
     * @throws FormatException naming the file and line
     */
    public static ParameterSet parse(String source, String text) {
        Map<String, Entry> map = new LinkedHashMap<>();
        String setName = "";
        String description = "";
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int no = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@name")) {
                setName = line.substring(5).strip();
                continue;
            }
            if (line.startsWith("@description")) {
                description = line.substring(12).strip();
                continue;
            }
            String[] parts = line.split("\\|", 3);
            if (parts.length != 3) {
                throw FormatException.atLine(source, no, "expected 'NAME | VALUE | SOURCE', found " + parts.length
                        + " field(s): '" + line + "'");
            }
            String key = parts[0].strip();
            String src = parts[2].strip();
            if (key.isEmpty()) {
                throw FormatException.atLine(source, no, "empty parameter name");
            }
            if (src.isEmpty()) {
                throw FormatException.atLine(source, no, "key '" + key + "': a source is required (a citation, or 'assumption')");
            }
            if (map.containsKey(key)) {
                throw FormatException.atLine(source, no, "key '" + key + "' repeats line " + map.get(key).line());
            }
            ParameterValue value;
            try {
                value = ParameterValue.parse(parts[1]);
            } catch (ElyteException e) {
                throw FormatException.atLine(source, no, "key '" + key + "': " + e.getMessage());
            }
            map.put(key, new Entry(key, unitOf(key), value, src, source, no));
        }
        if (setName.isEmpty()) {
            throw FormatException.inFile(source, "missing '@name <set name>' line");
        }
        return new ParameterSet(setName, description, map);
    }

    /**
     * @param key full parameter name
     * @return the entry, if present
     */
    public Optional<Entry> entry(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /**
     * Overrides one parameter, as {@code --set "NAME=VALUE"} does. VALUE is read in the unit in the
     * name's brackets, or may carry its own unit, which must convert to that unit
     * ({@code "Separator thickness [m]=48 um"}, {@code "Ambient temperature [K]=60 °C"}).
     *
     * @param assignment {@code NAME=VALUE}
     * @return a new set with that entry replaced (its source becomes "--set")
     * @throws InvalidInputException for an unknown name, an unreadable value or a unit mismatch
     */
    public ParameterSet with(String assignment) {
        int eq = assignment == null ? -1 : assignment.indexOf('=');
        if (eq <= 0) {
            throw new InvalidInputException("--set expects \"NAME=VALUE\", got '" + assignment + "'");
        }
        String key = assignment.substring(0, eq).strip();
        String text = assignment.substring(eq + 1).strip();
        Entry old = entries.get(key);
        if (old == null) {
            throw new InvalidInputException("--set '" + assignment + "': set '" + name + "' has no parameter '" + key
                    + "'" + suggestion(key));
        }
        ParameterValue value;
        Matcher m = NUMBER_UNIT.matcher(text);
        if (m.matches() && m.group(2) != null && !text.contains("(") && !text.contains("*")) {
            if (old.unit().isEmpty()) {
                throw new InvalidInputException("--set '" + assignment + "': '" + key + "' is dimensionless, "
                        + "but the value has unit '" + m.group(2) + "'");
            }
            value = new ParameterValue.Constant(UnitExpr.convert(Double.parseDouble(m.group(1)), m.group(2), old.unit()));
        } else {
            value = ParameterValue.parse(text);
        }
        Map<String, Entry> copy = new LinkedHashMap<>(entries);
        copy.put(key, new Entry(key, old.unit(), value, "--set " + text, "--set", 0));
        return new ParameterSet(name, description, copy);
    }

    /**
     * @param assignments several {@code NAME=VALUE}
     * @return a new set with all overrides applied in order
     */
    public ParameterSet with(List<String> assignments) {
        ParameterSet s = this;
        for (String a : assignments) {
            s = s.with(a);
        }
        return s;
    }

    private String suggestion(String key) {
        String k = key.toLowerCase(java.util.Locale.ROOT);
        return entries.keySet().stream().filter(n -> n.toLowerCase(java.util.Locale.ROOT).startsWith(
                k.substring(0, Math.min(8, k.length())))).findFirst().map(n -> "; did you mean '" + n + "'?").orElse("");
    }

    private static String unitOf(String key) {
        Matcher m = UNIT.matcher(key);
        return m.find() ? m.group(1).strip() : "";
    }
}
