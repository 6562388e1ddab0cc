package org.elyte.app.simulate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.elyte.app.cli.ExitCode;
import org.elyte.app.cli.Json;
import org.elyte.app.cli.OptionValues;
import org.elyte.core.error.ElyteException;
import org.elyte.io.bdf.BdfCsvWriter;
import org.elyte.io.bdf.BdfNaming;
import org.elyte.sim.parameters.CellParameters;
import org.elyte.sim.simulation.BruceVincentExperiment;

import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code elyte simulate bruce-vincent}: a virtual transference-number experiment, as files. */
@Command(name = "bruce-vincent", mixinStandardHelpOptions = true,
        description = "Virtual Bruce-Vincent experiment on Li | SSE | Li: writes ca.bdf.csv, eis-before.bdf.csv and"
                + " eis-after.bdf.csv for 'elyte transference'.")
public final class SimBruceVincentCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CellOptions cell;

    @Option(names = "--dv", defaultValue = "10mV", paramLabel = "V", description = "Polarization (default ${DEFAULT-VALUE}).")
    String dv;

    @Option(names = "--relaxation-times", defaultValue = "8", paramLabel = "N",
            description = "Duration in units of L^2/(pi^2 D) (default ${DEFAULT-VALUE}).")
    double relaxationTimes;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Folder for the three files (default: current).")
    Path outDir;

    @Option(names = "--json", description = "Machine-readable output (docs/cli.md).")
    boolean json;

    @Override
    public Integer call() {
        CellParameters p = cell.parameters();
        double t = cell.temperatureK(p);
        double deltaV = OptionValues.voltage("--dv", dv, "V");
        BruceVincentExperiment bv = BruceVincentExperiment.run(p, t, deltaV, relaxationTimes,
                SimEisCommand.frequencies(1e-3, 1e6, 8));
        Path dir = outDir == null ? Path.of(".") : outDir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ElyteException("cannot create " + dir + ": " + e.getMessage(), e);
        }
        Path ca = dir.resolve("ca.bdf.csv");
        Path before = dir.resolve("eis-before.bdf.csv");
        Path after = dir.resolve("eis-after.bdf.csv");
        BdfCsvWriter.write(bv.chronoamperometry(), BdfNaming.PREFERRED_LABELS, ca);
        BdfCsvWriter.write(bv.before().toRecording(), BdfNaming.PREFERRED_LABELS, before);
        BdfCsvWriter.write(bv.after().toRecording(), BdfNaming.PREFERRED_LABELS, after);
        PrintWriter pw = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = Json.object();
            root.put("cell", p.set().name());
            Json.num(root, "deltaV", deltaV);
            Json.num(root, "tPlusInput", bv.transference());
            Json.num(root, "currentFraction", bv.currentFraction());
            Json.num(root, "tPlusFromModel", bv.transferenceFromModel(deltaV));
            Json.num(root, "interfaceResistanceOhm", bv.interfaceResistanceOhm());
            Json.num(root, "bulkResistanceOhm", bv.bulkResistanceOhm());
            root.put("ca", ca.toString());
            root.put("eisBefore", before.toString());
            root.put("eisAfter", after.toString());
            pw.println(Json.write(root));
        } else {
            pw.printf("%s at %.2f K, dV = %.4g mV%nt+ (input) = %.4f, rho+ (concentrated-solution theory) = %.4f,"
                    + " Bruce-Vincent on the model = %.4f%nR_bulk = %.5g ohm, R_interfaces = %.5g ohm%n", p.set().name(),
                    t, deltaV * 1e3, bv.transference(), bv.currentFraction(), bv.transferenceFromModel(deltaV),
                    bv.bulkResistanceOhm(), bv.interfaceResistanceOhm());
            pw.printf("wrote %s, %s, %s%nanalyse: elyte transference --ca %s --eis-before %s --eis-after %s --dv %s"
                    + " --circuit 'R0-p(R1,C1)-Ws1' --interface-parameter R1%n", ca, before, after, ca, before, after, dv);
        }
        return ExitCode.OK;
    }
}
