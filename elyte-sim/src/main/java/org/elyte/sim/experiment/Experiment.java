package org.elyte.sim.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;

import org.elyte.core.error.InvalidInputException;

/**
 * A list of cycles, each a list of steps, with experiment-level defaults and stop conditions
 * (PyBaMM {@code Experiment}). A step's own period and temperature win over the defaults here; when
 * neither is set, the parameter set's ambient temperature applies.
 *
 * @param cycles the cycles in order, at least one
 * @param terminations stop conditions checked at the end of each cycle
 * @param periodS default output period in s for steps without one
 * @param temperatureK default temperature in K for steps without one
 */
public record Experiment(List<Cycle> cycles, List<ExperimentTermination> terminations, OptionalDouble periodS,
        OptionalDouble temperatureK) {

    /** Copies the lists and checks there is at least one cycle. */
    public Experiment {
        cycles = List.copyOf(cycles);
        terminations = List.copyOf(terminations);
        if (cycles.isEmpty()) {
            throw new InvalidInputException("an experiment needs at least one step");
        }
    }

    /**
     * Parses operating conditions as PyBaMM takes them: each item is a step string (a one-step
     * cycle) or a cycle written as a tuple, {@code "(Discharge at 1C until 2.5 V, Rest for 1 hour)"},
     * optionally followed by {@code "* N"} to repeat that cycle N times.
     *
     * @param items step strings and cycles
     * @return the experiment, without defaults or terminations
     */
    public static Experiment parse(List<String> items) {
        return parse(items, StepParser.standard());
    }

    /**
     * @param items step strings and cycles, see {@link #parse(List)}
     * @param parser the step parser (standard or legacy)
     * @return the experiment
     */
    public static Experiment parse(List<String> items, StepParser parser) {
        List<Cycle> cycles = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i) == null ? "" : items.get(i).strip();
            try {
                cycles.addAll(item.startsWith("(") ? tuple(item, parser) : List.of(new Cycle(List.of(parser.parse(item)))));
            } catch (InvalidInputException e) {
                throw new InvalidInputException("experiment item " + (i + 1) + ": " + e.getMessage());
            }
        }
        return new Experiment(cycles, List.of(), OptionalDouble.empty(), OptionalDouble.empty());
    }

    private static List<Cycle> tuple(String item, StepParser parser) {
        List<Step> steps = new ArrayList<>();
        int depth = 0;
        int start = 1;
        int close = -1;
        for (int i = 0; i < item.length() && close < 0; i++) {
            char c = item.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    steps.add(parser.parse(item.substring(start, i)));
                    close = i;
                }
            } else if (c == ',' && depth == 1) {
                steps.add(parser.parse(item.substring(start, i)));
                start = i + 1;
            }
        }
        if (close < 0) {
            throw new InvalidInputException("cycle \"" + item + "\", position " + item.length()
                    + ": expected ')' to close the cycle");
        }
        String rest = item.substring(close + 1).strip();
        int times = 1;
        if (!rest.isEmpty()) {
            if (!rest.matches("\\*\\s*[0-9]{1,6}")) {
                throw new InvalidInputException("cycle \"" + item + "\", position " + (close + 1)
                        + ": expected nothing or '* N' after the cycle, found '" + rest + "'");
            }
            times = Integer.parseInt(rest.substring(1).strip());
        }
        return Collections.nCopies(checkRepeat(times), new Cycle(steps));
    }

    private static int checkRepeat(int n) {
        if (n < 1 || n > 1_000_000) {
            throw new InvalidInputException("repeat count must be between 1 and 1000000, got " + n);
        }
        return n;
    }

    /**
     * @param n how many times to run the whole list of cycles ({@code --repeat N}), at least 1
     * @return an experiment whose cycles are these cycles n times over
     */
    public Experiment repeat(int n) {
        List<Cycle> all = new ArrayList<>();
        for (int i = 0; i < checkRepeat(n); i++) {
            all.addAll(cycles);
        }
        return new Experiment(all, terminations, periodS, temperatureK);
    }

    /**
     * @param texts e.g. {@code "80% capacity"}, {@code "2.5 V"}, {@code "10 hours"}
     * @return a copy with these experiment terminations
     */
    public Experiment withTerminations(List<String> texts) {
        return new Experiment(cycles, texts.stream().map(ExperimentTermination::parse).toList(), periodS, temperatureK);
    }

    /**
     * @param text e.g. {@code "25oC"}, {@code "298.15 K"}, a bare number in K
     * @return a copy with this default temperature
     */
    public Experiment withTemperature(String text) {
        return new Experiment(cycles, terminations, periodS, OptionalDouble.of(StepKeywords.temperatureK(text)));
    }

    /**
     * @param text a time, e.g. {@code "1 minute"}
     * @return a copy with this default output period
     */
    public Experiment withPeriod(String text) {
        return new Experiment(cycles, terminations, OptionalDouble.of(StepParser.timeS(text)), temperatureK);
    }

    /** @return every step in order, cycles flattened */
    public List<Step> steps() {
        return cycles.stream().flatMap(c -> c.steps().stream()).toList();
    }

    /** @return the number of steps in each cycle */
    public List<Integer> cycleLengths() {
        return cycles.stream().map(c -> c.steps().size()).toList();
    }

    /**
     * @param step a step of this experiment
     * @param ambientK the parameter set's ambient temperature in K
     * @return the temperature that applies to the step in K: its own, else this experiment's, else ambient
     */
    public double temperatureK(Step step, double ambientK) {
        return step.limits().temperatureK().orElse(temperatureK.orElse(ambientK));
    }
}
