package org.elyte.sim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.elyte.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class ExperimentTest {

    // PyBaMM test_cycle_unpacking: a tuple is one cycle, a bare string a one-step cycle
    @Test
    void cycleUnpacking() {
        Experiment e = Experiment.parse(List.of("(Discharge at C/20 for 0.5 hours, Charge at C/5 for 45 minutes)",
                "Discharge at C/20 for 0.5 hours", "Charge at C/5 for 45 minutes"));
        assertThat(e.cycleLengths()).containsExactly(2, 1, 1);
        assertThat(e.steps()).hasSize(4);
    }

    @Test
    void repeatsAndTuplesWithPeriods() {
        Experiment e = Experiment.parse(List.of(
                "(Discharge at C/20 for 1h (2 minute period), Rest for 1 hour, Charge at C/3 until 4.2 V) * 3"));
        assertThat(e.cycleLengths()).containsExactly(3, 3, 3);
        assertThat(e.steps().get(0).limits().periodS().getAsDouble()).isEqualTo(120.0);
        assertThat(e.repeat(2).cycles()).hasSize(6);
        Experiment again = Experiment.parse(e.cycles().stream().map(Cycle::toString).toList());
        assertThat(again).isEqualTo(e);
        assertThatThrownBy(() -> e.repeat(0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Experiment.parse(List.of("(Rest for 1 hour"))).hasMessageContaining("')'");
        assertThatThrownBy(() -> Experiment.parse(List.of("(Rest for 1 hour) x 3"))).hasMessageContaining("'* N'");
        assertThatThrownBy(() -> Experiment.parse(List.of("Rest for 1 hour", "Rest for 1 year")))
                .hasMessageContaining("experiment item 2");
    }

    @Test
    void temperaturePrecedence() {
        Experiment e = Experiment.parse(List.of("Rest for 1 hour")).withTemperature("25oC");
        Step own = StepParser.standard().parse("Rest for 1 hour", StepKeywords.NONE.withTemperature("60oC"));
        assertThat(e.temperatureK(own, 300)).isCloseTo(333.15, within(1e-9)); // K: step wins
        assertThat(e.temperatureK(e.steps().get(0), 300)).isCloseTo(298.15, within(1e-9)); // K: experiment default
        Experiment bare = Experiment.parse(List.of("Rest for 1 hour"));
        assertThat(bare.temperatureK(bare.steps().get(0), 300)).isEqualTo(300.0); // ambient
        assertThat(e.withPeriod("1 minute").periodS().getAsDouble()).isEqualTo(60.0);
    }

    // experiment_strings.md §5.2 experiment terminations and PyBaMM's messages
    @Test
    void experimentTerminations() {
        Experiment e = Experiment.parse(List.of("Rest for 1 hour"))
                .withTerminations(List.of("80% capacity", "80.7 % capacity", "4 Ah capacity", "4.1 A.h capacity",
                        "2.5 V", "10 hours"));
        assertThat(e.terminations()).containsExactly(new ExperimentTermination.CapacityPercent(80),
                new ExperimentTermination.CapacityPercent(80.7), new ExperimentTermination.CapacityAh(4),
                new ExperimentTermination.CapacityAh(4.1), new ExperimentTermination.MinVoltage(2.5),
                new ExperimentTermination.TotalTime(36000));
        assertThatThrownBy(() -> e.withTerminations(List.of("80 capacity"))).hasMessageContaining(
                "Capacity termination must be given in the form '80%', '4Ah', or '4A.h'");
        assertThatThrownBy(() -> e.withTerminations(List.of("bla bla"))).hasMessageContaining(
                "Only capacity or voltage can be provided as a termination reason, e.g. '80% capacity', "
                        + "'4 Ah capacity', or '2.5 V'");
    }
}
