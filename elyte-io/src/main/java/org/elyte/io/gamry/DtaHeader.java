package org.elyte.io.gamry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.elyte.core.recording.Metadata;
import org.elyte.io.source.Fields;
import org.elyte.io.source.Numbers;
import org.elyte.io.source.TextContent;
import org.elyte.io.source.WallClock;
import org.elyte.io.source.Warnings;

/**
 * The {@code KEY<TAB>TYPE<TAB>VALUE<TAB>label} lines of a Gamry {@code .DTA} file (those not
 * starting with a tab, outside tables), turned into metadata: each raw value under
 * {@code gamry.<KEY>}, and the well-known ones in SI units.
 *
 * @param values the raw values by key, in file order
 * @param notes the free-text notes lines
 */
record DtaHeader(Map<String, String> values, String notes) {

    DtaHeader {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * Collects the header keys of the whole file (tables are skipped: their rows start with a tab).
     *
     * @param content the file
     * @return the header
     */
    static DtaHeader read(TextContent content) {
        Map<String, String> values = new LinkedHashMap<>();
        StringBuilder notes = new StringBuilder();
        for (int i = 1; i <= content.lineCount(); i++) {
            String line = content.line(i);
            if (line.startsWith("\t") || line.isBlank()) {
                continue;
            }
            List<String> f = Fields.bySeparator(line, '\t');
            String key = f.get(0);
            if (f.size() >= 2 && f.get(1).equals("NOTES")) {
                int count = (int) Math.max(0, Math.min(1000, Numbers.parseOrNaN(f.size() > 2 ? f.get(2) : "0")));
                for (int k = 1; k <= count && i + k <= content.lineCount(); k++) {
                    String note = content.line(i + k).strip();
                    if (!note.isEmpty()) {
                        notes.append(notes.length() > 0 ? " / " : "").append(note);
                    }
                }
            } else if (f.size() >= 3 && !f.get(1).equals("TABLE")) {
                values.putIfAbsent(key, f.get(2));
            } else if (f.size() == 1) {
                values.putIfAbsent(key, "");
            }
        }
        return new DtaHeader(values, notes.toString());
    }

    /**
     * @param md metadata to extend
     * @param warnings where unreadable values are reported
     * @return the metadata with the header's values
     */
    Metadata applyTo(Metadata md, Warnings warnings) {
        Metadata out = md.with("technique", values.get("TAG"))
                .with("title", values.get("TITLE"))
                .with("notes", notes)
                .with(Metadata.INSTRUMENT, values.get("PSTAT"))
                .with(Metadata.FORMAT_VERSION, values.get("FRAMEWORKVERSION"))
                .with("instrument.version", values.get("INSTRUMENTVERSION"))
                .with(Metadata.ELECTRODE_AREA_M2, number("AREA") * 1e-4)
                .with("dc.potential.v", number("VDC"))
                .with("ac.amplitude.v.rms", number("VAC") * 1e-3)
                .with("frequency.initial.hz", number("FREQINIT"))
                .with("frequency.final.hz", number("FREQFINAL"))
                .with("drift.correction", values.get("DRIFTCOR"));
        String date = values.getOrDefault("DATE", "");
        String time = values.getOrDefault("TIME", "");
        if (!date.isEmpty() || !time.isEmpty()) {
            var t = WallClock.parse(date, time);
            if (t.isPresent()) {
                out = out.with(Metadata.START_TIME, t.get().toString());
            } else {
                warnings.add("start DATE '" + date + "' / TIME '" + time + "' not understood; no start time");
            }
        }
        for (Map.Entry<String, String> e : values.entrySet()) {
            out = out.with("gamry." + e.getKey(), e.getValue());
        }
        return out;
    }

    /** @return whether the file says the experiment was aborted */
    boolean aborted() {
        return values.containsKey("EXPERIMENTABORTED");
    }

    private double number(String key) {
        String v = values.get(key);
        return v == null ? Double.NaN : Numbers.parseOrNaN(v);
    }
}
