package org.elyte.io.zplot;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.elyte.core.error.FormatException;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.core.recording.Metadata;
import org.elyte.io.source.Fields;
import org.elyte.io.source.ImpedanceColumns;
import org.elyte.io.source.Numbers;
import org.elyte.io.source.SpectrumAssembler;
import org.elyte.io.source.SpectrumReader;
import org.elyte.io.source.TextContent;
import org.elyte.io.source.WallClock;
import org.elyte.io.source.Warnings;

/**
 * Reads Scribner ZPlot/ZView {@code .z} files: quoted header lines ({@code "ZPlotW Data File:
 * Version 3.2c"}, date and time, a comment), a line with the nominal point count, a quoted
 * column header row ({@code Freq(Hz) ... Z'(a) Z''(b) ...}) and comma-separated rows with Z''
 * signed. A file holding fewer rows than its nominal count is read with a warning.
 */
public final class ZPlotReader implements SpectrumReader {
    /** Stable format name stored under {@link Metadata#FORMAT}. */
    public static final String FORMAT_NAME = "zplot-z";
    private static final Pattern VERSION = Pattern.compile("\"?ZPlot\\w* Data File:\\s*Version\\s*([^\"]+?)\\s*\"?");
    private static final Pattern DATE = Pattern.compile("Date:\\s*(\\S+)\\s+Time:\\s*(\\S+).*");
    private static final Pattern COUNT = Pattern.compile("\\d{1,9}");

    /**
     * @param content a decoded file
     * @return whether it starts with a ZPlot banner or has a ZPlot column header row in its first 200 lines
     */
    public static boolean looksLike(TextContent content) {
        if (content.line(1).startsWith("\"ZPlot") || content.line(1).startsWith("ZPlot")) {
            return true;
        }
        return headerRow(content) > 0;
    }

    @Override
    public List<ImpedanceSpectrum> read(TextContent content) {
        String src = content.name();
        Warnings warnings = new Warnings(src);
        int header = headerRow(content);
        if (header < 0) {
            throw FormatException.inFile(src, "no ZPlot column header row with Freq(Hz), Z'(a) and Z''(b)");
        }
        List<String> names = Fields.byWhitespace(Fields.unquote(content.line(header)));
        ImpedanceColumns cols = ImpedanceColumns.find(names).orElseThrow(() -> FormatException.atLine(src, header,
                "expected columns Freq(Hz), Z'(a) and Z''(b), found '" + Numbers.abbreviate(content.line(header)) + "'"));
        Metadata md = headerMetadata(content, header, SpectrumReader.baseMetadata(content, FORMAT_NAME));
        long nominal = header > 1 && COUNT.matcher(content.line(header - 1).strip()).matches()
                ? Long.parseLong(content.line(header - 1).strip()) : -1;
        SpectrumAssembler points = new SpectrumAssembler(src);
        int width = -1;
        int firstRow = -1;
        for (int i = header + 1; i <= content.lineCount(); i++) {
            String l = content.line(i);
            if (l.isBlank()) {
                continue;
            }
            List<String> f = Fields.bySeparator(l, ',');
            if (width < 0) {
                width = f.size();
                firstRow = i;
                if (width <= cols.maxIndex()) {
                    throw FormatException.atLine(src, i, "expected at least " + (cols.maxIndex() + 1)
                            + " comma-separated columns, found " + width);
                }
            } else if (f.size() < width) {
                throw FormatException.atLine(src, i, "expected " + width + " comma-separated columns as in line "
                        + firstRow + ", found " + f.size() + " (truncated or malformed row)");
            }
            points.add(Numbers.parse(f.get(cols.frequency()), src, i, "Freq(Hz)"),
                    Numbers.parse(f.get(cols.real()), src, i, "Z'(a)"),
                    Numbers.parse(f.get(cols.imag()), src, i, "Z''(b)"), i);
        }
        if (cols.imagNegated()) {
            points.negateImaginary();
        }
        if (nominal >= 0 && nominal != points.size()) {
            warnings.add("the file states " + nominal + " points (line " + (header - 1) + ") but holds "
                    + points.size());
        }
        return List.of(points.build(warnings.applyTo(md.with("points.nominal", nominal >= 0 ? "" + nominal : ""))));
    }

    private static Metadata headerMetadata(TextContent content, int header, Metadata md) {
        Metadata out = md;
        int dateLine = -1;
        for (int i = 1; i < header; i++) {
            String line = content.line(i).strip();
            Matcher v = VERSION.matcher(line);
            Matcher d = DATE.matcher(line);
            if (v.matches()) {
                out = out.with(Metadata.FORMAT_VERSION, v.group(1)).with("software", Fields.unquote(line));
            } else if (d.matches()) {
                dateLine = i;
                var t = WallClock.parse(d.group(1), d.group(2));
                if (t.isPresent()) {
                    out = out.with(Metadata.START_TIME, t.get().toString());
                }
            } else if (i == dateLine + 1 && !line.startsWith("\"") && !line.isEmpty()) {
                out = out.with("comment", line);
            }
        }
        return out;
    }

    private static int headerRow(TextContent content) {
        int n = Math.min(content.lineCount(), 200);
        for (int i = 1; i <= n; i++) {
            String l = content.line(i);
            if (l.contains("Freq(Hz)") && l.contains("Z'(a)")) {
                return i;
            }
        }
        return -1;
    }
}
