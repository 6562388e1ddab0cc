package org.elyte.io.gamry;

import java.util.ArrayList;
import java.util.List;

import org.elyte.core.error.FormatException;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.core.recording.Metadata;
import org.elyte.io.source.Fields;
import org.elyte.io.source.Numbers;
import org.elyte.io.source.SpectrumAssembler;
import org.elyte.io.source.SpectrumReader;
import org.elyte.io.source.TextContent;
import org.elyte.io.source.Warnings;

/**
 * Reads Gamry Framework {@code .DTA} impedance files (EISPOT, EISGALV): the header keys, then the
 * {@code ZCURVE} table (any table before it, such as {@code OCVCURVE}, is skipped), whose two
 * header rows give names and units and whose rows start with a tab. Decimal point or comma.
 *
 * <p>With drift correction ({@code ZrealDrCor}, {@code ZimagDrCor} columns) the file yields two
 * spectra: the drift-corrected one first ({@code spectrum.label = drift-corrected}), then the
 * uncorrected one. An aborted experiment (a partial last row, fewer rows than the table states,
 * or an {@code EXPERIMENTABORTED} key) is read up to its last complete row with a warning.
 */
public final class DtaReader implements SpectrumReader {
    /** Stable format name stored under {@link Metadata#FORMAT}. */
    public static final String FORMAT_NAME = "gamry-dta";
    /** Metadata key of the spectrum label ("drift-corrected" or "uncorrected"). */
    public static final String LABEL_KEY = "spectrum.label";

    /**
     * @param content a decoded file
     * @return whether it starts with {@code EXPLAIN} or has a {@code ZCURVE TABLE} line
     */
    public static boolean looksLike(TextContent content) {
        if (content.line(1).strip().equals("EXPLAIN")) {
            return true;
        }
        for (String l : content.lines()) {
            if (l.startsWith("ZCURVE\tTABLE")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<ImpedanceSpectrum> read(TextContent content) {
        String src = content.name();
        int tableLine = findTable(content);
        if (tableLine + 2 > content.lineCount()) {
            throw FormatException.atLine(src, tableLine, "ZCURVE table without its two header rows (names, units)");
        }
        Warnings warnings = new Warnings(src);
        ZCurve table = ZCurve.of(content, tableLine);
        List<ZCurve.Row> rows = table.rows(warnings);
        DtaHeader header = DtaHeader.read(content);
        if (header.aborted()) {
            warnings.add("the file says EXPERIMENTABORTED; " + rows.size() + " points were measured");
        }
        Metadata md = SpectrumReader.baseMetadata(content, FORMAT_NAME);
        md = header.applyTo(md, warnings);
        List<ImpedanceSpectrum> out = new ArrayList<>();
        if (table.driftCorrected()) {
            out.add(spectrum(src, table, rows, true, warnings.applyTo(md.with(LABEL_KEY, "drift-corrected"))));
            out.add(spectrum(src, table, rows, false, warnings.applyTo(md.with(LABEL_KEY, "uncorrected"))));
        } else {
            out.add(spectrum(src, table, rows, false, warnings.applyTo(md)));
        }
        return out;
    }

    private static ImpedanceSpectrum spectrum(String src, ZCurve table, List<ZCurve.Row> rows, boolean corrected,
            Metadata md) {
        SpectrumAssembler points = new SpectrumAssembler(src);
        for (ZCurve.Row r : rows) {
            points.add(r.frequencyHz(), corrected ? r.realCorrected() : r.real(),
                    corrected ? r.imagCorrected() : r.imag(), r.line());
        }
        return points.build(md);
    }

    private static int findTable(TextContent content) {
        for (int i = 1; i <= content.lineCount(); i++) {
            List<String> f = Fields.bySeparator(content.line(i), '\t');
            if (f.size() >= 2 && f.get(0).equals("ZCURVE") && f.get(1).equals("TABLE")) {
                return i;
            }
        }
        throw FormatException.inFile(content.name(), "no 'ZCURVE<TAB>TABLE' line: this Gamry file holds no impedance"
                + " table" + (content.lineCount() > 0 ? " (" + Numbers.abbreviate(content.line(1)) + " ...)" : ""));
    }
}
