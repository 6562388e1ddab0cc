package org.elyte.io.thermal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.elyte.core.error.FormatException;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Metadata;
import org.elyte.core.recording.Recording;
import org.elyte.io.source.Fields;
import org.elyte.io.source.Numbers;
import org.elyte.io.source.TextContent;
import org.elyte.io.source.Warnings;

/**
 * Reads a DSC export into a {@link Recording} with {@link Quantity#TEMPERATURE} (K),
 * {@link Quantity#HEAT_FLOW} (W) or {@link Quantity#SPECIFIC_HEAT_FLOW} (W/kg) and, when present,
 * {@link Quantity#TEST_TIME} (s). Layouts:
 * <ul>
 * <li>NETZSCH Proteus ASCII export: {@code #KEY:value} (or {@code #KEY:,value}) header lines,
 * then a {@code ##} line naming the columns ({@code ##Temp./°C;Time/min;DSC/(mW/mg)}), then data.
 * {@code #SAMPLE MASS /mg} becomes {@value #SAMPLE_MASS_KG}; {@code #EXO} is kept as {@value #EXO}
 * but not applied (the analysis detects or is told the direction).</li>
 * <li>TA Instruments Universal Analysis text export: tab-separated {@code key value} header lines
 * ({@code Instrument}, {@code Sample}, {@code Size 5.1200 mg}, …), the signal table
 * {@code Sig1 Time (min)}, {@code Sig2 Temperature (°C)}, {@code Sig3 Heat Flow (mW)}, then
 * {@code StartOfData} and one row per point, the signals in that order, separated by tabs or spaces.
 * {@code Size} becomes {@value #SAMPLE_MASS_KG}, {@code Instrument} the instrument.</li>
 * <li>Plain CSV / text: one header line naming temperature, heat flow and optional time columns
 * with units, separated by comma, semicolon or tab.</li>
 * </ul>
 * A µV signal (uncalibrated) is refused. Unit-less temperature is read as °C, time as min, heat
 * flow as mW, each with a warning.
 */
public final class DscFiles {
    /** Metadata key of the sample mass stated in the file, kg. */
    public static final String SAMPLE_MASS_KG = "sample.mass.kg";
    /** Metadata key of the NETZSCH {@code #EXO} sign flag as written. */
    public static final String EXO = "dsc.exo";

    private DscFiles() {
    }

