package org.elyte.io.source;

import java.util.ArrayList;
import java.util.List;

/** Splits a line into fields. Trailing empty fields (a trailing separator) are dropped. */
public final class Fields {
    private Fields() {
    }

    /**
     * @param line a line
     * @return the fields between runs of spaces and tabs, without empty fields
     */
    public static List<String> byWhitespace(String line) {
        List<String> out = new ArrayList<>();
        int n = line.length();
        int i = 0;
        while (i < n) {
            while (i < n && isBlank(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isBlank(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(line.substring(start, i));
            }
        }
        return out;
    }

    /**
     * @param line a line
     * @param separator the separator character
     * @return the stripped fields; empty fields inside the line are kept, trailing ones dropped
     */
    public static List<String> bySeparator(String line, char separator) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == separator) {
                out.add(line.substring(start, i).strip());
                start = i + 1;
            }
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /**
     * @param text a header cell
     * @return the text without surrounding white space and double quotes
     */
    public static String unquote(String text) {
        String s = text.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u00A0';
    }
}
