package org.elyte.analysis.transference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.elyte.core.quantity.Quantity;
import org.elyte.core.recording.Recording;
import org.elyte.io.recording.RecordingFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** yadg (GPL) ca.issue_149: a 4-loop chronoamperometry from EC-Lab 11.50, read from elyte.refdata. */
class YadgChronoamperometryTest {

    @ParameterizedTest
    @ValueSource(strings = {"ca.issue_149.mpt", "ca.issue_149.mpr"})
    void firstLoopMatchesHandComputation(String name) throws Exception {
        Path file = Path.of(System.getProperty("elyte.refdata", "../shared/refdata"), "cycling", "yadg", name);
        Assumptions.assumeTrue(Files.exists(file), "yadg reference file absent (GPL, not bundled): " + file);
        Recording r = RecordingFiles.read(file);
        // first loop: 20 rows, t = 20.65 ... 30.10 s (the next loop starts at 221 s)
        CurrentDecay d = Chronoamperometry.analyze(r, ChronoamperometryOptions.defaults().withRange(0, 100));
        // hand computation from the .mpt text: I_0 = first <I> = 9.693702445496222E-003 mA
        assertThat(d.initialA()).isCloseTo(9.693702445496222e-6, within(1e-12)); // A
        // final window = last 10 % of 30.1026 - 20.6506 s = [29.157, 30.103] s: rows at 29.6506 and 30.1026 s
        assertThat(d.windowPoints()).isEqualTo(2);
        double iss = (1.106672584265470e-2 + 1.105896046475827e-2) / 2 * 1e-3;
        assertThat(d.steadyA()).isCloseTo(iss, within(1e-12)); // A
        // drift: slope x window / I_ss = (I_last - I_prev) / I_ss with two points
        assertThat(d.drift()).isCloseTo((1.105896046475827e-2 - 1.106672584265470e-2) * 1e-3 / iss, within(1e-6));
        assertThat(d.warnings()).anyMatch(w -> w.toLowerCase(Locale.ROOT).contains("current rose"));
        assertThat(r.has(Quantity.CURRENT)).isTrue();
    }
}
