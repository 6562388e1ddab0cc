package org.elyte.app.md;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.elyte.analysis.md.Rdf;
import org.elyte.analysis.md.RdfResult;
import org.elyte.app.cli.ExitCode;
import org.elyte.app.cli.Json;
import org.elyte.app.cli.OutputArgs;
import org.elyte.app.report.CsvTable;
import org.elyte.app.report.XyPlot;
import org.elyte.core.trajectory.Trajectory;

import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code elyte md rdf}: radial distribution function and first-shell coordination number. */
@Command(name = "rdf", mixinStandardHelpOptions = true, description = "Radial distribution function g(r) and coordination number.")
public final class MdRdfCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TrajectoryArgs input;

    @Option(names = "--with", paramLabel = "NAME", description = "Neighbour species (default: the same species).")
    String with;

    @Option(names = "--r-max", paramLabel = "Å", defaultValue = "8", description = "Largest distance, Å (default: ${DEFAULT-VALUE}).")
    double rMaxA;

    @Option(names = "--bins", paramLabel = "N", defaultValue = "200", description = "Number of bins (default: ${DEFAULT-VALUE}).")
    int bins;

    @Option(names = "--stride", paramLabel = "N", defaultValue = "1", description = "Use every N-th frame (default: ${DEFAULT-VALUE}).")
    int stride;

    @Mixin
    OutputArgs output;

    @Override
    public Integer call() {
        Trajectory t = input.load();
        String b = with == null ? input.species() : with;
        RdfResult r = Rdf.of(t, input.species(), b, rMaxA * 1e-10, bins, stride);
        double[] shell = r.firstShell();
        PrintWriter out = spec.commandLine().getOut();
        double[] rr = r.rM();
        double[] g = r.g();
        double[] n = r.coordination();
        if (output.json()) {
            ObjectNode root = Json.object();
            root.put("file", input.file().toString());
            root.put("centre", input.species());
            root.put("neighbour", b);
            Json.num(root, "firstPeakA", shell[0] * 1e10);
            Json.num(root, "firstMinimumA", shell[1] * 1e10);
            Json.num(root, "coordinationNumber", shell[2]);
            var arr = root.putArray("rdf");
            for (int i = 0; i < rr.length; i++) {
                ObjectNode p = arr.addObject();
                Json.num(p, "rA", rr[i] * 1e10);
                Json.num(p, "g", g[i]);
                Json.num(p, "n", n[i]);
            }
            out.println(Json.write(root));
        } else {
            out.printf(Locale.ROOT, "%s: g(r) %s-%s to %.2f Å; first peak %.3f Å, first minimum %.3f Å, coordination number %.3f%n",
                    input.file(), input.species(), b, rMaxA, shell[0] * 1e10, shell[1] * 1e10, shell[2]);
        }
        output.writeCsv(() -> {
            List<double[]> rows = new ArrayList<>();
            for (int i = 0; i < rr.length; i++) {
                rows.add(new double[] {rr[i] * 1e10, g[i], n[i]});
            }
            return CsvTable.ofNumbers(List.of("r_A", "g", "n"), rows);
        });
        output.writePlot(() -> {
            double[] ra = new double[rr.length];
            for (int i = 0; i < rr.length; i++) {
                ra[i] = rr[i] * 1e10;
            }
            return XyPlot.of(input.species() + "-" + b, "r / Å", "g(r)", XyPlot.Series.line("g(r)", ra, g));
        });
        return ExitCode.OK;
    }
}
