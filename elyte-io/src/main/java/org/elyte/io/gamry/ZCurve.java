package org.elyte.io.gamry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.elyte.core.error.FormatException;
import org.elyte.io.source.Fields;
import org.elyte.io.source.Numbers;
import org.elyte.io.source.TextContent;
import org.elyte.io.source.Warnings;

/** The ZCURVE table of a Gamry file: column positions, stated row count and rows. */
final class ZCurve {
    private static final int FREQ = 0;
    private static final int RE = 1;
    private static final int IM = 2;
    private static final int RE_COR = 3;
    private static final int IM_COR = 4;

    /**
     * One complete ZCURVE row.
     *
     * @param frequencyHz Freq, Hz
     * @param real Zreal, Ω
     * @param imag Zimag (signed), Ω
     * @param realCorrected ZrealDrCor, Ω (NaN without drift correction)
     * @param imagCorrected ZimagDrCor, Ω (NaN without drift correction)
     * @param line 1-based line of the row
     */
    record Row(double frequencyHz, double real, double imag, double realCorrected, double imagCorrected, int line) {
    }

    private final TextContent content;
    private final int tableLine;
    private final int width;
    private final int[] cols;
    private final long statedRows;

    private ZCurve(TextContent content, int tableLine, int width, int[] cols, long statedRows) {
        this.content = content;
        this.tableLine = tableLine;
        this.width = width;
        this.cols = cols;
        this.statedRows = statedRows;
    }

    static ZCurve of(TextContent content, int tableLine) {
        String src = content.name();
        List<String> tableFields = Fields.bySeparator(content.line(tableLine), '\t');
        double stated = tableFields.size() > 2 ? Numbers.parseOrNaN(tableFields.get(2)) : Double.NaN;
        int namesLine = tableLine + 1;
        List<String> names = Fields.bySeparator(strip(content.line(namesLine)), '\t');
        int[] cols = {indexOf(names, "freq"), indexOf(names, "zreal"), indexOf(names, "zimag"),
            indexOf(names, "zrealdrcor"), indexOf(names, "zimagdrcor")};
        if (cols[FREQ] < 0 || cols[RE] < 0 || cols[IM] < 0) {
            throw FormatException.atLine(src, namesLine, "expected ZCURVE column names Freq, Zreal and Zimag, found '"
                    + Numbers.abbreviate(content.line(namesLine)) + "'");
        }
        return new ZCurve(content, tableLine, names.size(), cols,
                Double.isNaN(stated) || stated < 0 ? -1 : (long) stated);
    }

    /** @return whether the table has drift-corrected Z columns */
    boolean driftCorrected() {
        return cols[RE_COR] >= 0 && cols[IM_COR] >= 0;
    }

    /**
     * @param warnings where an early end is reported
     * @return each complete row
     */
    List<Row> rows(Warnings warnings) {
        String src = content.name();
        List<Row> out = new ArrayList<>();
        int first = tableLine + 3;
        int last = first - 1;
        while (last + 1 <= content.lineCount() && content.line(last + 1).startsWith("\t")
                && !content.line(last + 1).isBlank()) {
            last++;
        }
        for (int i = first; i <= last; i++) {
            List<String> f = Fields.bySeparator(strip(content.line(i)), '\t');
            String problem = problem(f);
            if (problem != null) {
                if (i == last) {
                    warnings.add("line " + i + ": partial last ZCURVE row (" + problem + "); the experiment"
                            + " looks aborted, read " + out.size() + " complete rows");
                    break;
                }
                throw FormatException.atLine(src, i, "ZCURVE row: " + problem);
            }
            double freq = Numbers.parse(f.get(cols[FREQ]), src, i, "Freq");
            double re = Numbers.parse(f.get(cols[RE]), src, i, "Zreal");
            double im = Numbers.parse(f.get(cols[IM]), src, i, "Zimag");
            double reCor = driftCorrected() ? Numbers.parse(f.get(cols[RE_COR]), src, i, "ZrealDrCor") : Double.NaN;
            double imCor = driftCorrected() ? Numbers.parse(f.get(cols[IM_COR]), src, i, "ZimagDrCor") : Double.NaN;
            out.add(new Row(freq, re, im, reCor, imCor, i));
        }
        if (out.isEmpty()) {
            throw FormatException.atLine(src, tableLine, "ZCURVE table has no complete data rows");
        }
        if (statedRows > out.size()) {
            warnings.add("ZCURVE table states " + statedRows + " rows but holds " + out.size()
                    + "; the experiment looks aborted");
        }
        return out;
    }

    private String problem(List<String> f) {
        if (f.size() < width) {
            return "expected " + width + " columns as in the names row (line " + (tableLine + 1) + "), found "
                    + f.size();
        }
        for (int c : cols) {
            if (c >= 0 && !Numbers.isNumber(f.get(c)) && !Numbers.isNonFinite(f.get(c))) {
                return "'" + Numbers.abbreviate(f.get(c)) + "' is not a number";
            }
        }
        return null;
    }

    private static String strip(String line) {
        return line.startsWith("\t") ? line.substring(1) : line;
    }

    private static int indexOf(List<String> names, String lower) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).toLowerCase(Locale.ROOT).equals(lower)) {
                return i;
            }
        }
        return -1;
    }
}
