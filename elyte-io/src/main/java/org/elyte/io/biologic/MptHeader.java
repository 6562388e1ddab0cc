package org.elyte.io.biologic;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.elyte.core.error.InvalidInputException;
import org.elyte.core.geometry.Units;
import org.elyte.core.recording.Metadata;
import org.elyte.io.source.TextContent;
import org.elyte.io.source.WallClock;
import org.elyte.io.source.Warnings;

/**
 * The settings block of an EC-Lab ASCII export (the lines before the column header row): technique,
 * software version, device, channel, start time, electrode area and characteristic mass.
 */
final class MptHeader {
    private static final Pattern VERSION = Pattern.compile("EC-Lab (?:for windows )?v?(\\d+(?:\\.\\d+)*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DEVICE = Pattern.compile("([^(]+?)\\s*(?:\\(SN\\s*([^)]*)\\))?\\s*");
    private static final Pattern CHANNEL = Pattern.compile("(\\d+).*");

    private MptHeader() {
    }

    /**
     * @param content the file
     * @param lastLine the last header line (1-based, exclusive of the column header row)
     * @param md metadata to extend
     * @param warnings where unreadable settings are reported
     * @return the metadata with what the header states
     */
    static Metadata read(TextContent content, int lastLine, Metadata md, Warnings warnings) {
        Metadata out = md;
        boolean techniqueSeen = false;
        for (int i = 3; i <= lastLine; i++) {
            String line = content.line(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!techniqueSeen) {
                techniqueSeen = true;
                if (!line.contains(" : ")) {
                    out = out.with(MptReader.TECHNIQUE_KEY, line);
                    continue;
                }
            }
            Matcher v = VERSION.matcher(line);
            if (v.lookingAt() && !out.get(Metadata.FORMAT_VERSION).isPresent()) {
                out = out.with(Metadata.FORMAT_VERSION, v.group(1)).with("software", line);
                continue;
            }
            int colon = line.indexOf(" : ");
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 3).strip();
            out = entry(out, key, value, i, warnings);
        }
        return out;
    }

    private static Metadata entry(Metadata md, String key, String value, int line, Warnings warnings) {
        switch (key) {
            case "Device" -> {
                Matcher m = DEVICE.matcher(value);
                return m.matches() ? md.with(Metadata.INSTRUMENT, m.group(1)).with("instrument.serial", m.group(2))
                        : md.with(Metadata.INSTRUMENT, value);
            }
            case "Run on channel" -> {
                Matcher m = CHANNEL.matcher(value);
                return md.with(Metadata.CHANNEL, m.matches() ? m.group(1) : value);
            }
            case "Acquisition started on" -> {
                var t = WallClock.parse(value);
                if (t.isEmpty() && !value.isEmpty()) {
                    warnings.add("line " + line + ": start time '" + value + "' not understood");
                }
                return t.map(x -> md.with(Metadata.START_TIME, x.toString())).orElse(md);
            }
            case "Electrode surface area" -> {
                return physical(md, Metadata.ELECTRODE_AREA_M2, value, line, warnings, true);
            }
            case "Characteristic mass" -> {
                return physical(md, Metadata.ACTIVE_MASS_KG, value, line, warnings, false);
            }
            default -> {
                return md;
            }
        }
    }

    private static Metadata physical(Metadata md, String key, String value, int line, Warnings warnings,
            boolean area) {
        if (value.isEmpty()) {
            return md;
        }
        try {
            double si = area ? Units.parseArea(value).value() : Units.parseMass(value).value();
            return md.with(key, si);
        } catch (InvalidInputException e) {
            warnings.add("line " + line + ": " + e.getMessage());
            return md;
        }
    }
}
