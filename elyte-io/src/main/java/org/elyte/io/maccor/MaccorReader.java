package org.elyte.io.maccor;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import org.elyte.io.delimited.Decimals;
import org.elyte.io.delimited.Table;
import org.elyte.io.delimited.TableParser;
import org.elyte.io.recording.RecordingAssembler;
import org.elyte.io.recording.RecordingReader;
import org.elyte.io.recording.Target;
import org.elyte.io.source.Fields;

/**
 * Reads one Maccor tab-separated text export: a header line with {@code Date of Test}, a column
 * row ({@code Rec#, Cyc#, Step, Test (Sec)|Test (Min), Step (Sec)|Step (Min), Amp-hr, Watt-hr,
 * Amps, Volts, State, ES, DPt Time, …}), then data rows; {@code N/A} cells are NaN. Times in
 * minutes are converted to seconds. {@code DPt Time} is read as local wall time into
 * {@code Unix Time}; when it holds only a time of day, the date comes from {@code Date of Test}
 * and advances by one day whenever the time of day goes backwards. Current is made positive on
 * charge ({@code State C}) and negative on discharge ({@code State D}), whichever sign the export
 * used. {@code Amp-hr} and {@code Watt-hr} (per step, as Maccor counts them) are kept under their
 * names in Ah and Wh. The channel is the numeric file extension ({@code .052} → 52).
 */
public final class MaccorReader implements RecordingReader {
    /** Stable format name stored under {@link Metadata#FORMAT}. */
    public static final String FORMAT_NAME = "maccor-text";
    private static final Map<String, Target> TARGETS = Map.ofEntries(
            Map.entry("cyc#", Target.of(Quantity.CYCLE_COUNT)),
            Map.entry("cycle", Target.of(Quantity.CYCLE_COUNT)),
            Map.entry("step", Target.of(Quantity.STEP_ID)),
            Map.entry("test (sec)", Target.of(Quantity.TEST_TIME)),
            Map.entry("test (min)", Target.scaled(Quantity.TEST_TIME, 60)),
            Map.entry("test time (sec)", Target.of(Quantity.TEST_TIME)),
            Map.entry("step (sec)", Target.of(Quantity.STEP_TIME)),
            Map.entry("step (min)", Target.scaled(Quantity.STEP_TIME, 60)),
            Map.entry("step time (sec)", Target.of(Quantity.STEP_TIME)),
            Map.entry("amps", Target.of(Quantity.CURRENT)),
            Map.entry("current", Target.of(Quantity.CURRENT)),
            Map.entry("volts", Target.of(Quantity.VOLTAGE)),
            Map.entry("voltage", Target.of(Quantity.VOLTAGE)),
            Map.entry("dpt time", Target.of(Quantity.UNIX_TIME)));
    private static final Map<String, String> UNITS = Map.of("amp-hr", "Ah", "watt-hr", "Wh", "acimp/ohms", "ohm",
            "dcir/ohms", "ohm");

