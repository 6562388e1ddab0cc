package org.elyte.sim.experiment;

import java.util.List;

/**
 * Prints a {@link Step} as its canonical PyBaMM string: {@code Discharge}/{@code Charge} by sign,
 * C-rates below 1 as {@code C/N} when N is a whole number, sub-unit currents, powers, voltages and
 * resistances with the {@code m} prefix when that reads back exactly, durations in the largest of
 * hours, minutes or seconds that is a whole number. A step with neither duration nor termination
 * prints its default duration, since PyBaMM needs {@code for} or {@code until}.
 */
public final class StepFormatter {
    private StepFormatter() {
    }

    /**
     * @param step the step
     * @return the canonical step string, e.g. {@code "Discharge at C/3 for 2 hours or until 2.5 V"}
     */
    public static String format(Step step) {
        StringBuilder sb = new StringBuilder();
        if (step instanceof Step.CRate c) {
            sb.append(direction(c.cRate())).append(" at ").append(cRate(Math.abs(c.cRate())));
        } else if (step instanceof Step.Current c) {
            sb.append(direction(c.amps())).append(" at ").append(milli(Math.abs(c.amps()), "A"));
        } else if (step instanceof Step.Power p) {
            sb.append(direction(p.watts())).append(" at ").append(milli(Math.abs(p.watts()), "W"));
        } else if (step instanceof Step.Resistance r) {
            sb.append(direction(r.ohms())).append(" at ").append(milli(Math.abs(r.ohms()), "Ohm"));
        } else if (step instanceof Step.Voltage v) {
            sb.append("Hold at ").append(milli(v.volts(), "V"));
        } else {
            sb.append("Rest");
        }
        StepLimits l = step.limits();
        List<Termination> terms = l.terminations();
        if (l.durationS().isPresent() || terms.isEmpty()) {
            sb.append(" for ").append(time(step.durationS()));
        }
        for (int i = 0; i < terms.size(); i++) {
            sb.append(i == 0 && l.durationS().isEmpty() ? " until " : " or until ").append(termination(terms.get(i)));
        }
        l.periodS().ifPresent(p -> sb.append(" (").append(time(p)).append(" period)"));
        return sb.toString();
    }

    /**
     * @param t a termination
     * @return its text after {@code until}, e.g. {@code "< 2.5 V"}, {@code "C/50"}, {@code "50 mA"}
     */
    public static String termination(Termination t) {
        String op = t.operator().map(o -> o.symbol() + " ").orElse("");
        if (t instanceof Termination.Voltage v) {
            return op + milli(v.volts(), "V");
        } else if (t instanceof Termination.Current c) {
            return op + milli(c.amps(), "A");
        }
        return op + cRate(((Termination.CRate) t).cRate());
    }

    /**
     * @param seconds a positive duration in s
     * @return e.g. {@code "2 hours"}, {@code "45 minutes"}, {@code "20 seconds"}
     */
    public static String time(double seconds) {
        for (int k = 0; k < 2; k++) {
            double unit = k == 0 ? 3600 : 60;
            double q = seconds / unit;
            if (q == Math.rint(q) && q * unit == seconds) {
                String name = k == 0 ? "hour" : "minute";
                return Steps.number(q) + " " + name + (q == 1 ? "" : "s");
            }
        }
        return Steps.number(seconds) + (seconds == 1 ? " second" : " seconds");
    }

    private static String direction(double v) {
        return v < 0 ? "Charge" : "Discharge";
    }

    private static String cRate(double c) {
        if (c > 0 && c < 1) {
            double n = 1 / c;
            double whole = Math.rint(n);
            if (Math.abs(n - whole) < 1e-9 * whole && 1 / whole == c) {
                return "C/" + Steps.number(whole);
            }
        }
        return Steps.number(c) + "C";
    }

    private static String milli(double v, String unit) {
        if (v != 0 && Math.abs(v) < 1) {
            String m = Steps.number(v * 1000);
            if (Double.parseDouble(m) / 1000 == v) {
                return m + " m" + unit;
            }
        }
        return Steps.number(v) + " " + unit;
    }
}
