package org.elyte.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;

import org.elyte.app.cli.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** End to end through the CLI: simulated files analysed by the same commands as measured ones. */
class SimulateCommandsTest {
    @TempDir
    Path dir;

    /** Issue 5 Done-when: elyte transference on the simulated Bruce–Vincent experiment returns the t+ that went in. */
    @Test
    void transferenceOfSimulatedBruceVincentReturnsTheInput() {
        Cli.Run bv = Cli.run("simulate", "bruce-vincent", "--cell", "hse40-lfp", "--dv", "10mV", "-o", dir.toString(),
                "--json");
        assertThat(bv.exitCode()).as(bv.err()).isZero();
        JsonNode b = Json.parse(bv.out());
        double tIn = b.get("tPlusInput").asDouble();
        double rho = b.get("currentFraction").asDouble();
        Cli.Run t = Cli.run("transference", "--ca", dir.resolve("ca.bdf.csv").toString(),
                "--eis-before", dir.resolve("eis-before.bdf.csv").toString(),
                "--eis-after", dir.resolve("eis-after.bdf.csv").toString(), "--dv", "10mV",
                "--circuit", "R0-p(R1,C1)-Ws1", "--interface-parameter", "R1", "--json");
        assertThat(t.exitCode()).as(t.err() + t.out()).isZero();
        JsonNode j = Json.parse(t.out());
        // the non-ideal correction: Bruce–Vincent measures rho+ = 1/(1 + 2RT kappa (1-t+)^2 TF/(F^2 D c0)),
        // equal to t+ here up to the rounding of D in the set; 0.01 for the 10 mV nonlinearity and the fits
        assertThat(Math.abs(rho - tIn)).isLessThan(0.002);
        assertThat(j.get("tPlus").asDouble()).isCloseTo(tIn, within(Math.abs(rho - tIn) + 0.01)); // 1
        assertThat(j.get("r0").get("ohm").asDouble()).isCloseTo(b.get("interfaceResistanceOhm").asDouble(),
                within(0.02 * b.get("interfaceResistanceOhm").asDouble())); // ohm, 2 %
    }

    @Test
    void rateJsonHasTheDocumentedKeys() {
        Cli.Run r = Cli.run("simulate", "rate", "--cell", "pebax12-lfp", "--rates", "0.5,2", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode rates = Json.parse(r.out()).get("rates");
        assertThat(rates).hasSize(2);
        for (JsonNode n : rates) {
            assertThat(n.has("cRate") && n.has("dischargeCapacityMAhPerG") && n.has("capacityFraction")
                    && n.has("midVoltageV")).isTrue();
        }
        // §6.1 Pebax: 0.981 and 0.966 of nominal (0.98 x theoretical)
        assertThat(rates.get(0).get("capacityFraction").asDouble() / 0.98).isCloseTo(0.981, within(0.01));
        assertThat(rates.get(1).get("capacityFraction").asDouble() / 0.98).isCloseTo(0.966, within(0.01));
        assertThat(Cli.run("simulate", "rate", "--cell", "pebax12-lfp", "--rates", "1").out()).contains("Q/Q_th");
    }

    @Test
    void runWritesBdfThatCyclingAnalysesRead() throws Exception {
        Path f = dir.resolve("sim.bdf.csv");
        Cli.Run r = Cli.run("simulate", "run", "--cell", "pebax12-lfp", "--experiment",
                "(Discharge at 1C until 3.0 V, Charge at 1C until 3.6 V, Hold at 3.6 V until C/10)", "--repeat", "2",
                "--set", "Separator thickness [m]=30 um", "-o", f.toString(), "--json");
        assertThat(r.exitCode()).as(r.err() + r.out()).isZero();
        assertThat(Json.parse(r.out()).get("steps")).hasSize(6);
        assertThat(Files.size(f)).isPositive();
        Cli.Run s = Cli.run("cycling", "summary", f.toString(), "--json");
        assertThat(s.exitCode()).as(s.err() + s.out()).isZero();
        assertThat(s.out()).contains("cycles");
        Cli.Run bad = Cli.run("simulate", "run", "--cell", "pebax12-lfp", "--experiment", "Discharge at 1 W for 1 s");
        assertThat(bad.exitCode()).isEqualTo(4);
        assertThat(bad.err()).contains("cannot sustain this power");
        Cli.Run eis = Cli.run("simulate", "eis", "--cell", "pebax12-lfp", "--soc", "0.5", "--fmin", "0.1", "--json");
        assertThat(eis.exitCode()).as(eis.err()).isZero();
        Cli.Run sym = Cli.run("simulate", "symmetric", "--cell", "hse40-lfp", "--current-density", "0.01 mA/cm2",
                "--json");
        assertThat(sym.exitCode()).as(sym.err()).isZero();
        JsonNode sj = Json.parse(sym.out());
        assertThat(sj.get("finalVoltageV").asDouble()).isCloseTo(sj.get("steadyStateVoltageV").asDouble(),
                within(0.01 * sj.get("steadyStateVoltageV").asDouble())); // V, 1 % after 5 relaxation times
    }
}
