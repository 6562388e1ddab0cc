package org.elyte.app.data;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.elyte.app.cli.DataFiles;
import org.elyte.app.cli.ExitCode;
import org.elyte.app.cli.Json;
import org.elyte.app.cli.JsonOption;
import org.elyte.core.error.ElyteException;
import org.elyte.core.error.InvalidInputException;
import org.elyte.core.recording.Recording;
import org.elyte.io.bdf.BdfCsvWriter;
import org.elyte.io.bdf.BdfNaming;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code elyte convert}: writes data files as Battery Data Format CSV. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert cycler and impedance files to Battery Data Format CSV (optionally gzipped).")
public final class ConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to convert.")
    List<Path> files;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "bdf.csv or bdf.csv.gz")
    String to;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output folder (default: beside each input).")
    Path outDir;

    @Option(names = "--machine-names", description = "Use BDF machine names (test_time_second) instead of labels.")
    boolean machineNames;

    @Mixin
    JsonOption output;

    @Override
    public Integer call() {
        String ext = switch (to.strip()) {
            case "bdf.csv", "bdf" -> ".bdf.csv";
            case "bdf.csv.gz" -> ".bdf.csv.gz";
            default -> throw new InvalidInputException("--to: unknown target '" + to + "'; use bdf.csv or bdf.csv.gz");
        };
        BdfNaming naming = machineNames ? BdfNaming.MACHINE_NAMES : BdfNaming.PREFERRED_LABELS;
        ArrayNode done = Json.array();
        PrintWriter out = spec.commandLine().getOut();
        boolean showProgress = System.console() != null && !output.json() && (files.size() > 1 || large(files.get(0)));
        try (ProgressBar bar = showProgress ? new ProgressBarBuilder().setTaskName("converting").setInitialMax(files.size())
                .setStyle(ProgressBarStyle.ASCII).continuousUpdate().build() : null) {
            for (Path f : files) {
                Recording r = DataFiles.read(f).recording();
                Path target = target(f, ext);
                if (target.toAbsolutePath().normalize().equals(f.toAbsolutePath().normalize())) {
                    throw new InvalidInputException(f + ": the output would overwrite the input");
                }
                BdfCsvWriter.write(r, naming, target);
                ObjectNode n = done.addObject();
                n.put("input", f.toString());
                n.put("output", target.toString());
                n.put("rows", r.rows());
                n.put("columns", r.quantities().size());
                if (!output.json()) {
                    out.printf("%s -> %s (%d rows, %d columns)%n", f, target, r.rows(), r.quantities().size());
                }
                if (bar != null) {
                    bar.step();
                }
            }
        }
        if (output.json()) {
            ObjectNode root = Json.object();
            root.set("converted", done);
            out.println(Json.write(root));
        }
        return ExitCode.OK;
    }

    private Path target(Path input, String ext) {
        String name = input.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz") || lower.endsWith(".zip")) {
            name = name.substring(0, name.lastIndexOf('.')); // nda_v8.nda.zip → nda_v8.bdf.csv
        }
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        Path dir = outDir != null ? outDir : input.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new ElyteException("cannot create output folder " + dir + ": " + e.getMessage(), e);
        }
        return dir.resolve(base + ext);
    }

    private static boolean large(Path f) {
        try {
            return Files.size(f) > 50L << 20;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
