package org.elyte.sim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.elyte.core.error.InvalidInputException;

/**
 * Hand-written parser for PyBaMM step strings (experiment_strings.md §5.1):
 *
 * <pre>
 * step   := action ( " for " TIME [ [" or"] " until " TERM ] | " until " TERM ) { " or until " TERM }
 *           [ " at " TEMP ]                         (legacy mode only)
 *           [ " (" TIME " period)" ]
 * action := "Rest" | ("Discharge" | "Charge") " at " VALUE | "Hold" " at " VALUE(V or W)
 * VALUE  := "C/" NUMBER | NUMBER [" "] ["m"] ("C" | "A" | "V" | "W" | "Ohm")
 * TIME   := NUMBER [" "] ("second(s)" | "s" | "sec" | "minute(s)" | "m" | "min" | "hour(s)" | "h" | "hr"
 *                        | "day(s)" | "d")
 * TERM   := [ "&lt;" | "&gt;" ] [" "] VALUE(V, A or C)
 * </pre>
 *
 * Keywords are case-sensitive as in PyBaMM; {@code Charge} negates the value. Deliberate fixes of
 * PyBaMM's quirks (§5.3): runs of whitespace are collapsed before parsing (1); {@code Hold} takes
 * only V or W and {@code Charge/Discharge} reject V (2); a voltage termination on a step without a
 * direction (rest, hold, zero value) needs {@code <} or {@code >} (3); W and Ω terminations are
 * rejected with a message (4); {@code " or"} is accepted only before {@code until}, several
 * terminations are written {@code until X or until Y}, and {@code until … for …} is rejected (5);
 * {@code Rest at …} is rejected, {@code mC} stays a milli-C-rate (6); {@code day}/{@code days}/
 * {@code d} are accepted, {@code C/N} stays the only fraction (7). Durations and periods must be
 * positive. Errors are {@link InvalidInputException}s naming the string, the 0-based character
 * position in it and what was expected; PyBaMM's own messages are kept word for word.
 */
public final class StepParser {
    static final String EXAMPLES = "'Discharge at 1C for 0.5 hours', 'Charge at 0.5 C for 45 minutes', "
            + "'Discharge at 1 A for 0.5 hours', 'Rest for 10 minutes', 'Hold at 1V for 20 seconds', "
            + "'Charge at 1 C until 4.1V', 'Hold at 4.1 V until 50mA', 'Discharge at C/3 for 2 hours or until 2.5 V'";
    static final String MSG_NOT_STRING = "Input to step.string() must be a string";
    static final String MSG_FOR_UNTIL = "Operating conditions must contain keyword 'for' or 'until'. For example: "
            + EXAMPLES;
    static final String MSG_RUN = "Simulating drive cycles with 'Run' has been deprecated. Use the "
            + "pybamm.step.current/voltage/power/c_rate/resistance() functions instead.";
    static final String MSG_INSTRUCTION = "Instruction must be 'discharge', 'charge', 'rest', or 'hold'. For example: "
            + EXAMPLES;
    static final String MSG_UNITS = "units must be 'A', 'V', 'W', 'Ohm', or 'C'. For example: " + EXAMPLES;
    static final String MSG_TIME_UNITS = "time units must be 'seconds', 'minutes' or 'hours'. For example: " + EXAMPLES
            + " (elyte also accepts 'days')";
    static final String MSG_TEMPERATURE = "Temperature must be specified as a keyword argument instead of in the string";
    static final String MSG_PERIOD_BOTH = "Period cannot be specified both as a keyword argument and in the string";

    private static final Pattern NUMBER = Pattern.compile("-?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE]-?[0-9]+)?");
    private static final Pattern LEGACY_T = Pattern.compile(" at (-?[0-9]+(?:\\.[0-9]*)?) ?(oC|K)$");
    private static final Map<String, Double> TIME_UNITS = Map.ofEntries(Map.entry("second", 1.0),
            Map.entry("seconds", 1.0), Map.entry("s", 1.0), Map.entry("sec", 1.0), Map.entry("minute", 60.0),
            Map.entry("minutes", 60.0), Map.entry("m", 60.0), Map.entry("min", 60.0), Map.entry("hour", 3600.0),
            Map.entry("hours", 3600.0), Map.entry("h", 3600.0), Map.entry("hr", 3600.0), Map.entry("day", 86400.0),
            Map.entry("days", 86400.0), Map.entry("d", 86400.0));

