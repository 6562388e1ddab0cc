package org.elyte.app.data;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.elyte.app.cli.DataFiles;
import org.elyte.app.cli.ExitCode;
import org.elyte.app.cli.Json;
import org.elyte.app.cli.JsonOption;
import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Metadata;
import org.elyte.core.recording.Recording;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code elyte inspect}: what a data file holds. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Show a data file's format and version, rows, columns with units, time span, cycles, steps and metadata.")
public final class InspectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Cycler or impedance file.")
    Path file;

    @Mixin
    JsonOption output;

    @Override
    public Integer call() {
        DataFiles.Loaded loaded = DataFiles.read(file);
        Recording r = loaded.recording();
        Summary s = Summary.of(r);
        PrintWriter out = spec.commandLine().getOut();
        Metadata md = r.metadata();
        if (output.json()) {
            ObjectNode root = Json.object();
            root.put("file", file.toString());
            root.put("format", md.format().orElse("unknown"));
            root.put("formatVersion", md.get(Metadata.FORMAT_VERSION).orElse(null));
            root.put("rows", r.rows());
            ArrayNode cols = root.putArray("columns");
            for (Quantity q : r.quantities()) {
                ObjectNode c = cols.addObject();
                c.put("name", q.label());
                c.put("machineName", q.machineName());
                c.put("unit", q.unit());
                c.put("standard", q.standard());
            }
            Json.num(root, "timeSpanS", s.timeSpanS());
            if (s.cycles() >= 0) {
                root.put("cycles", s.cycles());
            } else {
                root.putNull("cycles");
            }
            if (s.steps() >= 0) {
                root.put("steps", s.steps());
            } else {
                root.putNull("steps");
            }
            root.put("spectra", loaded.spectra());
            ObjectNode meta = root.putObject("metadata");
            for (Map.Entry<String, String> e : md.entries().entrySet()) {
                meta.put(e.getKey(), e.getValue());
            }
            out.println(Json.write(root));
            return ExitCode.OK;
        }
        out.printf("%s%n", file);
        out.printf("format      %s%s%n", md.format().orElse("unknown"),
                md.get(Metadata.FORMAT_VERSION).map(v -> ", version " + v).orElse(""));
        out.printf("rows        %d%n", r.rows());
        if (!Double.isNaN(s.timeSpanS())) {
            out.printf("time span   %.6g s (%.4g h)%n", s.timeSpanS(), s.timeSpanS() / 3600);
        }
        if (s.cycles() >= 0) {
            out.printf("cycles      %d%n", s.cycles());
        }
        if (s.steps() >= 0) {
            out.printf("steps       %d%n", s.steps());
        }
        if (loaded.spectra() > 1) {
            out.printf("spectra     %d (columns of the first shown)%n", loaded.spectra());
        }
        out.printf("%ncolumns%n");
        for (Quantity q : r.quantities()) {
            out.printf("  %-40s %-10s %s%n", q.label(), q.unit(), q.standard() ? "" : "(instrument column)");
        }
        out.printf("%nmetadata%n");
        md.entries().forEach((k, v) -> out.printf("  %-28s %s%n", k, v.length() > 100 ? v.substring(0, 97) + "..." : v));
        return ExitCode.OK;
    }
}
