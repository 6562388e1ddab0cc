package org.elyte.sim.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import org.elyte.sim.model.HalfCellMesh;
import org.junit.jupiter.api.Test;

/**
 * Manual timing of a CCCV charge on a fine mesh (skipped unless {@code -Delyte.cccv.points=N}):
 * prints the step capacities and the wall time (and that of the CC steps alone, run first), to
 * compare solver changes.
 */
class CccvMeshTiming {

    @Test
    void cccvChargeOnAFineMesh() {
        String p = System.getProperty("elyte.cccv.points");
        assumeTrue(p != null, "set -Delyte.cccv.points=N to run");
        int pts = Integer.parseInt(p);
        Simulation sim = Simulation.of("hse40-lfp", List.of()).withMesh(new HalfCellMesh(pts, pts, pts));
        long c0 = System.nanoTime();
        SimulationResult cc = sim.run("Discharge at 1C until 2.8 V", "Charge at 1C until 3.8 V");
        double ccS = (System.nanoTime() - c0) * 1e-9;
        assertThat(cc.status()).as(cc.message()).isEqualTo(SimulationResult.Status.COMPLETED);
        long t0 = System.nanoTime();
        SimulationResult r = sim.run("Discharge at 1C until 2.8 V", "Charge at 1C until 3.8 V",
                "Hold at 3.8 V until C/50");
        double s = (System.nanoTime() - t0) * 1e-9;
        assertThat(r.status()).as(r.message()).isEqualTo(SimulationResult.Status.COMPLETED);
        StringBuilder sb = new StringBuilder("CCCV points=" + pts + " wall=" + String.format("%.2f", s)
                + " s (the two CC steps alone: " + String.format("%.2f", ccS) + " s)\n");
        for (SimulationResult.StepReport st : r.steps()) {
            sb.append(String.format("  %-30s start=%.6f end=%.6f s charge=%.12e Ah discharge=%.12e Ah ended=%s%n",
                    st.step(), st.startS(), st.endS(), st.chargeAh(), st.dischargeAh(), st.ended()));
        }
        System.out.print(sb);
    }
}
