package org.elyte.io.recording;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.elyte.core.error.FormatException;
import org.elyte.io.arbin.ArbinCsvReader;
import org.elyte.io.arbin.ArbinResReader;
import org.elyte.io.bdf.BdfCsvReader;
import org.elyte.io.biologic.MprReader;
import org.elyte.io.biologic.MptRecordingReader;
import org.elyte.io.landt.LandtCsvReader;
import org.elyte.io.maccor.MaccorReader;
import org.elyte.io.neware.NdaReader;
import org.elyte.io.neware.NdaxReader;

/** Recognises a cycler format from the first bytes of a file. */
final class FormatSniffer {
    private static final int SNIFF_LINES = 12;
    private static final int SNIFF_BYTES = 16 * 1024;

    private FormatSniffer() {
    }

    static RecordingFormat detect(String name, byte[] b) {
        if (b.length == 0) {
            throw FormatException.inFile(name, "the file is empty (0 bytes); expected cycler data");
        }
        if (MprReader.looksLike(b)) {
            return RecordingFormat.BIOLOGIC_MPR;
        }
        if (NdaxReader.looksLike(b)) {
            return RecordingFormat.NEWARE_NDAX;
        }
        if (ArbinResReader.looksLike(b)) {
            return RecordingFormat.ARBIN_RES;
        }
        if (NdaReader.looksLike(b)) {
            return RecordingFormat.NEWARE_NDA;
        }
        if (MptRecordingReader.looksLike(b)) {
            return RecordingFormat.BIOLOGIC_MPT;
        }
        List<String> lines = firstLines(b);
        if (MaccorReader.looksLike(lines)) {
            return RecordingFormat.MACCOR_TEXT;
        }
        if (LandtCsvReader.looksLike(lines)) {
            return RecordingFormat.LANDT_CSV;
        }
        if (!lines.isEmpty() && ArbinCsvReader.looksLike(lines.get(0))) {
            return RecordingFormat.ARBIN_CSV;
        }
        if (!lines.isEmpty() && BdfCsvReader.looksLike(lines.get(0))) {
            return RecordingFormat.BDF_CSV;
        }
        throw FormatException.inFile(name, "not a cycler file elyte knows: expected one of "
                + Arrays.toString(RecordingFormat.values()));
    }

    private static List<String> firstLines(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        if (head.startsWith("\u00EF\u00BB\u00BF")) {
            head = head.substring(3);
        }
        List<String> out = new ArrayList<>();
        for (String l : head.split("\r\n|\n|\r", SNIFF_LINES + 1)) {
            if (out.size() == SNIFF_LINES) {
                break;
            }
            out.add(l);
        }
        return out;
    }
}
