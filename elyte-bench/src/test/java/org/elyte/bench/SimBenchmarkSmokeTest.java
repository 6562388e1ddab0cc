package org.elyte.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Runs {@link SimBenchmark}'s {@code @Setup} (which checks the §6.1 capacity fractions and the
 * impedance limits and throws when they no longer match) and one invocation of each benchmark,
 * so that {@code verify} proves the benchmarks still work. Not a timing test.
 */
class SimBenchmarkSmokeTest {

    @Test
    void simBenchmarkReproducesReferences() {
        SimBenchmark b = new SimBenchmark();
        b.setup();
        assertThat(SimBenchmark.fraction(b.discharge1C20()))
                .isCloseTo(SimBenchmark.HSE_1C_FRACTION, within(0.01)); // fraction of nominal, §6.1 tolerance
        assertThat(SimBenchmark.fraction(b.discharge1C80()))
                .isCloseTo(SimBenchmark.HSE_1C_FRACTION, within(0.01)); // fraction of nominal
        double[] table = b.rateTest();
        assertThat(table).hasSize(7);
        assertThat(table[4]).isCloseTo(SimBenchmark.HSE_2C_FRACTION, within(0.01)); // fraction, 2C ends by depletion
        assertThat(b.eisHalfCell().size()).isEqualTo(60);
        assertThat(b.eisSymmetric().size()).isEqualTo(60);
    }

    @Test
    void referenceGuardRejectsAWrongNumber() {
        assertThatThrownBy(() -> SimBenchmark.requireWithin("capacity", 0.9, SimBenchmark.HSE_1C_FRACTION, 0.01))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("capacity");
    }
}
