package org.elyte.analysis.cycling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.elyte.core.recording.Recording;
import org.elyte.io.recording.RecordingFiles;
import org.junit.jupiter.api.Test;

/**
 * Per-cycle capacities from the readers' recordings against other tools' goldens: the cellpy
 * summary of the Arbin .res (anode mode) and the Neware BTSDA export of the 150-cycle .ndax.
 */
class CycleSummaryGoldenTest {

    @Test
    void cellpyAnodeModeSummaryOfTheArbinRes() throws IOException {
        Path res = RefData.cycling("cellpy/20160805_test001_45_cc_01.res");
        Path golden = RefData.cycling("cellpy/goldens/pipeline_smoke/summary.csv.gz");
        List<double[]> rows = csv(golden, "cycle_num", "charge_capacity", "discharge_capacity", "coulombic_efficiency");
        Recording r = RecordingFiles.read(res);
        List<CycleMetrics> cycles = CycleSummary.of(r, CycleOptions.defaults()
                .withCeMode(CoulombicEfficiencyMode.CHARGE_OVER_DISCHARGE));
        assertThat(rows).hasSize(18);
        for (double[] g : rows) {
            CycleMetrics m = cycles.stream().filter(c -> c.cycle() == (int) g[0]).findFirst().orElseThrow();
            assertThat(m.chargeCapacityAh()).as("cycle %d charge", m.cycle()).isCloseTo(g[1], within(g[1] * 1e-6)); // Ah
            assertThat(m.dischargeCapacityAh()).as("cycle %d discharge", m.cycle()).isCloseTo(g[2], within(g[2] * 1e-6)); // Ah
            assertThat(m.coulombicEfficiencyPercent()).as("cycle %d CE", m.cycle()).isCloseTo(g[3], within(g[3] * 1e-6)); // %
        }
    }

    @Test
    void newareNdaxPerCycleCapacitiesMatchItsBtsdaExport() throws IOException {
        Recording ndax = RecordingFiles.read(RefData.cycling("fastnda/nw4-120-1-6-53.ndax"));
        Recording btsda = RefData.btsda(RefData.cycling("fastnda/nw4-120-1-6-53.btsda.csv.gz"));
        List<CycleMetrics> ours = CycleSummary.of(ndax, CycleOptions.defaults());
        List<CycleMetrics> ref = CycleSummary.of(btsda, CycleOptions.defaults());
        assertThat(ours).hasSize(150);
        assertThat(ref).hasSize(150);
        for (int k = 0; k < 150; k++) {
            // fastnda's capacity tolerance: 6e-4 mAh = 6e-7 Ah
            assertThat(ours.get(k).chargeCapacityAh()).as("cycle %d charge", k + 1)
                    .isCloseTo(ref.get(k).chargeCapacityAh(), within(6e-7));
            assertThat(ours.get(k).dischargeCapacityAh()).as("cycle %d discharge", k + 1)
                    .isCloseTo(ref.get(k).dischargeCapacityAh(), within(6e-7));
        }
    }

    private static List<double[]> csv(Path gz, String... names) throws IOException {
        List<double[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)),
                StandardCharsets.UTF_8))) {
            List<String> head = List.of(r.readLine().split(",", -1));
            int[] idx = new int[names.length];
            for (int i = 0; i < names.length; i++) {
                idx[i] = head.indexOf(names[i]);
            }
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",", -1);
                double[] row = new double[names.length];
                for (int i = 0; i < names.length; i++) {
                    row[i] = Double.parseDouble(f[idx[i]]);
                }
                out.add(row);
            }
        }
        return out;
    }
}
