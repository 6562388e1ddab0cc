package org.elyte.io.arbin;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.elyte.core.error.FormatException;
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
 * Reads Arbin CSV exports ({@code Data_Point,Test_Time,DateTime,Step_Time,Step_Index,Cycle_Index,
 * Current,Voltage,…}, with or without units in parentheses such as {@code Test_Time(s)}). Units
 * are Arbin's defaults (s, A, V, Ah, Wh, °C); a {@code DateTime} that is a number is Unix seconds,
 * text is read as local wall time. Arbin current is positive when charging.
 */
public final class ArbinCsvReader implements RecordingReader {
    /** Stable format name stored under {@link Metadata#FORMAT}. */
    public static final String FORMAT_NAME = "arbin-csv";

    @Override
    public Recording read(String name, byte[] b) {
        int start = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB ? 3 : 0;
        int eol = ByteLines.end(b, start);
        List<String> header = Fields.bySeparator(new String(b, start, eol - start, StandardCharsets.UTF_8), ',')
                .stream().map(Fields::unquote).toList();
        if (header.size() < 2) {
            throw FormatException.atLine(name, 1, "expected an Arbin CSV header row");
        }
        int data = ByteLines.next(b, eol);
        List<String> firstRow = Fields.bySeparator(new String(b, data, ByteLines.end(b, data) - data,
                StandardCharsets.ISO_8859_1), ',');
        CellKind[] kinds = new CellKind[header.size()];
        for (int i = 0; i < kinds.length; i++) {
            boolean dateText = ArbinColumns.key(header.get(i)).startsWith("date") && i < firstRow.size()
                    && !firstRow.get(i).isEmpty() && Double.isNaN(parse(firstRow.get(i)));
            kinds[i] = dateText ? CellKind.DATETIME : CellKind.OPTIONAL_NUMBER;
        }
        Table t = new TableParser(name, (byte) ',', kinds).parse(b, data, 2, b.length);
        RecordingAssembler a = new RecordingAssembler(name, t.rows());
        for (int i = 0; i < header.size(); i++) {
            Target target = ArbinColumns.target(header.get(i));
            if (target == null || !a.put(target, t.column(i))) {
                a.putCustom(header.get(i), "", t.column(i));
            }
        }
        return a.build(RecordingAssembler.baseMetadata(name, b, FORMAT_NAME));
    }

    /**
     * @param firstLine the first line of a file
     * @return whether it is an Arbin CSV header row
     */
    public static boolean looksLike(String firstLine) {
        String l = firstLine.toLowerCase(Locale.ROOT);
        return l.contains("test_time") && l.contains("cycle_index") && l.contains("step_index") && l.contains(",");
    }

    private static double parse(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        return Decimals.parse(b, 0, b.length);
    }
}
