package org.elyte.sim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;

import org.elyte.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class StepParserTest {
    private static final StepParser P = StepParser.standard();

    private static Step parse(String s) {
        return P.parse(s);
    }

    // experiment_strings.md §5.1 canonical accepted examples (values exact to 1e-12 in SI units)
    @Test
    void canonicalExamples() {
        Step s = parse("Discharge at 1C for 0.5 hours");
        assertThat(s).isInstanceOf(Step.CRate.class);
        assertThat(((Step.CRate) s).cRate()).isEqualTo(1.0);
        assertThat(s.durationS()).isEqualTo(1800.0); // s

        s = parse("Discharge at C/20 for 1h (2 minute period)");
        assertThat(((Step.CRate) s).cRate()).isCloseTo(0.05, within(1e-15)); // 1/h
        assertThat(s.durationS()).isEqualTo(3600.0);
        assertThat(s.limits().periodS().getAsDouble()).isEqualTo(120.0);

        s = parse("Charge at 0.5 C for 45 minutes");
        assertThat(((Step.CRate) s).cRate()).isEqualTo(-0.5);
        assertThat(s.durationS()).isEqualTo(2700.0);

        s = parse("Discharge at 1 A for 0.5 hours");
        assertThat(((Step.Current) s).amps()).isEqualTo(1.0);
        assertThat(s.durationS()).isEqualTo(1800.0);

        s = parse("Charge at 200 mA for 45 minutes");
        assertThat(((Step.Current) s).amps()).isCloseTo(-0.2, within(1e-15)); // A
        assertThat(s.durationS()).isEqualTo(2700.0);

        s = parse("Discharge at 1W for 0.5 hours");
        assertThat(((Step.Power) s).watts()).isEqualTo(1.0);

        s = parse("Charge at 200mW for 45 minutes");
        assertThat(((Step.Power) s).watts()).isCloseTo(-0.2, within(1e-15)); // W
        assertThat(s.durationS()).isEqualTo(2700.0);

        s = parse("Rest for 10 minutes");
        assertThat(s).isInstanceOf(Step.Rest.class);
        assertThat(s.durationS()).isEqualTo(600.0);

        s = parse("Hold at 1V for 20 seconds");
        assertThat(((Step.Voltage) s).volts()).isEqualTo(1.0);
        assertThat(s.durationS()).isEqualTo(20.0);

        s = parse("Charge at 1 C until 4.1V");
        assertThat(((Step.CRate) s).cRate()).isEqualTo(-1.0);
        assertThat(s.durationS()).isEqualTo(7200.0); // default 2/|C| h
        assertThat(s.limits().terminations()).containsExactly(new Termination.Voltage(4.1, Optional.empty()));

        s = parse("Hold at 4.1 V until 50mA");
        assertThat(((Step.Voltage) s).volts()).isEqualTo(4.1);
        assertThat(s.durationS()).isEqualTo(86400.0);
        Termination.Current ct = (Termination.Current) s.limits().terminations().get(0);
        assertThat(ct.amps()).isCloseTo(0.05, within(1e-15)); // A

        s = parse("Hold at 3V until C/50");
        assertThat(s.durationS()).isEqualTo(86400.0);
        assertThat(((Termination.CRate) s.limits().terminations().get(0)).cRate()).isCloseTo(0.02, within(1e-15));

        s = parse("Discharge at C/3 for 2 hours or until 2.5 V");
        assertThat(((Step.CRate) s).cRate()).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(s.durationS()).isEqualTo(7200.0);
        assertThat(s.limits().terminations()).containsExactly(new Termination.Voltage(2.5, Optional.empty()));
    }

    @Test
    void issueExamplesAndUnits() {
        assertThat(((Step.CRate) parse("Discharge at 0.5C until 2.5 V")).cRate()).isEqualTo(0.5);
        assertThat(parse("Rest for 1 hour").durationS()).isEqualTo(3600.0);
        assertThat(((Step.CRate) parse("Charge at C/3 until 4.2 V")).cRate()).isCloseTo(-1.0 / 3, within(1e-15));
        assertThat(parse("Hold at 4.2 V until C/50")).isInstanceOf(Step.Voltage.class);
        assertThat(parse("Rest for 2 days").durationS()).isEqualTo(172800.0); // extension (quirk 7)
        assertThat(parse("Rest for 3 d").durationS()).isEqualTo(259200.0);
        assertThat(parse("Rest for 5 min").durationS()).isEqualTo(300.0);
        assertThat(parse("Rest for 5 m").durationS()).isEqualTo(300.0);
        assertThat(parse("Rest for 2 hr").durationS()).isEqualTo(7200.0);
        assertThat(parse("Rest for 7 sec").durationS()).isEqualTo(7.0);
        assertThat(parse("Rest for 7s").durationS()).isEqualTo(7.0);
        assertThat(parse("Rest for 1 second").durationS()).isEqualTo(1.0);
        assertThat(((Step.Resistance) parse("Discharge at 500 mOhm for 1 hour")).ohms()).isCloseTo(0.5, within(1e-15));
        assertThat(((Step.CRate) parse("Discharge at 1e-1C for 1 hour")).cRate()).isCloseTo(0.1, within(1e-15));
        Step s = parse("Discharge at 1 A until < 2.5 V");
        assertThat(s.limits().terminations()).containsExactly(new Termination.Voltage(2.5, Optional.of(Operator.LESS)));
        s = parse("Charge at 1 A until >4.2 V");
        assertThat(s.limits().terminations().get(0).operator()).contains(Operator.GREATER);
    }

    // experiment_strings.md §5.1 canonical rejections, PyBaMM wording kept
    @Test
    void canonicalRejections() {
        assertThatThrownBy(() -> P.parse(null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Input to step.string() must be a string");
        for (String s : List.of("Discharge at 1 A at 2 hours", "Do at 1 A")) {
            rejects(s, "Operating conditions must contain keyword 'for' or 'until'. For example:");
        }
        rejects("Run at 1 A for 2 hours", "Simulating drive cycles with 'Run' has been deprecated. Use the "
                + "pybamm.step.current/voltage/power/c_rate/resistance() functions instead.");
        for (String s : List.of("Play at 1 A for 2 hours", "Cell Charge at 1 A for 2 hours")) {
            rejects(s, "Instruction must be 'discharge', 'charge', 'rest', or 'hold'. For example:");
        }
        rejects("Discharge at 1 B for 2 hours", "units must be 'A', 'V', 'W', 'Ohm', or 'C'. For example:");
        rejects("Discharge at 1 A for 2 years", "time units must be 'seconds', 'minutes' or 'hours'.");
        rejects("Discharge at 1C for 1 hour at 298.15oC",
                "Temperature must be specified as a keyword argument instead of in the string");
        assertThatThrownBy(() -> P.parse("Discharge at 1C for 1 hour (1 minute period)",
                StepKeywords.NONE.withPeriodS(60))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Period cannot be specified both as a keyword argument and in the string");
    }

    @Test
    void errorNamesStringAndPosition() {
        String text = "Discharge at 1 B for 2 hours";
        assertThatThrownBy(() -> parse(text)).hasMessageContaining("\"" + text + "\"")
                .hasMessageContaining("position " + text.indexOf('B'));
        String spaced = "Discharge  at 1 B for 2 hours"; // position maps back to the original text
        assertThatThrownBy(() -> parse(spaced)).hasMessageContaining("position " + spaced.indexOf('B'));
        String years = "Discharge at 1 A for 2 years";
        assertThatThrownBy(() -> parse(years)).hasMessageContaining("position " + years.indexOf("years"));
        String twoAt = "Discharge at 1 A at 2 hours";
        assertThatThrownBy(() -> parse(twoAt)).hasMessageContaining("position " + twoAt.indexOf(" at 2"));
    }

    // §5.3 quirk 1: runs of whitespace are normalised
    @Test
    void quirk1WhitespaceNormalised() {
        assertThat(parse("Discharge at 1C  for 1 hour")).isEqualTo(parse("Discharge at 1C for 1 hour"));
        assertThat(parse("  Discharge\tat 1C for\n1 hour ")).isEqualTo(parse("Discharge at 1C for 1 hour"));
        rejects("discharge at 1C for 1 hour", "Instruction must be"); // still case-sensitive
    }

    // §5.3 quirk 2: Hold only with V or W; Charge/Discharge reject V
    @Test
    void quirk2HoldAndVoltageSign() {
        rejects("Charge at 4.2 V for 1 hour", "'Hold at 4.2 V");
        rejects("Discharge at 3 V for 1 hour", "flip the sign");
        rejects("Hold at 1 A for 1 hour", "'Hold' takes a voltage (V) or power (W)");
        rejects("Hold at 1C for 1 hour", "'Hold' takes a voltage (V) or power (W)");
        assertThat(((Step.Power) parse("Hold at 2 W for 1 hour")).watts()).isEqualTo(2.0);
    }

    // §5.3 quirk 3: a voltage termination without direction needs an operator
    @Test
    void quirk3UndirectedVoltageTermination() {
        rejects("Rest until 4 V", "write 'until < 4 V' or 'until > 4 V'");
        rejects("Hold at 4.2 V until 4.1 V", "never fires without an operator");
        rejects("Discharge at 0 A until 3 V", "never fires");
        Step s = parse("Rest until < 4 V");
        assertThat(s.limits().terminations()).containsExactly(new Termination.Voltage(4, Optional.of(Operator.LESS)));
        assertThat(parse("Hold at 4.2 V until > 4.1 V").durationS()).isEqualTo(86400.0);
    }

    // §5.3 quirk 4: W and Ohm terminations are rejected with a message, not a KeyError
    @Test
    void quirk4UnsupportedTerminations() {
        rejects("Discharge at 1 A until 1 W", "a termination must be a voltage (V), a current (A) or a C-rate (C)");
        rejects("Discharge at 1 A until 2 Ohm", "a termination must be a voltage (V)");
    }

    // §5.3 quirk 5: ' or' only before 'until'; several terminations; 'for' after 'until' rejected
    @Test
    void quirk5OrAndOrder() {
        Step s = parse("Discharge at 1C until 2.5 V or until 50 mA");
        assertThat(s.limits().terminations()).hasSize(2);
        assertThat(parse("Discharge at C/3 for 2 hours until 2.5 V"))
                .isEqualTo(parse("Discharge at C/3 for 2 hours or until 2.5 V"));
        rejects("Discharge at 1C until 2.5 V for 1 hour", "'for' must come before 'until'");
        rejects("Discharge at 1C or for 1 hour", "Operating conditions must contain");
        rejects("Discharge at 1C for 1 hour or 2.5 V", "expected the end of the step");
    }

    // §5.3 quirk 6: 'Rest at' rejected; mC kept as milli-C-rate
    @Test
    void quirk6RestValueAndMilliC() {
        rejects("Rest at 1 A for 1 h", "'Rest' takes no value");
        assertThat(((Step.CRate) parse("Discharge at 500 mC for 1 h")).cRate()).isCloseTo(0.5, within(1e-15));
    }

    // §5.3 quirk 7: only C/N fractions; no k or µ prefixes
    @Test
    void quirk7FractionsAndPrefixes() {
        rejects("Discharge at 1/2 C for 1 hour", "units must be");
        rejects("Discharge at 1 kA for 1 hour", "units must be");
        rejects("Discharge at C/0 for 1 hour", "C/N");
        rejects("Rest for 0 hours", "positive");
        rejects("Rest for -1 hours", "positive");
    }

    @Test
    void periodAndTemperature() {
        rejects("Discharge at 1C for 1 hour (2 minute period) extra", "period must come last");
        rejects("Discharge at 1C for 1 hour (2 minute period", "period must come last");
        Step s = P.parse("Rest for 1 hour", StepKeywords.NONE.withTemperature("25oC").withTags(List.of("rest")));
        assertThat(s.limits().temperatureK().getAsDouble()).isCloseTo(298.15, within(1e-9)); // K
        assertThat(s.limits().tags()).containsExactly("rest");
        assertThat(StepKeywords.temperatureK("298.15 K")).isEqualTo(298.15);
        assertThat(StepKeywords.temperatureK("-5oC")).isCloseTo(268.15, within(1e-9)); // K
        assertThat(StepKeywords.temperatureK("300")).isEqualTo(300.0);
        rejects("Discharge at 1C for 1 hour at 298 K", "Temperature must be specified as a keyword argument");
        Step legacy = StepParser.legacy().parse("Discharge at 1C for 1 hour at 25oC (1 minute period)");
        assertThat(legacy.limits().temperatureK().getAsDouble()).isCloseTo(298.15, within(1e-9)); // K
        assertThat(legacy.limits().periodS().getAsDouble()).isEqualTo(60.0);
        assertThat(StepParser.legacy().parse("Rest for 1 hour at 330 K").limits().temperatureK().getAsDouble())
                .isEqualTo(330.0);
    }

    @Test
    void garbageNeverEscapesAsOtherException() {
        for (String s : List.of("", " ", "Discharge at", "Discharge at for 1 h", "Discharge at C/ for 1 h",
                "Discharge at 1..2C for 1 h", "Discharge at 1C for", "Discharge at 1C until", "Rest for h",
                "Discharge at 1C for 1 hour or until", "Discharge at 1C for 1e999 hours", "( period)",
                "Rest for 1 hour (x period)", "Discharge at 1C until <", "Discharge at -e C for 1 h")) {
            assertThatThrownBy(() -> parse(s)).as(s).isInstanceOf(InvalidInputException.class);
        }
    }

    private static void rejects(String text, String message) {
        assertThatThrownBy(() -> parse(text)).as(text).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(message);
    }
}
