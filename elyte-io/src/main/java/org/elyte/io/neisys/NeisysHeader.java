package org.elyte.io.neisys;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.elyte.core.error.InvalidInputException;
import org.elyte.core.geometry.Temperatures;
import org.elyte.core.geometry.Units;
import org.elyte.core.recording.Metadata;
import org.elyte.io.source.Numbers;
import org.elyte.io.source.Warnings;

/**
 * The lines of a NEISYS export before the column header: sample name and {@code name [unit]=value}
 * pairs ({@code AC Volt [Vrms]=3.5000e-02}). Temperature, thickness, diameter and area pairs are
 * stored in SI units; when no temperature pair is stated, a temperature in the sample name
 * ({@code s04147-140deg}, {@code 25degC}, {@code 300K}) is used, "deg" meaning °C.
 */
final class NeisysHeader {
    private static final Pattern PAIR = Pattern.compile("([A-Za-z][^=\\[\\]:]*?)\\s*\\[([^\\]]*)\\]\\s*=\\s*(\\S+)");

    private NeisysHeader() {
    }

    static Metadata pairs(String line, int lineNo, Metadata md, Warnings warnings) {
        Metadata out = md;
        Matcher m = PAIR.matcher(line);
        while (m.find()) {
            String name = m.group(1).strip();
            String unit = m.group(2).strip();
            String value = m.group(3);
            double v = Numbers.parseOrNaN(value);
            String key = name.toLowerCase(Locale.ROOT);
            try {
                if (key.startsWith("ac volt") && unit.equalsIgnoreCase("Vrms")) {
                    out = out.with("ac.amplitude.v.rms", v);
                } else if (key.startsWith("temp")) {
                    out = out.with(Metadata.TEMPERATURE_K, Units.parseTemperature(value + " " + unit).value())
                            .with(Metadata.TEMPERATURE_SOURCE, "file header");
                } else if (key.startsWith("thick")) {
                    out = out.with(Metadata.THICKNESS_M, Units.parseLength(value + " " + unit).value());
                } else if (key.startsWith("diam")) {
                    double d = Units.parseLength(value + " " + unit).value();
                    out = out.with("diameter.m", d).with(Metadata.ELECTRODE_AREA_M2, Math.PI * d * d / 4);
                } else if (key.equals("area")) {
                    out = out.with(Metadata.ELECTRODE_AREA_M2, Units.parseArea(value + " " + unit).value());
                }
            } catch (InvalidInputException e) {
                warnings.add("line " + lineNo + ": " + e.getMessage());
            }
            out = out.with("neisys." + name + " [" + unit + "]", value);
        }
        return out;
    }

    static Metadata temperatureFromName(String sample, Metadata md) {
        if (md.temperatureK().isPresent()) {
            return md;
        }
        OptionalDouble t = Temperatures.fromFileName(sample);
        if (t.isEmpty()) {
            return md;
        }
        return md.with(Metadata.TEMPERATURE_K, t.getAsDouble())
                .with(Metadata.TEMPERATURE_SOURCE, "file header (sample name '" + sample + "')");
    }
}
