package org.elyte.io.recording;

import java.util.List;

import org.elyte.io.arbin.ArbinCsvReader;
import org.elyte.io.arbin.ArbinResReader;
import org.elyte.io.bdf.BdfCsvReader;
import org.elyte.io.biologic.MprReader;
import org.elyte.io.landt.LandtCsvReader;
import org.elyte.io.maccor.MaccorReader;
import org.elyte.io.neware.NdaReader;
import org.elyte.io.neware.NdaxReader;
import org.elyte.io.biologic.MptRecordingReader;

/** The cycler file formats {@link RecordingFiles} reads, each with a stable short name. */
public enum RecordingFormat {
    /** BioLogic EC-Lab text export (any technique). */
    BIOLOGIC_MPT(MptRecordingReader.FORMAT_NAME, "BioLogic EC-Lab .mpt text export", List.of("mpt")),
    /** BioLogic EC-Lab binary file. */
    BIOLOGIC_MPR(MprReader.FORMAT_NAME, "BioLogic EC-Lab .mpr binary file", List.of("mpr")),
    /** Landt CSV export. */
    LANDT_CSV(LandtCsvReader.FORMAT_NAME, "Landt CSV export", List.of("csv")),
    /** Arbin CSV export. */
    ARBIN_CSV(ArbinCsvReader.FORMAT_NAME, "Arbin CSV export", List.of("csv")),
    /** Battery Data Format CSV. */
    BDF_CSV(BdfCsvReader.FORMAT_NAME, "Battery Data Format CSV", List.of("csv")),
    /** Maccor tab-separated text export (numeric extension .001, .052 …, or .txt). */
    MACCOR_TEXT(MaccorReader.FORMAT_NAME, "Maccor text export", List.of("001", "txt")),
    /** Neware BTS .ndax archive. */
    NEWARE_NDAX(NdaxReader.FORMAT_NAME, "Neware .ndax archive", List.of("ndax")),
    /** Neware BTS .nda binary file (versions 5-8, 14-29, 130). */
    NEWARE_NDA(NdaReader.FORMAT_NAME, "Neware .nda binary file", List.of("nda")),
    /** Arbin MITS Pro .res file (MS Access database, MITS 4.x and 7.x). */
    ARBIN_RES(ArbinResReader.FORMAT_NAME, "Arbin .res (MS Access) file", List.of("res"));

    private final String formatName;
    private final String description;
    private final List<String> extensions;

    RecordingFormat(String formatName, String description, List<String> extensions) {
        this.formatName = formatName;
        this.description = description;
        this.extensions = extensions;
    }

    /** @return the stable short name stored under {@code Metadata.FORMAT} */
    public String formatName() {
        return formatName;
    }

    /** @return a one-line description for people */
    public String description() {
        return description;
    }

    /** @return the usual extensions, lower case without the dot */
    public List<String> extensions() {
        return extensions;
    }

    /** @return a reader for this format */
    RecordingReader reader() {
        return switch (this) {
            case BIOLOGIC_MPT -> new MptRecordingReader();
            case BIOLOGIC_MPR -> new MprReader();
            case LANDT_CSV -> new LandtCsvReader();
            case ARBIN_CSV -> new ArbinCsvReader();
            case BDF_CSV -> new BdfCsvReader();
            case MACCOR_TEXT -> new MaccorReader();
            case NEWARE_NDAX -> new NdaxReader();
            case NEWARE_NDA -> new NdaReader();
            case ARBIN_RES -> new ArbinResReader();
        };
    }
}