    @Override
    public Recording read(String name, byte[] b) {
        int eol1 = ByteLines.end(b, 0);
        String first = new String(b, 0, eol1, StandardCharsets.ISO_8859_1);
        if (!first.contains("Date of Test")) {
            throw FormatException.atLine(name, 1, "expected a Maccor header line with 'Date of Test'");
        }
        MaccorHeader head = MaccorHeader.parse(first);
        int start2 = ByteLines.next(b, eol1);
        int eol2 = ByteLines.end(b, start2);
        List<String> header = Fields.bySeparator(new String(b, start2, eol2 - start2, StandardCharsets.ISO_8859_1),
                '\t').stream().map(String::strip).toList();
        if (header.size() < 3 || !header.get(0).startsWith("Rec")) {
            throw FormatException.atLine(name, 2, "expected the Maccor column row (Rec#, Cyc#, Step …)");
        }
        int data = ByteLines.next(b, eol2);
        List<String> row1 = Fields.bySeparator(new String(b, data, ByteLines.end(b, data) - data,
                StandardCharsets.ISO_8859_1), '\t');
        CellKind[] kinds = new CellKind[header.size()];
        int timeOfDayColumn = -1;
        for (int i = 0; i < kinds.length; i++) {
            String k = key(header.get(i));
            String cell = i < row1.size() ? row1.get(i).strip() : "";
            if (k.equals("dpt time")) {
                kinds[i] = CellKind.SKIP;
                timeOfDayColumn = i;
            } else if (k.equals("state") || (!cell.isEmpty() && !cell.equalsIgnoreCase("N/A") && isText(cell))) {
                kinds[i] = CellKind.TEXT;
            } else {
                kinds[i] = CellKind.OPTIONAL_NUMBER;
            }
        }
        Table t = new TableParser(name, (byte) '\t', kinds).parse(b, data, 3, b.length);
        Metadata md = RecordingAssembler.baseMetadata(name, b, FORMAT_NAME).withAll(head.metadata())
                .with(Metadata.INSTRUMENT, "Maccor");
        String ch = channel(name).orElse("");
        if (!ch.isEmpty()) {
            md = md.with(Metadata.CHANNEL, ch);
        }
        RecordingAssembler a = new RecordingAssembler(name, t.rows());
        int stateColumn = header.stream().map(MaccorReader::key).toList().indexOf("state");
        for (int i = 0; i < header.size(); i++) {
            String k = key(header.get(i));
            double[] values;
            if (i == timeOfDayColumn) {
                values = TimeOfDay.read(name, b, data, 3, i, t.rows(), head.testDate().orElse(LocalDate.EPOCH));
            } else {
                values = t.column(i);
            }
            if (kinds[i] == CellKind.TEXT) {
                md = md.with("column." + header.get(i) + ".values", String.join("|", t.texts().get(i)));
            }
            Target target = kinds[i] == CellKind.TEXT ? null : TARGETS.get(k);
            if (target != null && target.quantity().equals(Quantity.CURRENT) && stateColumn >= 0) {
                signByState(values, t.column(stateColumn), t.texts().get(stateColumn), t.rows());
            }
            if (target == null || !a.put(target, values)) {
                a.putCustom(header.get(i), UNITS.getOrDefault(k, ""), values);
            }
        }
        if (a.has(Quantity.UNIX_TIME) && t.rows() > 0 && !Double.isNaN(a.get(Quantity.UNIX_TIME)[0])) {
            double s = a.get(Quantity.UNIX_TIME)[0];
            md = md.with(Metadata.START_TIME, java.time.LocalDateTime.ofEpochSecond((long) Math.floor(s), 0,
                    ZoneOffset.UTC).toString()).with("start.time.zone", "unknown (instrument local time)");
        }
        return a.build(md);
    }

    /**
     * @param firstLines the first lines of a file
     * @return whether they are a Maccor text export (header line with Date of Test, then Rec#/Cyc#)
     */
    public static boolean looksLike(List<String> firstLines) {
        return firstLines.size() >= 2 && firstLines.get(0).contains("Date of Test")
                && firstLines.get(1).startsWith("Rec#") && firstLines.get(1).contains("\t");
    }

    private static void signByState(double[] amps, double[] stateCode, List<String> states, int rows) {
        for (int r = 0; r < rows; r++) {
            int c = (int) stateCode[r];
            String s = c >= 0 && c < states.size() ? states.get(c) : "";
            if (s.equalsIgnoreCase("D")) {
                amps[r] = -Math.abs(amps[r]);
            } else if (s.equalsIgnoreCase("C")) {
                amps[r] = Math.abs(amps[r]);
            }
        }
    }

    private static java.util.Optional<String> channel(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        if (!ext.isEmpty() && ext.length() <= 4 && ext.chars().allMatch(Character::isDigit)) {
            return java.util.Optional.of(String.valueOf(Integer.parseInt(ext)));
        }
        return java.util.Optional.empty();
    }

    private static boolean isText(String cell) {
        byte[] c = cell.getBytes(StandardCharsets.ISO_8859_1);
        return Double.isNaN(Decimals.parse(c, 0, c.length));
    }

    private static String key(String h) {
        return h.strip().toLowerCase(Locale.ROOT);
    }



    /** @param d a date @return seconds since 1970 of its local midnight */
    static double midnight(LocalDate d) {
        return d.toEpochDay() * 86400.0;
    }
}