    /**
     * @param path the file
     * @return the recording
     * @throws FormatException if the file cannot be read or has no temperature and heat-flow columns
     */
    public static Recording read(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw FormatException.unreadable(path.toString(), "cannot read the file", e);
        }
        return read(path.getFileName().toString(), bytes);
    }

    /**
     * @param name file name for messages and metadata
     * @param bytes the whole file
     * @return the recording
     */
    public static Recording read(String name, byte[] bytes) {
        TextContent text = TextContent.decode(name, bytes);
        Warnings warnings = new Warnings(name);
        Metadata meta = Metadata.empty().with(Metadata.SOURCE_FILE, name).with(Metadata.SOURCE_SHA256, text.sha256());
        List<String> lines = text.lines();
        int header = -1;
        boolean netzsch = false;
        char sep = 0;
        TaHeader ta = TaHeader.find(name, lines);
        if (ta != null) {
            header = ta.startOfData();
            meta = ta.applyTo(meta);
        }
        for (int i = 0; i < lines.size() && ta == null; i++) {
            String l = lines.get(i).strip();
            if (l.startsWith("##")) {
                header = i;
                netzsch = true;
                break;
            }
            if (l.startsWith("#")) {
                int colon = l.indexOf(':');
                if (colon > 1) {
                    String key = l.substring(1, colon).strip();
                    String value = l.substring(colon + 1).strip().replaceAll("^[,;\\t]+", "").replaceAll("[,;\\t]+$", "").strip();
                    meta = meta.with("netzsch." + key.toLowerCase(Locale.ROOT), value);
                    if (key.equalsIgnoreCase("SAMPLE MASS /mg")) {
                        meta = meta.with(SAMPLE_MASS_KG, Numbers.parse(value, name, i + 1, "sample mass") * 1e-6);
                    } else if (key.equalsIgnoreCase("EXO")) {
                        meta = meta.with(EXO, value);
                    } else if (key.equalsIgnoreCase("SEPARATOR")) {
                        sep = value.equalsIgnoreCase("SEMICOLON") ? ';' : value.equalsIgnoreCase("COMMA") ? ',' : value.equalsIgnoreCase("TAB") ? '\t' : 0;
                    }
                }
                continue;
            }
            if (!l.isEmpty() && namesTemperatureAndHeatFlow(l)) {
                header = i;
                break;
            }
        }
        if (header < 0) {
            throw FormatException.inFile(name, "no column header naming temperature and heat flow was found");
        }
        String headerLine = ta != null ? String.join("\t", ta.signals()) : lines.get(header).strip().replaceFirst("^##", "");
        if (sep == 0) {
            sep = headerLine.indexOf(';') >= 0 ? ';' : headerLine.indexOf('\t') >= 0 ? '\t' : ',';
        }
        List<String> cells = Fields.bySeparator(headerLine, sep);
        Map<Quantity, Integer> index = new LinkedHashMap<>();
        Map<Quantity, DscColumn> cols = new LinkedHashMap<>();
        for (int c = 0; c < cells.size(); c++) {
            String[] nu = DscColumn.nameAndUnit(Fields.unquote(cells.get(c).strip()));
            DscColumn.Kind kind = DscColumn.kindOf(nu[0]);
            if (kind == DscColumn.Kind.OTHER) {
                continue;
            }
            if (kind == DscColumn.Kind.HEAT_FLOW && nu[1].toLowerCase(Locale.ROOT).replace("µ", "u").contains("uv")) {
                throw FormatException.atLine(name, header + 1, "the DSC signal '" + cells.get(c)
                        + "' is in µV (uncalibrated); export heat flow in mW or mW/mg");
            }
            int hl = header + 1;
            String cell = cells.get(c);
            DscColumn col = DscColumn.of(kind, nu[1]).orElseThrow(() -> FormatException.atLine(name, hl, "unit '"
                    + nu[1] + "' of column '" + cell + "' is not supported (temperature °C or K; time s, min or h;"
                    + " heat flow W, mW, µW, W/g, mW/mg, mW/g)"));
            boolean haveFlow = cols.containsKey(Quantity.HEAT_FLOW) || cols.containsKey(Quantity.SPECIFIC_HEAT_FLOW);
            if (cols.containsKey(col.quantity()) || (kind == DscColumn.Kind.HEAT_FLOW && haveFlow)) {
                continue;
            }
            cols.put(col.quantity(), col);
            index.put(col.quantity(), c);
            if (!col.unitGiven()) {
                warnings.add("column '" + cell + "' has no unit; read as "
                        + (kind == DscColumn.Kind.TEMPERATURE ? "°C" : kind == DscColumn.Kind.TIME ? "min" : "mW"));
            }
        }
        if (!cols.containsKey(Quantity.TEMPERATURE)
                || !(cols.containsKey(Quantity.HEAT_FLOW) || cols.containsKey(Quantity.SPECIFIC_HEAT_FLOW))) {
            throw FormatException.atLine(name, header + 1, "expected temperature and heat-flow columns, found "
                    + Numbers.abbreviate(headerLine));
        }
        Map<Quantity, List<Double>> values = new LinkedHashMap<>();
        cols.keySet().forEach(q -> values.put(q, new ArrayList<>()));
        for (int i = header + 1; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            List<String> f = ta != null ? Fields.byWhitespace(l) : Fields.bySeparator(l, sep);
            for (Map.Entry<Quantity, Integer> e : index.entrySet()) {
                int c = e.getValue();
                if (c >= f.size()) {
                    throw FormatException.atLine(name, i + 1, "expected at least " + (c + 1) + " fields, found " + f.size());
                }
                DscColumn col = cols.get(e.getKey());
                double v = Numbers.parse(Fields.unquote(f.get(c)), name, i + 1, e.getKey().label());
                values.get(e.getKey()).add(v * col.factor() + col.offset());
            }
        }
        if (values.get(Quantity.TEMPERATURE).size() < 2) {
            throw FormatException.inFile(name, "fewer than two data rows after the header at line " + (header + 1));
        }
        Map<Quantity, double[]> out = new LinkedHashMap<>();
        values.forEach((q, v) -> out.put(q, v.stream().mapToDouble(Double::doubleValue).toArray()));
        meta = meta.with(Metadata.FORMAT, ta != null ? "ta-universal-analysis" : netzsch ? "netzsch-ascii" : "dsc-csv");
        return Recording.of(out, warnings.applyTo(meta));
    }

    private static boolean namesTemperatureAndHeatFlow(String line) {
        char sep = line.indexOf(';') >= 0 ? ';' : line.indexOf('\t') >= 0 ? '\t' : ',';
        boolean t = false;
        boolean h = false;
        for (String cell : Fields.bySeparator(line, sep)) {
            DscColumn.Kind k = DscColumn.kindOf(DscColumn.nameAndUnit(Fields.unquote(cell))[0]);
            t |= k == DscColumn.Kind.TEMPERATURE;
            h |= k == DscColumn.Kind.HEAT_FLOW;
        }
        return t && h;
    }
}