    private static final StepParser STANDARD = new StepParser(false);
    private static final StepParser LEGACY = new StepParser(true);

    private final boolean legacyTemperature;

    private StepParser(boolean legacyTemperature) {
        this.legacyTemperature = legacyTemperature;
    }

    /** @return the parser for current PyBaMM syntax: a temperature inside the string is rejected */
    public static StepParser standard() {
        return STANDARD;
    }

    /**
     * @return a parser that also accepts PyBaMM ≤ 23.4's temperature suffix
     *         ({@code "… for 1 hour at 25oC"} or {@code "… at 298 K"}) before the period
     */
    public static StepParser legacy() {
        return LEGACY;
    }

    /**
     * @param text a step string, e.g. {@code "Charge at C/3 until 4.2 V"}
     * @return the step
     * @throws InvalidInputException naming the string, position and what was expected
     */
    public Step parse(String text) {
        return parse(text, StepKeywords.NONE);
    }

    /**
     * @param text a step string
     * @param keywords period, temperature and tags given as keyword arguments
     * @return the step
     * @throws InvalidInputException naming the string, position and what was expected
     */
    public Step parse(String text, StepKeywords keywords) {
        if (text == null) {
            throw new InvalidInputException(MSG_NOT_STRING);
        }
        return new Run(text, legacyTemperature).step(keywords);
    }

    /**
     * Reads a lone time such as {@code "10 hours"} or {@code "2 minute"}.
     *
     * @param text the time text
     * @return the time in s
     * @throws InvalidInputException when it is not a positive time with a known unit
     */
    public static double timeS(String text) {
        if (text == null) {
            throw new InvalidInputException("a time is required, e.g. '1 hour'");
        }
        Run r = new Run(text, false);
        double t = r.time();
        if (r.pos != r.end) {
            throw r.error(r.pos, "expected the end of the time, found '" + r.s.substring(r.pos) + "'");
        }
        return t;
    }

    /** Value with its unit letter: C (C-rate), A, V, W, O (Ohm). */
    private record Value(double value, char unit, int position) {
    }

    /** One parse of one string: the normalised text, its map to the original, and a cursor. */
    private static final class Run {
        private final String original;
        private final boolean legacy;
        private final String s;
        private final int[] orig;
        private int pos;
        private int end;

        Run(String original, boolean legacy) {
            this.original = original;
            this.legacy = legacy;
            StringBuilder sb = new StringBuilder();
            int[] map = new int[original.length() + 1];
            boolean space = false;
            for (int i = 0; i < original.length(); i++) {
                char ch = original.charAt(i);
                if (Character.isWhitespace(ch)) {
                    space = sb.length() > 0;
                    continue;
                }
                if (space) {
                    map[sb.length()] = i - 1;
                    sb.append(' ');
                    space = false;
                }
                map[sb.length()] = i;
                sb.append(ch);
            }
            map[sb.length()] = original.length();
            this.s = sb.toString();
            this.orig = map;
            this.end = s.length();
        }

        InvalidInputException error(int at, String what) {
            int p = orig[Math.min(Math.max(at, 0), s.length())];
            return new InvalidInputException("experiment step \"" + original + "\", position " + p + ": " + what);
        }

        boolean at(String token) {
            return s.startsWith(token, pos) && pos + token.length() <= end;
        }

