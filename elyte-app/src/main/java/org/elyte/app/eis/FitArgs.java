package org.elyte.app.eis;

import java.util.Locale;
import java.util.Map;

import org.elyte.analysis.eis.circuit.Circuit;
import org.elyte.analysis.eis.fit.FitOptions;
import org.elyte.analysis.eis.fit.Weighting;
import org.elyte.app.cli.NamedValues;
import org.elyte.core.error.InvalidInputException;

import picocli.CommandLine.Option;

/** The fitting options shared by {@code eis fit} and {@code conductivity} (a picocli mixin). */
public final class FitArgs {
    @Option(names = "--circuit", required = true, paramLabel = "STR",
            description = "Equivalent circuit, impedance.py syntax, e.g. 'R0-p(R1,CPE1)-CPE2'.")
    String circuit;

    @Option(names = "--weight", paramLabel = "W", defaultValue = "modulus",
            description = "Weighting: unit, modulus, proportional or boukamp (default: ${DEFAULT-VALUE}).")
    String weight;

    @Option(names = "--initial", paramLabel = "NAME=V,…", description = "Starting values, e.g. R0=0.01,CPE1_1=0.8.")
    String initial;

    @Option(names = "--fix", paramLabel = "NAME=V,…", description = "Parameters held fixed at the given values.")
    String fix;

    @Option(names = "--multistart", paramLabel = "N", defaultValue = "0",
            description = "Extra deterministic starts around the initial guess (default: ${DEFAULT-VALUE}).")
    int multistart;

    @Option(names = "--max-evaluations", paramLabel = "N",
            description = "Model evaluations allowed per start (default: the fitter's).")
    Integer maxEvaluations;

    /** @return the parsed circuit */
    public Circuit circuit() {
        return Circuit.parse(circuit);
    }

    /** @return the weighting */
    public Weighting weighting() {
        try {
            return Weighting.valueOf(weight.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--weight: unknown weighting '" + weight
                    + "'; use unit, modulus, proportional or boukamp");
        }
    }

    /** @return fit options from the command line */
    public FitOptions options() {
        FitOptions o = FitOptions.defaults().withWeighting(weighting());
        Map<String, Double> init = NamedValues.parse("--initial", initial);
        Map<String, Double> fixed = NamedValues.parse("--fix", fix);
        if (!init.isEmpty()) {
            o = o.withInitial(init);
        }
        if (!fixed.isEmpty()) {
            o = o.withFixed(fixed);
        }
        if (multistart < 0) {
            throw new InvalidInputException("--multistart must be 0 or more, got " + multistart);
        }
        if (multistart > 0) {
            o = o.withMultiStart(multistart + 1); // the estimated or given start, plus N perturbed ones
        }
        if (maxEvaluations != null) {
            if (maxEvaluations < 2) {
                throw new InvalidInputException("--max-evaluations must be 2 or more, got " + maxEvaluations);
            }
            o = o.withMaxEvaluations(maxEvaluations);
        }
        return o;
    }

}
