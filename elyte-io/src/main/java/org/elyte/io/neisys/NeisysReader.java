package org.elyte.io.neisys;

import java.util.List;
import java.util.Optional;

import org.elyte.core.error.FormatException;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.core.recording.Metadata;
import org.elyte.io.source.Fields;
import org.elyte.io.source.ImpedanceColumns;
import org.elyte.io.source.Numbers;
import org.elyte.io.source.SpectrumAssembler;
import org.elyte.io.source.SpectrumReader;
import org.elyte.io.source.TextContent;
import org.elyte.io.source.Warnings;

/**
 * Reads NEISYS spectrometer text exports (as published with EISFitpython): line 1 the sample
 * name, then {@code Fixed value(s) : name [unit]=value} lines, the column header
 * {@code Freq.[Hz]  Zs'[ohm]  Zs''[ohm]} and white-space separated rows with Z'' signed.
 */
public final class NeisysReader implements SpectrumReader {
    /** Stable format name stored under {@link Metadata#FORMAT}. */
    public static final String FORMAT_NAME = "neisys-txt";
    private static final int MAX_HEADER_LINES = 20;

    /**
     * @param content a decoded file
     * @return whether line 2 starts with {@code Fixed value} or an early line names {@code Zs'} columns
     */
    public static boolean looksLike(TextContent content) {
        if (content.lineCount() >= 2 && content.line(2).strip().startsWith("Fixed value")) {
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
            throw FormatException.inFile(src, "no NEISYS column header (Freq.[Hz] Zs'[ohm] Zs''[ohm]) in the first "
                    + MAX_HEADER_LINES + " lines");
        }
        ImpedanceColumns cols = columns(content.line(header)).orElseThrow();
        Metadata md = SpectrumReader.baseMetadata(content, FORMAT_NAME);
        if (header > 1) {
            String sample = content.line(1).strip();
            md = md.with("sample", sample);
            for (int i = 2; i < header; i++) {
                md = NeisysHeader.pairs(content.line(i), i, md, warnings);
            }
            md = NeisysHeader.temperatureFromName(sample, md);
        }
        SpectrumAssembler points = new SpectrumAssembler(src);
        int width = -1;
        int firstRow = -1;
        for (int i = header + 1; i <= content.lineCount(); i++) {
            String l = content.line(i);
            if (l.isBlank()) {
                continue;
            }
            List<String> f = Fields.byWhitespace(l);
            if (width < 0) {
                width = f.size();
                firstRow = i;
                if (width <= cols.maxIndex()) {
                    throw FormatException.atLine(src, i, "expected at least " + (cols.maxIndex() + 1)
                            + " columns, found " + width);
                }
            } else if (f.size() < width) {
                throw FormatException.atLine(src, i, "expected " + width + " columns as in line " + firstRow
                        + ", found " + f.size() + " (truncated or malformed row)");
            }
            points.add(Numbers.parse(f.get(cols.frequency()), src, i, "frequency"),
                    Numbers.parse(f.get(cols.real()), src, i, "Zs'"),
                    Numbers.parse(f.get(cols.imag()), src, i, "Zs''"), i);
        }
        if (cols.imagNegated()) {
            points.negateImaginary();
        }
        return List.of(points.build(warnings.applyTo(md)));
    }

    private static Optional<ImpedanceColumns> columns(String line) {
        return ImpedanceColumns.find(Fields.byWhitespace(line));
    }

    private static int headerRow(TextContent content) {
        int n = Math.min(content.lineCount(), MAX_HEADER_LINES);
        for (int i = 1; i <= n; i++) {
            String l = content.line(i);
            if (l.contains("Zs'") && columns(l).isPresent()) {
                return i;
            }
        }
        return -1;
    }
}
