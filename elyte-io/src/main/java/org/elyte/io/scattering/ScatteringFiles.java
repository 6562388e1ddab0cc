package org.elyte.io.scattering;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.elyte.core.error.FormatException;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Metadata;
import org.elyte.core.recording.Recording;
import org.elyte.io.source.Fields;
import org.elyte.io.source.Numbers;
import org.elyte.io.source.TextContent;

/**
 * Reads column text files: x in the first column, intensity in the second (a third column, the
 * intensity error, is ignored). Header and comment lines before the data ({@code #}, {@code !},
 * {@code ;}, or any line whose first two fields are not numbers) are skipped; after the first
 * data row a non-numeric row is an error naming its line. Fields are separated by white space,
 * comma, semicolon or tab.
 */
public final class ScatteringFiles {
    private ScatteringFiles() {
    }

    /**
     * @param path a SAXS file with q and I
     * @param defaultUnit unit of q when the header does not state one
     * @return {@link Quantity#SCATTERING_VECTOR} (1/m) and {@link Quantity#INTENSITY}
     */
    public static Recording readSaxs(Path path, QUnit defaultUnit) {
        Parsed p = parse(path);
        QUnit unit = p.headerUnit.orElse(defaultUnit);
        double[] q = p.x.stream().mapToDouble(v -> v * unit.toPerM()).toArray();
        return build(p, Quantity.SCATTERING_VECTOR, q, "saxs-columns").withMetadata(
                p.meta.with("q.unit", unit.name()));
    }

    /**
     * @param path an XRD file with 2θ in degrees and intensity (.xy, .csv, .txt)
     * @return {@link Quantity#DIFFRACTION_ANGLE} (rad) and {@link Quantity#INTENSITY}
     */
    public static Recording readXrd(Path path) {
        Parsed p = parse(path);
        double[] tt = p.x.stream().mapToDouble(Math::toRadians).toArray();
        for (int i = 0; i < tt.length; i++) {
            if (!(p.x.get(i) > 0 && p.x.get(i) < 180)) {
                throw FormatException.atLine(p.name, p.lines.get(i), "2θ = " + p.x.get(i) + "°; expected degrees in (0, 180)");
            }
        }
        return build(p, Quantity.DIFFRACTION_ANGLE, tt, "xrd-columns");
    }

    private static Recording build(Parsed p, Quantity xq, double[] x, String format) {
        Map<Quantity, double[]> c = new LinkedHashMap<>();
        c.put(xq, x);
        c.put(Quantity.INTENSITY, p.y.stream().mapToDouble(Double::doubleValue).toArray());
        return Recording.of(c, p.meta.with(Metadata.FORMAT, format));
    }

    private record Parsed(String name, List<Double> x, List<Double> y, List<Integer> lines, Optional<QUnit> headerUnit,
            Metadata meta) {
    }

    private static Parsed parse(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw FormatException.unreadable(path.toString(), "cannot read the file", e);
        }
        String name = path.getFileName().toString();
        TextContent text = TextContent.decode(name, bytes);
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        List<Integer> lineNo = new ArrayList<>();
        Optional<QUnit> unit = Optional.empty();
        List<String> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty()) {
                continue;
            }
            List<String> f = split(l);
            boolean numeric = f.size() >= 2 && Numbers.isNumber(f.get(0)) && Numbers.isNumber(f.get(1));
            if (!numeric) {
                if (x.isEmpty() || l.startsWith("#") || l.startsWith("!")) {
                    if (unit.isEmpty()) {
                        unit = QUnit.fromText(l);
                    }
                    continue;
                }
                throw FormatException.atLine(name, i + 1, "expected two numbers (x, intensity), found '" + Numbers.abbreviate(l) + "'");
            }
            x.add(Numbers.parse(f.get(0), name, i + 1, "x"));
            y.add(Numbers.parse(f.get(1), name, i + 1, "intensity"));
            lineNo.add(i + 1);
        }
        if (x.size() < 8) {
            throw FormatException.inFile(name, "fewer than 8 data rows (found " + x.size() + "); expected x and intensity columns");
        }
        Metadata meta = Metadata.empty().with(Metadata.SOURCE_FILE, name).with(Metadata.SOURCE_SHA256, text.sha256());
        return new Parsed(name, x, y, lineNo, unit, meta);
    }

    private static List<String> split(String l) {
        if (l.indexOf(';') >= 0) {
            return Fields.bySeparator(l, ';');
        }
        if (l.indexOf('\t') >= 0) {
            List<String> f = Fields.bySeparator(l, '\t');
            f.removeIf(String::isEmpty);
            return f;
        }
        if (l.indexOf(',') >= 0) {
            List<String> f = Fields.bySeparator(l, ',');
            if (f.size() >= 2 && Numbers.isNumber(f.get(0)) && Numbers.isNumber(f.get(1))) {
                return f;
            }
        }
        return Fields.byWhitespace(l);
    }
}
