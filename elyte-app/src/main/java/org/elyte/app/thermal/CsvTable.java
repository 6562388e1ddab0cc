package org.elyte.app.thermal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.elyte.core.error.ElyteException;

/** Writes a comma-separated table (header line, one line per row; NaN written as an empty cell). */
public final class CsvTable {
    private CsvTable() {
    }

    /**
     * @param file target
     * @param header column names with units
     * @param rows rows of cells: Double (written with up to 10 significant digits) or String
     */
    public static void write(Path file, List<String> header, List<List<Object>> rows) {
        StringBuilder sb = new StringBuilder(String.join(",", header)).append('\n');
        for (List<Object> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                Object v = row.get(i);
                if (v instanceof Double d) {
                    sb.append(Double.isFinite(d) ? String.format(Locale.ROOT, "%.10g", d) : "");
                } else if (v instanceof Integer k) {
                    sb.append(k);
                } else {
                    String s = String.valueOf(v);
                    sb.append(s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s);
                }
            }
            sb.append('\n');
        }
        try {
            Files.writeString(file, sb, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ElyteException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
