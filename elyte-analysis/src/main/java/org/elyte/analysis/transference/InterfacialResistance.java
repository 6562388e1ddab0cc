package org.elyte.analysis.transference;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.elyte.analysis.eis.fit.Arc;
import org.elyte.analysis.eis.fit.Arcs;
import org.elyte.analysis.eis.fit.FitResult;
import org.elyte.analysis.eis.fit.ParameterEstimate;
import org.elyte.core.error.InvalidInputException;

/**
 * Picks the interfacial resistance out of a circuit fit of a Li|SSE|Li spectrum. The selector is a
 * parameter name ({@code R2}), {@code arc:K} (the K-th parallel arc of {@link Arcs#of(FitResult)},
 * 1-based, in circuit order) or {@code largest-arc} (the default: the arc of largest resistance, the
 * usual interfacial arc of a Li symmetric cell; the bulk arc of a solid electrolyte is normally the
 * smaller one at higher frequency; check the arc list when in doubt).
 */
public final class InterfacialResistance {
    /** Default selector. */
    public static final String LARGEST_ARC = "largest-arc";

    private InterfacialResistance() {
    }

    /**
     * @param fit a circuit fit
     * @param selector parameter name, {@code arc:K} or {@code largest-arc}
     * @return the resistance with its fit standard error
     * @throws InvalidInputException when the selector names nothing in the fit
     */
    public static Resistance from(FitResult fit, String selector) {
        String sel = selector.strip();
        if (sel.equalsIgnoreCase(LARGEST_ARC) || sel.toLowerCase(Locale.ROOT).startsWith("arc:")) {
            List<Arc> arcs = Arcs.of(fit).stream().filter(a -> !a.isSpur()).toList();
            if (arcs.isEmpty()) {
                throw new InvalidInputException("circuit " + fit.circuit() + " has no parallel R-C/CPE arc; name the"
                        + " interfacial resistance parameter instead (e.g. R2)");
            }
            Arc arc;
            int index;
            if (sel.equalsIgnoreCase(LARGEST_ARC)) {
                arc = arcs.stream().max(Comparator.comparingDouble(Arc::resistanceOhm)).orElseThrow();
                index = arcs.indexOf(arc) + 1;
            } else {
                try {
                    index = Integer.parseInt(sel.substring(4).strip());
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("arc selector '" + selector + "': expected arc:K with K a number");
                }
                if (index < 1 || index > arcs.size()) {
                    throw new InvalidInputException("arc selector '" + selector + "': circuit " + fit.circuit()
                            + " has " + arcs.size() + " arcs");
                }
                arc = arcs.get(index - 1);
            }
            return new Resistance(arc.resistanceOhm(), finiteOrZero(arc.resistanceStderrOhm()),
                    "arc " + index + " (" + String.join(",", arc.elements()) + ") of " + fit.circuit());
        }
        ParameterEstimate p = fit.parameter(sel);
        if (!p.unit().equals("ohm") && !p.unit().equals("Ω")) {
            throw new InvalidInputException("parameter " + sel + " of " + fit.circuit() + " is in " + p.unit()
                    + ", not a resistance");
        }
        return new Resistance(p.value(), finiteOrZero(p.stderr()), "fit parameter " + sel + " of " + fit.circuit());
    }

    private static double finiteOrZero(double v) {
        return Double.isFinite(v) ? v : 0;
    }
}
