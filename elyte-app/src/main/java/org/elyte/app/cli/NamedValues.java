package org.elyte.app.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.elyte.core.error.InvalidInputException;

/** Parses {@code NAME=V,NAME=V} option values into an ordered map. */
public final class NamedValues {
    private NamedValues() {
    }

    /**
     * @param option option name, for messages
     * @param text e.g. {@code "R0=0.01,CPE1_1=0.8"}; blank gives an empty map
     * @return the values in the order given
     * @throws InvalidInputException naming the option and the item that cannot be read
     */
    public static Map<String, Double> parse(String option, String text) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String item : text.split(",")) {
            String s = item.strip();
            int eq = s.indexOf('=');
            if (eq <= 0 || eq == s.length() - 1) {
                throw new InvalidInputException(option + ": expected NAME=VALUE, found '" + s + "'");
            }
            String name = s.substring(0, eq).strip();
            String value = s.substring(eq + 1).strip();
            try {
                double v = Double.parseDouble(value.toLowerCase(Locale.ROOT));
                if (!Double.isFinite(v)) {
                    throw new NumberFormatException();
                }
                if (out.put(name, v) != null) {
                    throw new InvalidInputException(option + ": '" + name + "' is given twice");
                }
            } catch (NumberFormatException e) {
                throw new InvalidInputException(option + ": value of '" + name + "' is not a finite number: '" + value + "'");
            }
        }
        return out;
    }
}
