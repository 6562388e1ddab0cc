package org.elyte.io.landt;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.elyte.core.error.FormatException;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Metadata;
import org.elyte.core.recording.Recording;
import org.elyte.io.delimited.ByteLines;
import org.elyte.io.delimited.CellKind;
import org.elyte.io.delimited.Table;
import org.elyte.io.delimited.TableParser;
import org.elyte.io.recording.RecordingAssembler;
import org.elyte.io.recording.RecordingReader;
import org.elyte.io.recording.Target;
import org.elyte.io.source.Fields;

/**
 * Reads Landt CSV exports (as shared with the Battery Data Format examples): optional
 * {@code key: value} lines, then a header row with {@code test_time_s}, {@code current_A},
 * {@code voltage_V} …, then comma-separated rows (a trailing comma allowed). The date column is
 * read as local wall time into {@code Unix Time} (zone unknown, read as given); {@code step_name}
 * is kept as a text code with its values in the metadata.
 */
public final class LandtCsvReader implements RecordingReader {
    /** Stable format name stored under {@link Metadata#FORMAT}. */
    public static final String FORMAT_NAME = "landt-csv";
    private static final int MAX_PREAMBLE_LINES = 50;
    private static final double PSI = 6894.757293168;
    private static final Map<String, Target> TARGETS = Map.ofEntries(
            Map.entry("cycle_index", Target.of(Quantity.CYCLE_COUNT)),
            Map.entry("step_index", Target.of(Quantity.STEP_ID)),
            Map.entry("date_time_iso_string", Target.of(Quantity.UNIX_TIME)),
            Map.entry("test_time_s", Target.of(Quantity.TEST_TIME)),
            Map.entry("step_time_s", Target.of(Quantity.STEP_TIME)),
            Map.entry("current_a", Target.of(Quantity.CURRENT)),
            Map.entry("voltage_v", Target.of(Quantity.VOLTAGE)),
            Map.entry("discharge_capacity_ah", Target.of(Quantity.DISCHARGING_CAPACITY)),
            Map.entry("charge_capacity_ah", Target.of(Quantity.CHARGING_CAPACITY)),
            Map.entry("discharge_energy_wh", Target.of(Quantity.DISCHARGING_ENERGY)),
            Map.entry("charge_energy_wh", Target.of(Quantity.CHARGING_ENERGY)),
            Map.entry("pressure_psi", Target.scaled(Quantity.APPLIED_PRESSURE, PSI)),
            Map.entry("temperature_1_c", new Target(Quantity.AMBIENT_TEMPERATURE, 1, 273.15)));

    @Override
    public Recording read(String name, byte[] b) {
        Metadata md = RecordingAssembler.baseMetadata(name, b, FORMAT_NAME);
        int pos = 0;
        int line = 1;
        List<String> header = null;
        while (pos < b.length && line <= MAX_PREAMBLE_LINES) {
            int eol = ByteLines.end(b, pos);
            String text = new String(b, pos, eol - pos, StandardCharsets.UTF_8);
            pos = ByteLines.next(b, eol);
            if (isHeader(text)) {
                header = Fields.bySeparator(text, ',');
                break;
            }
            int colon = text.indexOf(':');
            if (colon > 0) {
                String value = Fields.bySeparator(text.substring(colon + 1), ',').stream().findFirst().orElse("");
                md = md.with("landt." + text.substring(0, colon).strip(), value);
            }
            line++;
        }
        if (header == null) {
            throw FormatException.inFile(name, "no Landt header row (with test_time_s, current_A, voltage_V) in the first "
                    + MAX_PREAMBLE_LINES + " lines");
        }
        CellKind[] kinds = new CellKind[header.size()];
        for (int i = 0; i < kinds.length; i++) {
            String h = key(header.get(i));
            kinds[i] = h.startsWith("date_time") ? CellKind.DATETIME : h.equals("step_name") ? CellKind.TEXT
                    : CellKind.OPTIONAL_NUMBER;
        }
        Table t = new TableParser(name, (byte) ',', kinds).parse(b, pos, line + 1, b.length);
        RecordingAssembler a = new RecordingAssembler(name, t.rows());
        for (int i = 0; i < header.size(); i++) {
            String h = key(header.get(i));
            Target target = TARGETS.get(h.startsWith("date_time") ? "date_time_iso_string" : h);
            if (target == null || !a.put(target, t.column(i))) {
                a.putCustom(header.get(i), "", t.column(i));
            }
            if (kinds[i] == CellKind.TEXT) {
                md = md.with("column." + header.get(i) + ".values", String.join("|", t.texts().get(i)));
            }
            if (kinds[i] == CellKind.DATETIME && t.rows() > 0 && !Double.isNaN(t.columns()[i][0])) {
                double s = t.columns()[i][0];
                md = md.with(Metadata.START_TIME, LocalDateTime.ofEpochSecond((long) Math.floor(s), 0, ZoneOffset.UTC)
                        .toString()).with("start.time.zone", "unknown (instrument local time)");
            }
        }
        return a.build(md);
    }

    /**
     * @param firstLines the first lines of a file
     * @return whether one of them is a Landt header row
     */
    public static boolean looksLike(List<String> firstLines) {
        return firstLines.stream().anyMatch(LandtCsvReader::isHeader);
    }

    private static boolean isHeader(String line) {
        String l = line.toLowerCase(Locale.ROOT);
        return l.contains("test_time_s,") && l.contains("current_a") && l.contains("voltage_v");
    }

    private static String key(String h) {
        String k = h.strip().toLowerCase(Locale.ROOT);
        int space = k.indexOf(' ');
        return space > 0 ? k.substring(0, space) : k;
    }
}
