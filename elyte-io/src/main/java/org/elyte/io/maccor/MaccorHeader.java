package org.elyte.io.maccor;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.elyte.core.recording.Metadata;
import org.elyte.io.source.WallClock;

/**
 * The first line of a Maccor text export: {@code Today's Date …  Date of Test: <tab>MM/DD/YYYY
 * <tab> Filename: <tab>… Procedure: … <tab>Comment/Barcode: …}.
 *
 * @param testDate the {@code Date of Test}, when it parses
 * @param metadata what the line states, under {@code maccor.*} keys
 */
record MaccorHeader(Optional<LocalDate> testDate, Metadata metadata) {

    /**
     * @param line the first line of the file
     * @return the parsed header (fields that are absent are left out)
     */
    static MaccorHeader parse(String line) {
        Metadata md = Metadata.empty();
        Optional<LocalDate> date = Optional.empty();
        String d = after(line, "Date of Test:");
        if (!d.isEmpty()) {
            md = md.with("maccor.date.of.test", d);
            date = WallClock.parse(d, "00:00:00").map(t -> t.toLocalDate());
        }
        for (String key : new String[] {"Filename:", "Procedure:", "Comment/Barcode:"}) {
            String v = after(line, key);
            if (!v.isEmpty()) {
                md = md.with("maccor." + key.substring(0, key.length() - 1).toLowerCase(Locale.ROOT), v);
            }
        }
        return new MaccorHeader(date, md);
    }

    /** The text after {@code key} up to the next key or tab-separated field end. */
    private static String after(String line, String key) {
        int k = line.indexOf(key);
        if (k < 0) {
            return "";
        }
        String rest = line.substring(k + key.length()).replaceFirst("^[\\t ]+", "");
        int end = rest.indexOf('\t');
        String v = end < 0 ? rest : rest.substring(0, end);
        for (String next : new String[] {" Filename:", " Procedure:", "Comment/Barcode:"}) {
            int n = v.indexOf(next);
            if (n >= 0) {
                v = v.substring(0, n);
            }
        }
        return v.strip();
    }
}
