package org.elyte.io.eis;

import java.util.List;

import org.elyte.io.biologic.MptReader;
import org.elyte.io.gamry.DtaReader;
import org.elyte.io.neisys.NeisysReader;
import org.elyte.io.source.SpectrumReader;
import org.elyte.io.text.PlainTextReader;
import org.elyte.io.zplot.ZPlotReader;

/** The impedance file formats elyte reads, each with a stable short name and a description. */
public enum ImpedanceFormat {
    /** Plain text or CSV table of f, Z', Z'' (any common separator, decimal point or comma). */
    PLAIN_TEXT(PlainTextReader.FORMAT_NAME, "plain text / CSV table (f, Z', Z'')", List.of("txt", "csv", "dat", "tsv")),
    /** BioLogic EC-Lab text export of a PEIS/GEIS run. */
    BIOLOGIC_MPT(MptReader.FORMAT_NAME, "BioLogic EC-Lab .mpt text export (PEIS/GEIS)", List.of("mpt")),
    /** Gamry Framework data file of a potentiostatic or galvanostatic EIS run. */
    GAMRY_DTA(DtaReader.FORMAT_NAME, "Gamry Framework .DTA (EISPOT/EISGALV)", List.of("dta")),
    /** Scribner ZPlot/ZView data file. */
    ZPLOT_Z(ZPlotReader.FORMAT_NAME, "Scribner ZPlot/ZView .z", List.of("z")),
    /** NEISYS spectrometer text export. */
    NEISYS_TXT(NeisysReader.FORMAT_NAME, "NEISYS spectrometer text export", List.of("txt"));

    private final String formatName;
    private final String description;
    private final List<String> extensions;

    ImpedanceFormat(String formatName, String description, List<String> extensions) {
        this.formatName = formatName;
        this.description = description;
        this.extensions = extensions;
    }

    /** @return the stable short name stored under {@code Metadata.FORMAT}, e.g. "biologic-mpt" */
    public String formatName() {
        return formatName;
    }

    /** @return a one-line description for people */
    public String description() {
        return description;
    }

    /** @return the usual file name extensions, lower case without the dot */
    public List<String> extensions() {
        return extensions;
    }

    /** @return a new reader for this format */
    SpectrumReader reader() {
        return switch (this) {
            case PLAIN_TEXT -> new PlainTextReader();
            case BIOLOGIC_MPT -> new MptReader();
            case GAMRY_DTA -> new DtaReader();
            case ZPLOT_Z -> new ZPlotReader();
            case NEISYS_TXT -> new NeisysReader();
        };
    }
}
