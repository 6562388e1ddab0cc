package org.elyte.io.neware;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.elyte.core.recording.Metadata;

/**
 * Metadata from the XML files of an {@code .ndax} ({@code TestInfo.xml}, {@code VersionInfo.xml},
 * {@code Step.xml}), read as attributes with a small pattern reader (no XML parser, no external
 * entities). Also lists the auxiliary channels ({@code <AuxN AuxID= ChlType= …/>}) in file order.
 */
final class NdaxMetadata {
    private static final Pattern ATTR = Pattern.compile("\\b([A-Za-z_][A-Za-z0-9_]*)=\"([^\"]{0,400})\"");
    private static final Pattern AUX = Pattern.compile("<Aux\\d+\\s([^>]{0,2000})>");

    /** One auxiliary channel as TestInfo.xml lists it. @param id AuxID @param chlType ChlType code */
    record AuxChannel(int id, int chlType) {
    }

    private NdaxMetadata() {
    }

    static Metadata read(Map<String, byte[]> entries, Metadata md) {
        String test = text(entries.get("TestInfo.xml"));
        Map<String, String> ti = attributes(element(test, "TestInfo"));
        md = put(md, Metadata.START_TIME, Optional.ofNullable(ti.get("StartTime")).map(s -> s.replace(' ', 'T')));
        if (ti.containsKey("StartTime")) {
            md = md.with("start.time.zone", "unknown (instrument local time)");
        }
        if (ti.containsKey("ChlID")) {
            md = md.with(Metadata.CHANNEL, ti.getOrDefault("DevID", "?") + "-" + ti.getOrDefault("UnitID", "?") + "-"
                    + ti.get("ChlID"));
        }
        for (String k : List.of("Barcode", "StepName", "Remark", "EndTime", "CurrRange", "VoltRange", "TestID")) {
            md = put(md, "neware." + k, Optional.ofNullable(ti.get(k)));
        }
        Map<String, String> vi = attributes(element(text(entries.get("VersionInfo.xml")), "ZwjVersion"));
        md = put(md, "neware.server.version", Optional.ofNullable(vi.get("SvrVer")));
        md = put(md, "neware.client.version", Optional.ofNullable(vi.get("CurrClientVer")));
        if (vi.containsKey("SvrVer")) {
            md = md.with(Metadata.INSTRUMENT, "Neware " + vi.get("SvrVer"));
        }
        Map<String, String> scq = attributes(element(text(entries.get("Step.xml")), "SCQ"));
        md = put(md, "neware.step.scq", Optional.ofNullable(scq.get("Value")));
        return md;
    }

    static List<AuxChannel> auxChannels(Map<String, byte[]> entries) {
        List<AuxChannel> out = new ArrayList<>();
        Matcher m = AUX.matcher(text(entries.get("TestInfo.xml")));
        while (m.find()) {
            Map<String, String> a = attributes(m.group(1));
            out.add(new AuxChannel(integer(a.get("AuxID"), out.size() + 1), integer(a.get("ChlType"), 0)));
        }
        return out;
    }

    private static int integer(String s, int fallback) {
        if (s == null || s.isEmpty() || s.length() > 9 || !s.chars().allMatch(Character::isDigit)) {
            return fallback;
        }
        return Integer.parseInt(s);
    }

    private static Metadata put(Metadata md, String key, Optional<String> v) {
        return v.filter(s -> !s.isBlank()).map(s -> md.with(key, s)).orElse(md);
    }

    private static String text(byte[] b) {
        if (b == null) {
            return "";
        }
        Charset cs = Charset.isSupported("GB2312") ? Charset.forName("GB2312") : StandardCharsets.ISO_8859_1;
        return new String(b, 0, Math.min(b.length, 1 << 20), cs);
    }

    private static String element(String xml, String tag) {
        int i = xml.indexOf("<" + tag + " ");
        if (i < 0) {
            return "";
        }
        int e = xml.indexOf('>', i);
        return e < 0 ? "" : xml.substring(i, e);
    }

    private static Map<String, String> attributes(String element) {
        Map<String, String> out = new java.util.HashMap<>();
        Matcher m = ATTR.matcher(element);
        while (m.find()) {
            out.putIfAbsent(m.group(1), m.group(2));
        }
        return out;
    }
}
