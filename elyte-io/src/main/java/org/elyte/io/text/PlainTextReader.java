package org.elyte.io.text;

import java.util.List;
import java.util.Optional;

import org.elyte.core.error.FormatException;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.core.recording.Metadata;
import org.elyte.io.source.ImpedanceColumns;
import org.elyte.io.source.Numbers;
import org.elyte.io.source.SpectrumAssembler;
import org.elyte.io.source.SpectrumReader;
import org.elyte.io.source.TextContent;
import org.elyte.io.source.Warnings;

/**
 * Reads a plain text or CSV table of frequency (Hz), Z' (Ω) and Z'' (Ω): comma, semicolon, tab
 * or space separated, decimal point or decimal comma, with or without a header row. Lines
 * starting with {@code #}, {@code %} or {@code //} and blank lines are skipped.
 *
 * <p>With a header, the columns are found by name ({@code freq}, {@code Z'}, {@code -Z''},
 * {@code Re(Z)}, {@code -Im(Z)}, {@code Zimag} …) and a minus in front of the Z'' name means the
 * column holds −Z''. Without a header (or with unrecognised names) the first three columns are
 * f, Z', Z'' and the sign is inferred: if most of the lower-frequency half of the points have
 * Z'' &gt; 0, the column is taken for −Z'' (a capacitive arc plotted upwards) and negated. The
 * decision is stored under {@link #SIGN_KEY}.
 */
public final class PlainTextReader implements SpectrumReader {
    /** Stable format name stored under {@link Metadata#FORMAT}. */
    public static final String FORMAT_NAME = "plain-text";
    /** Metadata key recording how the sign of Z'' was decided. */
    public static final String SIGN_KEY = "imaginary.sign";

    /**
     * @param content a decoded file
     * @return whether one of its first 50 lines is a row of two or more numbers
     */
    public static boolean looksLike(TextContent content) {
        int n = Math.min(content.lineCount(), 50);
        for (int i = 1; i <= n; i++) {
            String l = content.line(i);
            if (!skipped(l) && Layout.ofDataLine(l).isPresent()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<ImpedanceSpectrum> read(TextContent content) {
        String src = content.name();
        int first = -1;
        Layout layout = null;
        for (int i = 1; i <= content.lineCount() && first < 0; i++) {
            String l = content.line(i);
            if (!skipped(l)) {
                Optional<Layout> lay = Layout.ofDataLine(l);
                if (lay.isPresent()) {
                    first = i;
                    layout = lay.get();
                }
            }
        }
        if (first < 0) {
            throw FormatException.atLine(src, content.lineCount(), "reached the end of the file without a data row;"
                    + " expected rows of frequency, Z' and Z'' numbers");
        }
        List<String> header = headerBefore(content, first, layout);
        Warnings warnings = new Warnings(src);
        Optional<ImpedanceColumns> named = header.isEmpty() ? Optional.empty() : ImpedanceColumns.find(header);
        ImpedanceColumns cols = named.orElse(ImpedanceColumns.firstThree());
        if (!header.isEmpty() && named.isEmpty()) {
            warnings.add("header names " + header + " not recognised; reading the first three columns as f, Z', Z''");
        }
        int width = layout.split(content.line(first)).size();
        if (width <= cols.maxIndex()) {
            throw FormatException.atLine(src, first, "expected at least " + (cols.maxIndex() + 1)
                    + " columns (frequency, Z', Z''), found " + width);
        }
        SpectrumAssembler points = new SpectrumAssembler(src);
        boolean decimalComma = false;
        for (int i = first; i <= content.lineCount(); i++) {
            String l = content.line(i);
            if (skipped(l)) {
                continue;
            }
            List<String> f = layout.split(l);
            if (f.size() < width) {
                throw FormatException.atLine(src, i, "expected " + width + " columns as in line " + first
                        + ", found " + f.size() + " (truncated or malformed row '" + Numbers.abbreviate(l) + "')");
            }
            decimalComma |= layout != Layout.COMMA && f.get(cols.frequency()).indexOf(',') >= 0;
            points.add(Numbers.parse(f.get(cols.frequency()), src, i, "frequency"),
                    Numbers.parse(f.get(cols.real()), src, i, "Z'"),
                    Numbers.parse(f.get(cols.imag()), src, i, "Z''"), i);
        }
        String sign = decideSign(points, named, header, cols);
        Metadata md = SpectrumReader.baseMetadata(content, FORMAT_NAME)
                .with("text.separator", layout.label())
                .with("text.decimal", decimalComma ? "comma" : "point")
                .with("text.header", header.isEmpty() ? "none" : String.join(" | ", header))
                .with(SIGN_KEY, sign);
        return List.of(points.build(warnings.applyTo(md)));
    }

    private static String decideSign(SpectrumAssembler points, Optional<ImpedanceColumns> named, List<String> header,
            ImpedanceColumns cols) {
        if (named.isPresent()) {
            String name = header.get(cols.imag());
            if (cols.imagNegated()) {
                points.negateImaginary();
                return "header '" + name + "' names -Z''; negated";
            }
            return "header '" + name + "' names Z''; kept";
        }
        Integer[] order = new Integer[points.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(points.frequencyHz(a), points.frequencyHz(b)));
        int half = (order.length + 1) / 2;
        int positive = 0;
        int negative = 0;
        for (int k = 0; k < half; k++) {
            double v = points.imag(order[k]);
            if (v > 0) {
                positive++;
            } else if (v < 0) {
                negative++;
            }
        }
        String counts = positive + " of the " + half + " lowest-frequency points have Z'' > 0";
        if (positive > negative) {
            points.negateImaginary();
            return "inferred: " + counts + ", so the column holds -Z''; negated";
        }
        return "inferred: " + counts + ", so the column holds Z''; kept";
    }

    private static List<String> headerBefore(TextContent content, int firstData, Layout layout) {
        for (int i = firstData - 1; i >= 1; i--) {
            String l = content.line(i);
            if (!skipped(l)) {
                List<String> f = layout.split(l);
                return f.size() >= 2 ? f : List.of();
            }
        }
        return List.of();
    }

    private static boolean skipped(String line) {
        String s = line.strip();
        return s.isEmpty() || s.startsWith("#") || s.startsWith("%") || s.startsWith("//");
    }
}
