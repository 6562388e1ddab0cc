package org.elyte.io.recording;

import org.elyte.core.error.FormatException;
import org.elyte.io.biologic.MprReader;
import org.elyte.io.biologic.MptRecordingReader;

/** Recognises a cycler format from the first bytes of a file. */
final class FormatSniffer {
    private FormatSniffer() {
    }

    static RecordingFormat detect(String name, byte[] b) {
        if (b.length == 0) {
            throw FormatException.inFile(name, "the file is empty (0 bytes); expected cycler data");
        }
        if (MprReader.looksLike(b)) {
            return RecordingFormat.BIOLOGIC_MPR;
        }
        if (MptRecordingReader.looksLike(b)) {
            return RecordingFormat.BIOLOGIC_MPT;
        }
        throw FormatException.inFile(name, "not a cycler file elyte knows: expected one of "
                + java.util.Arrays.toString(RecordingFormat.values()));
    }
}