        Step step(StepKeywords keywords) {
            if (s.isEmpty()) {
                throw error(0, "empty step; expected e.g. " + EXAMPLES);
            }
            int oc = s.indexOf("oC");
            if (oc >= 0 && !legacy) {
                throw error(oc, MSG_TEMPERATURE);
            }
            OptionalDouble period = OptionalDouble.empty();
            if (s.endsWith(" period)")) {
                int open = s.lastIndexOf(" (");
                if (open < 0) {
                    throw error(s.length() - 8, "expected the period as ' (2 minute period)'");
                }
                pos = open + 2;
                end = s.length() - 8;
                period = OptionalDouble.of(time());
                if (pos != end) {
                    throw error(pos, "expected ' period)' after the period time");
                }
                if (keywords.periodS().isPresent()) {
                    throw error(open, MSG_PERIOD_BOTH);
                }
                end = open;
            } else if (s.contains("period")) {
                throw error(s.indexOf("period"), "the period must come last, as in 'Discharge at C/20 for 1h (2 minute period)'");
            }
            OptionalDouble temperature = keywords.temperatureK();
            if (legacy) {
                Matcher m = LEGACY_T.matcher(s.substring(0, end));
                if (m.find()) {
                    if (temperature.isPresent()) {
                        throw error(m.start(), "temperature given both as a keyword argument and in the string");
                    }
                    double v = Double.parseDouble(m.group(1));
                    temperature = OptionalDouble.of(m.group(2).equals("K") ? v : v + 273.15);
                    end = m.start();
                }
            }
            String body = s.substring(0, end);
            if (!body.contains(" for ") && !body.contains(" until ")) {
                int first = body.indexOf(" at ");
                int second = first < 0 ? -1 : body.indexOf(" at ", first + 4);
                throw error(second >= 0 ? second : end, MSG_FOR_UNTIL);
            }
            pos = 0;
            Step step = action();
            StepLimits limits = clauses(step);
            limits = new StepLimits(limits.durationS(), limits.terminations(),
                    period.isPresent() ? period : keywords.periodS(), temperature, keywords.tags());
            return step.withLimits(limits);
        }

        private Step action() {
            int space = s.indexOf(' ');
            String word = space < 0 ? s : s.substring(0, space);
            pos = word.length();
            switch (word) {
                case "Rest":
                    if (at(" at ")) {
                        throw error(pos + 1, "'Rest' takes no value (PyBaMM would silently ignore it); write 'Rest for 1 hour'"
                                + " or 'Rest until < 4 V'");
                    }
                    return new Step.Rest(StepLimits.NONE);
                case "Run":
                    throw error(0, MSG_RUN);
                case "Discharge":
                case "Charge":
                case "Hold":
                    break;
                default:
                    throw error(0, MSG_INSTRUCTION);
            }
            if (!at(" at ")) {
                throw error(pos, "expected ' at ' and a value after '" + word + "'");
            }
            pos += 4;
            Value v = value();
            double sign = word.equals("Charge") ? -1 : 1;
            if (word.equals("Hold")) {
                if (v.unit() == 'V') {
                    return new Step.Voltage(v.value(), StepLimits.NONE);
                }
                if (v.unit() == 'W') {
                    return new Step.Power(v.value(), StepLimits.NONE);
                }
                throw error(v.position(), "'Hold' takes a voltage (V) or power (W), e.g. 'Hold at 4.2 V until C/50';"
                        + " write currents, C-rates and resistances with 'Discharge at' or 'Charge at'");
            }
            return switch (v.unit()) {
                case 'C' -> new Step.CRate(sign * v.value(), StepLimits.NONE);
                case 'A' -> new Step.Current(sign * v.value(), StepLimits.NONE);
                case 'W' -> new Step.Power(sign * v.value(), StepLimits.NONE);
                case 'O' -> new Step.Resistance(sign * v.value(), StepLimits.NONE);
                default -> throw error(v.position(), "a voltage step is written 'Hold at " + Steps.number(v.value())
                        + " V …'; '" + word + " at … V' is rejected because PyBaMM would flip the sign of the voltage");
            };
        }

        private StepLimits clauses(Step step) {
            OptionalDouble duration = OptionalDouble.empty();
            List<Termination> terms = new ArrayList<>();
            if (at(" for ")) {
                pos += 5;
                duration = OptionalDouble.of(time());
                if (at(" or until ")) {
                    pos += 3;
                }
            }
            while (at(" until ")) {
                pos += 7;
                terms.add(termination(step));
                if (at(" or until ")) {
                    pos += 3;
                }
            }
            if (pos < end) {
                if (at(" for ")) {
                    throw error(pos + 1, "'for' must come before 'until', e.g. 'Discharge at C/3 for 2 hours or until 2.5 V'");
                }
                if (at(" at ")) {
                    throw error(pos + 1, MSG_TEMPERATURE);
                }
                if (duration.isEmpty() && terms.isEmpty()) {
                    throw error(pos, MSG_FOR_UNTIL);
                }
                throw error(pos, "expected the end of the step, ' or until <condition>' or ' (<time> period)', found '"
                        + s.substring(pos, end) + "'");
            }
            return new StepLimits(duration, terms, OptionalDouble.empty(), OptionalDouble.empty(), List.of());
        }

