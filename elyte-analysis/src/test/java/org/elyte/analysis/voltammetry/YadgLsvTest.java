package org.elyte.analysis.voltammetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.elyte.core.recording.Recording;
import org.elyte.io.recording.RecordingFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** yadg (GPL) lsv: a cathodic sweep −0.06 → −4.0 V at 20 mV/s, EC-Lab 11.33, read from elyte.refdata. */
class YadgLsvTest {

    static Path ref(String name) {
        return Path.of(System.getProperty("elyte.refdata", "../shared/refdata"), "cycling", "yadg", name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lsv.mpt", "lsv.mpr"})
    void cathodicOnsetMatchesHandComputation(String name) throws Exception {
        Path file = ref(name);
        Path text = ref("lsv.mpt");
        Assumptions.assumeTrue(Files.exists(file) && Files.exists(text), "yadg reference file absent (GPL): " + file);
        // hand computation from the text export: columns Ewe/V (7th) and <I>/mA (8th) after 66 header lines;
        // with 1 cm2 and 10 mA/cm2 the onset is where -I last rises through 10 mA
        List<String> lines = Files.readAllLines(text, StandardCharsets.ISO_8859_1);
        int n = lines.size() - 66;
        double[] e = new double[n];
        double[] i = new double[n];
        for (int k = 0; k < n; k++) {
            String[] f = lines.get(66 + k).split("\t");
            e[k] = Double.parseDouble(f[6]);
            i[k] = Double.parseDouble(f[7]);
        }
        int k = n - 1;
        while (-i[k - 1] >= 10) {
            k--;
        }
        double expected = e[k - 1] + (10 + i[k - 1]) / (i[k - 1] - i[k]) * (e[k] - e[k - 1]);

        Recording r = RecordingFiles.read(file);
        StabilityWindowResult res = StabilityWindow.analyze(r, StabilityWindowOptions.of(1e-4).withThreshold(100));
        assertThat(res.sweeps()).hasSize(1);
        assertThat(res.anodic()).isEmpty();
        Onset o = res.cathodic().orElseThrow();
        assertThat(o.thresholdV()).isCloseTo(expected, within(1e-6)); // V (mpr floats vs mpt text: 1e-6 V)
        assertThat(o.thresholdV()).isBetween(-1.8, -1.6); // V, from the rows printed in SOURCES.md
        // the current keeps steepening, so the tangent at the steepest point meets the baseline beyond the
        // threshold onset but before the steepest point itself
        assertThat(o.tangentV()).isBetween(o.risePointV(), o.thresholdV()); // V
        assertThat(o.riseSlope()).isNegative(); // A m-2 V-1: reduction current grows as E falls
    }
}
