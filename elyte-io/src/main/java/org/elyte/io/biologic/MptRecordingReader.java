package org.elyte.io.biologic;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.elyte.core.error.FormatException;
import org.elyte.core.recording.Metadata;
import org.elyte.core.recording.Recording;
import org.elyte.io.delimited.ByteLines;
import org.elyte.io.delimited.CellKind;
import org.elyte.io.delimited.Table;
import org.elyte.io.delimited.TableParser;
import org.elyte.io.recording.RecordingAssembler;
import org.elyte.io.recording.RecordingReader;
import org.elyte.io.source.Fields;
import org.elyte.io.source.TextContent;
import org.elyte.io.source.Warnings;

/**
 * Reads any BioLogic EC-Lab {@code .mpt} text export (cycling, voltammetry, impedance) into a
 * normalised recording: with the {@code EC-Lab ASCII FILE} settings block or without it (column
 * header row on line 1), CRLF or LF, windows-1252 or UTF-8 (also with U+FFFD where a degree or
 * micro sign was lost), decimal point or comma. Only the settings block and the header row are
 * decoded as text; the data rows are parsed from bytes.
 */
public final class MptRecordingReader implements RecordingReader {
    /** Stable format name stored under {@link Metadata#FORMAT}. */
    public static final String FORMAT_NAME = MptReader.FORMAT_NAME;
    private static final String MAGIC = "EC-Lab ASCII FILE";
    private static final Pattern HEADER_LINES = Pattern.compile("Nb header lines\\s*:\\s*(\\d{1,6})\\s*");

    @Override
    public Recording read(String name, byte[] b) {
        boolean banner = startsWith(b, MAGIC);
        int headerRow = 1;
        if (banner) {
            int s2 = ByteLines.next(b, ByteLines.end(b, 0));
            String second = new String(b, s2, ByteLines.end(b, s2) - s2, StandardCharsets.ISO_8859_1).strip();
            Matcher m = HEADER_LINES.matcher(second);
            if (!m.matches()) {
                throw FormatException.atLine(name, 2, "expected 'Nb header lines : N', found '" + abbreviate(second) + "'");
            }
            headerRow = Integer.parseInt(m.group(1));
            if (headerRow < 3) {
                throw FormatException.atLine(name, 2, "header line count " + headerRow + " is below 3");
            }
        }
        int headerStart = 0;
        for (int i = 1; i < headerRow; i++) {
            if (headerStart >= b.length) {
                throw FormatException.atLine(name, i, "the file ends inside the " + headerRow + "-line header block");
            }
            headerStart = ByteLines.next(b, ByteLines.end(b, headerStart));
        }
        int headerEnd = ByteLines.end(b, headerStart);
        if (headerEnd <= headerStart) {
            throw FormatException.atLine(name, headerRow, "expected the column header row, found an empty line");
        }
        TextContent header = TextContent.decode(name, Arrays.copyOf(b, headerEnd));
        List<String> names = Fields.bySeparator(header.line(headerRow), '\t');
        if (names.size() < 2 || !names.contains("time/s") && !names.contains("freq/Hz")) {
            throw FormatException.atLine(name, headerRow, "expected the EC-Lab column header row with time/s or freq/Hz,"
                    + " found '" + abbreviate(header.line(headerRow)) + "'");
        }
        Warnings warnings = new Warnings(name);
        Metadata md = RecordingAssembler.baseMetadata(name, b, FORMAT_NAME).with("source.charset", header.charset());
        md = banner ? MptHeader.read(header, headerRow - 1, md, warnings)
                : md.with("biologic.settings", "absent (file starts at the column header row)");
        CellKind[] kinds = new CellKind[names.size()];
        Arrays.fill(kinds, CellKind.NUMBER);
        Table t = new TableParser(name, (byte) '\t', kinds).parse(b, ByteLines.next(b, headerEnd), headerRow + 1, b.length);
        if (t.rows() == 0) {
            throw FormatException.atLine(name, headerRow, "no data rows after the column header row");
        }
        List<double[]> cols = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            cols.add(t.columns()[i]);
        }
        return EcLabRecording.assemble(name, names, cols, t.rows(), warnings.applyTo(md));
    }

    /**
     * @param b file bytes
     * @return whether they start with the EC-Lab banner or an EC-Lab column header row
     */
    public static boolean looksLike(byte[] b) {
        if (startsWith(b, MAGIC)) {
            return true;
        }
        String first = new String(b, 0, ByteLines.end(b, 0), StandardCharsets.ISO_8859_1);
        return first.contains("\t") && (first.contains("time/s") || first.contains("freq/Hz"))
                && (first.contains("Ewe/V") || first.contains("Ecell/V") || first.contains("Re(Z)/Ohm"));
    }

    private static boolean startsWith(byte[] b, String prefix) {
        if (b.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (b[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }



    private static String abbreviate(String s) {
        String t = s.strip();
        return t.length() <= 40 ? t : t.substring(0, 37) + "...";
    }
}