        private Termination termination(Step step) {
            int start = pos;
            Optional<Operator> op = Optional.empty();
            if (at("<") || at(">")) {
                op = Optional.of(s.charAt(pos) == '<' ? Operator.LESS : Operator.GREATER);
                pos++;
                if (at(" ")) {
                    pos++;
                }
            }
            Value v = value();
            switch (v.unit()) {
                case 'V':
                    if (op.isEmpty() && !hasDirection(step)) {
                        throw error(start, "a voltage termination on a step without a charge/discharge direction "
                                + "(rest, hold or zero value) never fires without an operator; write 'until < "
                                + Steps.number(v.value()) + " V' or 'until > " + Steps.number(v.value()) + " V'");
                    }
                    return new Termination.Voltage(v.value(), op);
                case 'A':
                    return new Termination.Current(v.value(), op);
                case 'C':
                    if (!(v.value() > 0)) {
                        throw error(v.position(), "a C-rate termination must be positive");
                    }
                    return new Termination.CRate(v.value(), op);
                default:
                    throw error(v.position(), "a termination must be a voltage (V), a current (A) or a C-rate (C), "
                            + "e.g. 'until 2.5 V', 'until 50 mA', 'until C/50'");
            }
        }

        private static boolean hasDirection(Step step) {
            if (step instanceof Step.CRate c) {
                return c.cRate() != 0;
            } else if (step instanceof Step.Current c) {
                return c.amps() != 0;
            } else if (step instanceof Step.Power p) {
                return p.watts() != 0;
            } else if (step instanceof Step.Resistance r) {
                return r.ohms() != 0;
            }
            return false;
        }

        private Value value() {
            int start = pos;
            if (at("C/")) {
                pos += 2;
                double n = number("a number after 'C/', e.g. 'C/20'");
                if (!(n > 0)) {
                    throw error(start + 2, "the N of 'C/N' must be positive");
                }
                return new Value(1 / n, 'C', start);
            }
            double x = number("a number with a unit, e.g. '1 A', '0.5C', 'C/3', '4.2 V'");
            if (at(" ")) {
                pos++;
            }
            int unitStart = pos;
            String unit = letters();
            double divisor = 1;
            if (unit.length() > 1 && unit.startsWith("m")) {
                divisor = 1000;
                unit = unit.substring(1);
            }
            char kind = switch (unit) {
                case "C" -> 'C';
                case "A" -> 'A';
                case "V" -> 'V';
                case "W" -> 'W';
                case "Ohm" -> 'O';
                default -> throw error(unitStart, MSG_UNITS);
            };
            return new Value(x / divisor, kind, start);
        }

        private double time() {
            int start = pos;
            double x = number("a time such as '1 hour', '30 minutes' or '20 s'");
            if (at(" ")) {
                pos++;
            }
            int unitStart = pos;
            Double unit = TIME_UNITS.get(letters());
            if (unit == null) {
                throw error(unitStart, MSG_TIME_UNITS);
            }
            double seconds = x * unit;
            if (!(seconds > 0) || !Double.isFinite(seconds)) {
                throw error(start, "a time must be positive and finite");
            }
            return seconds;
        }

        private String letters() {
            int start = pos;
            while (pos < end && Character.isLetter(s.charAt(pos))) {
                pos++;
            }
            return s.substring(start, pos);
        }

        private double number(String expected) {
            int start = pos;
            while (pos < end && "0123456789.-eE".indexOf(s.charAt(pos)) >= 0) {
                pos++;
            }
            String text = s.substring(start, pos);
            if (text.isEmpty() || !NUMBER.matcher(text).matches()) {
                throw error(start, "expected " + expected + (text.isEmpty() ? "" : ", found '" + text + "'"));
            }
            double v = Double.parseDouble(text);
            if (!Double.isFinite(v)) {
                throw error(start, "number '" + text + "' is out of range");
            }
            return v;
        }
    }
}
