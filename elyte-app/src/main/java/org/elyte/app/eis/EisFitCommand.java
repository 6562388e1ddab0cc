package org.elyte.app.eis;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.elyte.analysis.eis.circuit.Circuit;
import org.elyte.analysis.eis.fit.Arc;
import org.elyte.analysis.eis.fit.Arcs;
import org.elyte.analysis.eis.fit.CircuitFitter;
import org.elyte.analysis.eis.fit.FitResult;
import org.elyte.analysis.eis.fit.ParameterEstimate;
import org.elyte.app.cli.ExitCode;
import org.elyte.app.cli.Json;
import org.elyte.app.cli.OutputArgs;
import org.elyte.app.report.SpectrumFigures;
import org.elyte.core.impedance.ImpedanceSpectrum;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code elyte eis fit}: fits an equivalent circuit to one measured spectrum. */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = "Fit an equivalent circuit to an impedance spectrum (complex nonlinear least squares).")
public final class EisFitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SpectrumFileArgs input;

    @Mixin
    FitArgs fit;

    @Mixin
    OutputArgs output;

    @Override
    public Integer call() {
        ImpedanceSpectrum spectrum = input.load();
        Circuit circuit = fit.circuit();
        FitResult result = CircuitFitter.fit(circuit, spectrum, fit.options());
        List<Arc> arcs = Arcs.of(result);
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            ObjectNode root = toJson(result, arcs);
            root.put("file", input.file().toString());
            root.put("spectrum", input.index());
            root.put("spectraInFile", input.spectraInFile());
            out.println(Json.write(root));
        } else {
            printHuman(out, result, arcs);
        }
        // the spectrum is the fitted points (band and inductive filtering happen in input.load())
        output.writeCsv(() -> SpectrumFigures.table(spectrum, Optional.of(result.model())));
        output.writePlot(() -> SpectrumFigures.nyquist("Fit of " + input.file().getFileName() + ": " + circuit,
                spectrum, Optional.of(result.predict(SpectrumFigures.logGrid(spectrum, 200)))));
        if (!result.converged()) {
            spec.commandLine().getErr().println("elyte: the fit of " + input.file() + " did not converge within "
                    + result.evaluations() + " evaluations; the values shown are the last iterate");
            return ExitCode.NOT_CONVERGED;
        }
        return ExitCode.OK;
    }

    /**
     * @param r a fit result
     * @param arcs its arcs
     * @return the JSON form documented in docs/cli.md
     */
    public static ObjectNode toJson(FitResult r, List<Arc> arcs) {
        ObjectNode root = Json.object();
        root.put("circuit", r.circuit().toString());
        root.put("weighting", r.weighting().name().toLowerCase(java.util.Locale.ROOT));
        root.put("points", r.points());
        ObjectNode params = root.putObject("parameters");
        for (ParameterEstimate p : r.parameters()) {
            ObjectNode n = params.putObject(p.name());
            Json.num(n, "value", p.value());
            Json.num(n, "stderr", p.stderr());
            n.put("unit", p.unit());
            Json.num(n, "relativeError", p.relativeError());
            n.put("fixed", p.fixed());
            n.put("determined", p.determined());
        }
        Json.num(root, "chi2", r.chi2());
        Json.num(root, "reducedChi2", r.reducedChi2());
        Json.num(root, "ssr", r.ssr());
        Json.num(root, "aic", r.aic());
        Json.num(root, "bic", r.bic());
        root.put("iterations", r.iterations());
        root.put("evaluations", r.evaluations());
        root.put("converged", r.converged());
        ArrayNode arcArray = root.putArray("arcs");
        for (Arc a : arcs) {
            arcArray.add(arcJson(a));
        }
        ArrayNode warnings = root.putArray("warnings");
        r.warnings().forEach(warnings::add);
        return root;
    }

    /**
     * @param a an arc
     * @return its JSON form
     */
    public static ObjectNode arcJson(Arc a) {
        ObjectNode n = Json.object();
        n.put("label", a.label().jsonName());
        n.put("elements", String.join(",", a.elements()));
        Json.num(n, "resistanceOhm", a.resistanceOhm());
        Json.num(n, "resistanceStderrOhm", a.resistanceStderrOhm());
        Json.num(n, "effectiveCapacitanceF", a.effectiveCapacitanceF());
        Json.num(n, "apexFrequencyHz", a.apexFrequencyHz());
        return n;
    }

    private void printHuman(PrintWriter out, FitResult r, List<Arc> arcs) {
        out.printf("%s%n", input.file());
        if (input.spectraInFile() > 1) {
            out.printf("spectrum %d of %d%n", input.index(), input.spectraInFile());
        }
        out.printf("circuit %s, %s weighting, %d points%n%n", r.circuit(), r.weighting().name().toLowerCase(java.util.Locale.ROOT),
                r.points());
        out.printf("%-10s %14s %12s %8s  %s%n", "parameter", "value", "stderr", "rel.err", "unit");
        for (ParameterEstimate p : r.parameters()) {
            String note = p.fixed() ? "  (fixed)" : p.determined() ? "" : "  NOT DETERMINED by the data";
            out.printf("%-10s %14.6g %12.3g %7.2f%%  %s%s%n", p.name(), p.value(), p.stderr(), 100 * p.relativeError(),
                    p.unit(), note);
        }
        out.printf("%nchi2 %.6g   reduced chi2 %.4g   SSR %.6g   AIC %.2f   BIC %.2f   (%d iterations)%n", r.chi2(),
                r.reducedChi2(), r.ssr(), r.aic(), r.bic(), r.iterations());
        if (!arcs.isEmpty()) {
            out.printf("%n%-15s %-14s %14s %14s %14s%n", "arc", "elements", "R / ohm", "C_eff / F", "f_apex / Hz");
            for (Arc a : arcs) {
                out.printf("%-15s %-14s %14.5g %14.4g %14.4g%n", a.label().displayName(), String.join(",", a.elements()),
                        a.resistanceOhm(), a.effectiveCapacitanceF(), a.apexFrequencyHz());
            }
        }
        for (String w : r.warnings()) {
            out.printf("warning: %s%n", w);
        }
    }
}
