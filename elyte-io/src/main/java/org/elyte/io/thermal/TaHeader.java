package org.elyte.io.thermal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.elyte.core.error.FormatException;
import org.elyte.core.recording.Metadata;
import org.elyte.io.source.Fields;
import org.elyte.io.source.Numbers;

/**
 * The header of a TA Instruments Universal Analysis text export: {@code key<TAB>value} lines, the
 * signal table {@code SigN<TAB>name (unit)} and the {@code StartOfData} line.
 *
 * @param startOfData 0-based index of the {@code StartOfData} line
 * @param signals signal names with units, in column order
 * @param instrument the {@code Instrument} line, or empty
 * @param sampleMassKg the {@code Size} line in kg, or NaN
 * @param sample the {@code Sample} line, or empty
 */
record TaHeader(int startOfData, List<String> signals, String instrument, double sampleMassKg, String sample) {

    /**
     * @param name file name for messages
     * @param lines the file's lines
     * @return the header, or null when the file is not in this layout (no {@code StartOfData} after {@code Sig1})
     * @throws FormatException for a signal table with a gap or a {@code Size} that is not a mass
     */
    static TaHeader find(String name, List<String> lines) {
        int limit = Math.min(lines.size(), 2000);
        List<String> signals = new ArrayList<>();
        String instrument = "";
        String sample = "";
        double mass = Double.NaN;
        for (int i = 0; i < limit; i++) {
            String l = lines.get(i).strip();
            if (l.equalsIgnoreCase("StartOfData")) {
                return signals.isEmpty() ? null : new TaHeader(i, List.copyOf(signals), instrument, mass, sample);
            }
            List<String> f = l.indexOf('\t') >= 0 ? Fields.bySeparator(l, '\t') : Fields.byWhitespace(l);
            if (f.isEmpty()) {
                continue;
            }
            String key = f.get(0).strip();
            String rest = l.substring(Math.min(l.length(), key.length())).strip();
            if (key.matches("(?i)sig\\d{1,6}")) {
                int k = Integer.parseInt(key.substring(3));
                if (k != signals.size() + 1) {
                    throw FormatException.atLine(name, i + 1, "signal " + key + " follows Sig" + signals.size()
                            + "; the signal table must be numbered 1, 2, 3 …");
                }
                signals.add(rest);
            } else if (key.equalsIgnoreCase("Instrument")) {
                instrument = rest;
            } else if (key.equalsIgnoreCase("Sample")) {
                sample = rest;
            } else if (key.equalsIgnoreCase("Size") && f.size() >= 2) {
                String unit = f.size() >= 3 ? f.get(2).strip().toLowerCase(Locale.ROOT) : "mg";
                double v = Numbers.parse(f.get(1).strip(), name, i + 1, "sample size");
                mass = switch (unit) {
                    case "mg" -> v * 1e-6;
                    case "g" -> v * 1e-3;
                    case "ug", "µg" -> v * 1e-9;
                    default -> throw FormatException.atLine(name, i + 1, "sample size unit '" + f.get(2)
                            + "' is not a mass (mg, g, µg)");
                };
            }
        }
        return null;
    }

    /** @param meta metadata so far @return it with the instrument, sample and mass this header states */
    Metadata applyTo(Metadata meta) {
        Metadata m = meta;
        if (!instrument.isEmpty()) {
            m = m.with(Metadata.INSTRUMENT, instrument);
        }
        if (!sample.isEmpty()) {
            m = m.with("sample.name", sample);
        }
        if (!Double.isNaN(sampleMassKg)) {
            m = m.with(DscFiles.SAMPLE_MASS_KG, sampleMassKg);
        }
        return m;
    }
}
