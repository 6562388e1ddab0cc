package org.elyte.sim.experiment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.elyte.core.error.InvalidInputException;

/**
 * Experiment-level stop condition, checked at the end of each cycle (PyBaMM
 * {@code Experiment(termination=…)}).
 */
public sealed interface ExperimentTermination permits ExperimentTermination.CapacityPercent,
        ExperimentTermination.CapacityAh, ExperimentTermination.MinVoltage, ExperimentTermination.TotalTime {

    /** PyBaMM's message for an unknown termination. */
    String MSG_ONLY = "Only capacity or voltage can be provided as a termination reason, e.g. '80% capacity', "
            + "'4 Ah capacity', or '2.5 V'";
    /** PyBaMM's message for a malformed capacity termination. */
    String MSG_CAPACITY = "Capacity termination must be given in the form '80%', '4Ah', or '4A.h'";

    /**
     * Stop when a cycle's capacity is at or below this percentage of cycle 1's.
     *
     * @param percent percentage of the first cycle's capacity
     */
    record CapacityPercent(double percent) implements ExperimentTermination {
        @Override
        public String toString() {
            return Steps.number(percent) + "% capacity";
        }
    }

    /**
     * Stop when a cycle's capacity is at or below this value.
     *
     * @param ampHours capacity in A·h
     */
    record CapacityAh(double ampHours) implements ExperimentTermination {
        @Override
        public String toString() {
            return Steps.number(ampHours) + " Ah capacity";
        }
    }

    /**
     * Stop when a cycle's minimum voltage is at or below this value.
     *
     * @param volts voltage in V
     */
    record MinVoltage(double volts) implements ExperimentTermination {
        @Override
        public String toString() {
            return Steps.number(volts) + " V";
        }
    }

    /**
     * Stop when the total experiment time exceeds this value.
     *
     * @param seconds time in s
     */
    record TotalTime(double seconds) implements ExperimentTermination {
        @Override
        public String toString() {
            return StepFormatter.time(seconds);
        }
    }

    /**
     * @param text e.g. {@code "80% capacity"}, {@code "4.1 A.h capacity"}, {@code "2.5 V"}, {@code "10 hours"}
     * @return the termination
     * @throws InvalidInputException with PyBaMM's messages
     */
    static ExperimentTermination parse(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        Pattern num = Pattern.compile("([0-9]+\\.?[0-9]*(?:[eE]-?[0-9]+)?) ?(.*)");
        if (t.endsWith("capacity")) {
            Matcher m = num.matcher(t.substring(0, t.length() - 8).strip());
            if (m.matches()) {
                double v = Double.parseDouble(m.group(1));
                switch (m.group(2)) {
                    case "%":
                        return new CapacityPercent(v);
                    case "Ah":
                    case "A.h":
                        return new CapacityAh(v);
                    default:
                        break;
                }
            }
            throw new InvalidInputException("experiment termination '" + text + "': " + MSG_CAPACITY);
        }
        Matcher m = num.matcher(t);
        if (m.matches() && m.group(2).equals("V")) {
            return new MinVoltage(Double.parseDouble(m.group(1)));
        }
        try {
            return new TotalTime(StepParser.timeS(t));
        } catch (InvalidInputException e) {
            throw new InvalidInputException("experiment termination '" + text + "': " + MSG_ONLY);
        }
    }
}
