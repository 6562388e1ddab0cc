package org.elyte.io.biologic;

import java.util.ArrayList;
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
import org.elyte.io.source.Warnings;

/**
 * Reads BioLogic EC-Lab {@code .mpt} text exports of PEIS/GEIS runs, with the
 * {@code EC-Lab ASCII FILE} settings block ({@code Nb header lines : N}, column header row on
 * line N) or without it (column header row on line 1). Columns are found by name
 * ({@code freq/Hz}, {@code Re(Z)/Ohm}, {@code -Im(Z)/Ohm} negated to Z'', {@code cycle number}),
 * decimal point or comma. Each loop becomes one spectrum: loops are split where the
 * {@code cycle number} changes or, without that column, where the frequency sweep restarts.
 */
public final class MptReader implements SpectrumReader {
    /** Stable format name stored under {@link Metadata#FORMAT}. */
    public static final String FORMAT_NAME = "biologic-mpt";
    /** Metadata key of the 1-based loop index. */
    public static final String LOOP_KEY = "loop";
    /** Metadata key of the EC-Lab technique name, e.g. "Potentio Electrochemical Impedance Spectroscopy". */
    public static final String TECHNIQUE_KEY = "technique";
    private static final String MAGIC = "EC-Lab ASCII FILE";
    private static final Pattern HEADER_LINES = Pattern.compile("Nb header lines\\s*:\\s*(\\d{1,9})\\s*");

    /**
     * @param content a decoded file
     * @return whether it starts with the EC-Lab ASCII banner or with an EC-Lab impedance column row
     */
    public static boolean looksLike(TextContent content) {
        String first = content.line(1).strip();
        return first.startsWith(MAGIC) || (first.contains("freq/Hz") && first.contains("Re(Z)/Ohm"));
    }

    @Override
    public List<ImpedanceSpectrum> read(TextContent content) {
        String src = content.name();
        Warnings warnings = new Warnings(src);
        Metadata md = SpectrumReader.baseMetadata(content, FORMAT_NAME);
        boolean banner = content.line(1).strip().startsWith(MAGIC);
        int headerRow = banner ? headerRowNumber(content) : 1;
        if (banner) {
            md = MptHeader.read(content, headerRow - 1, md, warnings);
        } else {
            md = md.with("biologic.settings", "absent (file starts at the column header row)");
        }
        List<String> names = Fields.bySeparator(content.line(headerRow), '\t');
        ImpedanceColumns cols = ImpedanceColumns.find(names).orElseThrow(() -> FormatException.atLine(src,
                headerRow,
                "expected the column header row with freq/Hz, Re(Z)/Ohm and -Im(Z)/Ohm, found '"
                        + Numbers.abbreviate(content.line(headerRow)) + "'"));
        int cycleCol = indexOf(names, "cyclenumber");
        return readLoops(content, headerRow, names.size(), cols, cycleCol, md, warnings);
    }

    private static List<ImpedanceSpectrum> readLoops(TextContent content, int headerRow, int width,
            ImpedanceColumns cols, int cycleCol, Metadata md, Warnings warnings) {
        String src = content.name();
        List<SpectrumAssembler> loops = new ArrayList<>();
        SpectrumAssembler current = null;
        double lastCycle = Double.NaN;
        int direction = 0;
        for (int i = headerRow + 1; i <= content.lineCount(); i++) {
            String l = content.line(i);
            if (l.isBlank()) {
                continue;
            }
            List<String> f = Fields.bySeparator(l, '\t');
            if (f.size() < width) {
                throw FormatException.atLine(src, i, "expected " + width + " tab-separated columns as in the header"
                        + " row (line " + headerRow + "), found " + f.size() + " (truncated or malformed row)");
            }
            double freq = Numbers.parse(f.get(cols.frequency()), src, i, "frequency");
            double re = Numbers.parse(f.get(cols.real()), src, i, "Re(Z)");
            double im = Numbers.parse(f.get(cols.imag()), src, i, "Im(Z)");
            boolean newLoop = current == null;
            if (!newLoop && cycleCol >= 0) {
                double cycle = Numbers.parse(f.get(cycleCol), src, i, "cycle number");
                newLoop = cycle != lastCycle;
                lastCycle = cycle;
            } else if (cycleCol >= 0) {
                lastCycle = Numbers.parse(f.get(cycleCol), src, i, "cycle number");
            } else if (!newLoop) {
                double prev = current.frequencyHz(current.size() - 1);
                int step = Double.compare(freq, prev);
                if (direction == 0) {
                    direction = step;
                } else if (step != 0 && step != direction) {
                    newLoop = true;
                    direction = 0;
                }
            }
            if (newLoop) {
                current = new SpectrumAssembler(src);
                loops.add(current);
            }
            current.add(freq, re, cols.imagNegated() ? -im + 0.0 : im, i);
        }
        if (loops.isEmpty()) {
            throw FormatException.atLine(src, headerRow, "no data rows after the column header row");
        }
        Metadata base = md.with("imaginary.column", cols.imagNegated() ? "-Im(Z), negated" : "Im(Z)")
                .with("loops", Integer.toString(loops.size()));
        List<ImpedanceSpectrum> out = new ArrayList<>();
        for (int k = 0; k < loops.size(); k++) {
            Metadata m = base.with(LOOP_KEY, Integer.toString(k + 1));
            if (loops.size() > 1) {
                m = m.with("spectrum.label", "loop " + (k + 1));
            }
            out.add(loops.get(k).build(warnings.applyTo(m)));
        }
        return out;
    }

    private static int headerRowNumber(TextContent content) {
        String src = content.name();
        if (content.lineCount() < 2) {
            throw FormatException.atLine(src, 1, "EC-Lab banner without the 'Nb header lines' line");
        }
        Matcher m = HEADER_LINES.matcher(content.line(2).strip());
        if (!m.matches()) {
            throw FormatException.atLine(src, 2, "expected 'Nb header lines : N', found '"
                    + Numbers.abbreviate(content.line(2)) + "'");
        }
        long n = Long.parseLong(m.group(1));
        if (n < 3 || n > content.lineCount()) {
            throw FormatException.atLine(src, 2, "header line count " + n + " does not fit a file of "
                    + content.lineCount() + " lines");
        }
        return (int) n;
    }

    private static int indexOf(List<String> names, String normalised) {
        for (int i = 0; i < names.size(); i++) {
            if (ImpedanceColumns.normalise(names.get(i)).equals(normalised)) {
                return i;
            }
        }
        return -1;
    }
}
