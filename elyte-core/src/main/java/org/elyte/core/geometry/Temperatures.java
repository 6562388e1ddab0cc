package org.elyte.core.geometry;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Temperatures written into file and sample names, as labs name their temperature series
 * ({@code s04147-140deg}, {@code 55C}, {@code 328K}); shared by the readers that find a
 * temperature in a sample name and the commands that find one in a file name.
 */
public final class Temperatures {
    private static final Logger LOG = LoggerFactory.getLogger(Temperatures.class);

    /**
     * A number that does not continue another token (not preceded by a letter, digit or '.'),
     * optionally negative (a '-' counts as a sign only at the start or after a non-alphanumeric
     * character), followed by a unit: deg/degC/°C/℃/C (Celsius) or K (kelvin), and then by no letter.
     */
    private static final Pattern TEMPERATURE = Pattern.compile(
            "(?:(?<![A-Za-z0-9.])(-))?(?<![A-Za-z0-9.])(\\d+(?:\\.\\d+)?)\\s?"
            + "((?i:deg(?:rees?)?)(?:\\s?C)?|°\\s?C|℃|C|K)(?![A-Za-z])(?![-_ ]?(?i:rate))");

    /** Offset between the Celsius and Kelvin scales: T/K = t/°C + 273.15. */
    public static final double CELSIUS_OFFSET_K = 273.15;

    private Temperatures() {
    }

    /**
     * Reads a temperature from a file name. Accepted: {@code 140deg}, {@code 140 deg}, {@code 140degC},
     * {@code 55C}, {@code 55°C}, {@code 55 °C}, {@code T=60C}, {@code -20C}, {@code _-20C} (Celsius)
     * and {@code 328K} (kelvin). Digits that belong to another token are ignored
     * ({@code s04147-140deg.txt} gives 413.15 K: the '-' after a digit is a separator, not a sign;
     * {@code sample2.txt} gives nothing). Lower-case {@code c}/{@code k} are not units, and a C
     * followed by "rate" is a C-rate. When the name states two different temperatures the result is
     * empty. Note that a bare "1C" in a battery file name may be a C-rate: check the source.
     *
     * @param name a file name, with or without directories
     * @return the temperature in K (°C + 273.15), or empty when the name states none or several
     */
    public static OptionalDouble fromFileName(String name) {
        Objects.requireNonNull(name, "name");
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        Matcher m = TEMPERATURE.matcher(base);
        TreeSet<Double> found = new TreeSet<>();
        while (m.find()) {
            double v = Double.parseDouble(m.group(2));
            if (m.group(1) != null) {
                v = -v;
            }
            double k = m.group(3).equals("K") ? v : v + CELSIUS_OFFSET_K;
            if (k > 0 && Double.isFinite(k)) {
                found.add(k);
            }
        }
        if (found.size() > 1) {
            LOG.debug("file name {} states several temperatures {}; none used", name, found);
            return OptionalDouble.empty();
        }
        return found.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(found.first());
    }
}
