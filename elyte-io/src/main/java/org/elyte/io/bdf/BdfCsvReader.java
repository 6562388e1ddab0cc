package org.elyte.io.bdf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.elyte.core.error.FormatException;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Metadata;
import org.elyte.core.recording.Recording;
import org.elyte.io.delimited.CellKind;
import org.elyte.io.delimited.Table;
import org.elyte.io.delimited.TableParser;
import org.elyte.io.recording.RecordingAssembler;
import org.elyte.io.recording.RecordingReader;
import org.elyte.io.recording.Target;
import org.elyte.io.source.Fields;

/**
 * Reads Battery Data Format CSV (comma-separated, one header row of preferred labels or machine
 * names, empty cells for missing values). BDF columns are converted to SI (°C → K); other columns
 * are kept under their header, with the unit after {@code " / "} when there is one.
 */
public final class BdfCsvReader implements RecordingReader {
    /** Stable format name stored under {@link Metadata#FORMAT}. */
    public static final String FORMAT_NAME = "bdf-csv";

    @Override
    public Recording read(String name, byte[] b) {
        int start = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        int eol = start;
        while (eol < b.length && b[eol] != '\n' && b[eol] != '\r') {
            eol++;
        }
        List<String> header = Fields.bySeparator(new String(b, start, eol - start, StandardCharsets.UTF_8), ',')
                .stream().map(Fields::unquote).toList();
        if (header.isEmpty()) {
            throw FormatException.atLine(name, 1, "expected a BDF header row, found an empty line");
        }
        CellKind[] kinds = new CellKind[header.size()];
        Arrays.fill(kinds, CellKind.OPTIONAL_NUMBER);
        int next = eol < b.length && b[eol] == '\r' ? eol + 1 : eol;
        next = next < b.length && b[next] == '\n' ? next + 1 : next;
        Table t = new TableParser(name, (byte) ',', kinds).parse(b, next, 2, b.length);
        RecordingAssembler a = new RecordingAssembler(name, t.rows());
        for (int k = 0; k < header.size(); k++) {
            final int i = k;
            Optional<Target> c = BdfColumn.find(header.get(i)).map(BdfColumn::target)
                    .or(() -> Quantity.byName(header.get(i)).map(Target::of));
            if (c.isEmpty() || !a.put(c.get(), t.column(i))) {
                String h = header.get(i);
                int slash = h.lastIndexOf(" / ");
                a.putCustom(h, slash < 0 ? "" : h.substring(slash + 3), t.column(i));
            }
        }
        return a.build(RecordingAssembler.baseMetadata(name, b, FORMAT_NAME));
    }

    /**
     * @param firstLine the first line of a file
     * @return whether at least two of its comma-separated cells are BDF column names
     */
    public static boolean looksLike(String firstLine) {
        List<String> cells = Fields.bySeparator(firstLine, ',');
        long known = cells.stream().map(Fields::unquote).filter(c -> BdfColumn.find(c).isPresent()).count();
        return known >= 2 && known * 2 >= cells.size();
    }
}
