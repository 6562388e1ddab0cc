package org.elyte.sim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.elyte.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class StepRoundTripTest {

    @Test
    void canonicalStringsRoundTrip() {
        for (String s : List.of("Discharge at 1C for 0.5 hours", "Discharge at C/20 for 1h (2 minute period)",
                "Charge at 0.5 C for 45 minutes", "Charge at 200 mA for 45 minutes", "Charge at 200mW for 45 minutes",
                "Rest for 10 minutes", "Hold at 1V for 20 seconds", "Charge at 1 C until 4.1V",
                "Hold at 4.1 V until 50mA", "Hold at 3V until C/50", "Discharge at C/3 for 2 hours or until 2.5 V",
                "Discharge at 500 mOhm for 1 hour", "Rest until < 4 V", "Discharge at 1C until 2.5 V or until 50 mA")) {
            Step step = Step.parse(s);
            assertThat(Step.parse(step.toString())).as(s + " -> " + step).isEqualTo(step);
        }
        assertThat(Step.parse("Discharge at C/3 for 2 hours or until 2.5 V").toString())
                .isEqualTo("Discharge at C/3 for 2 hours or until 2.5 V");
        assertThat(Step.parse("Charge at 200mA for 0.75 hours").toString()).isEqualTo("Charge at 200 mA for 45 minutes");
        assertThat(Step.parse("Hold at 4.1 V until 50mA").toString()).isEqualTo("Hold at 4.1 V until 50 mA");
        assertThat(Step.parse("Discharge at C/20 for 1h (2 minute period)").toString())
                .isEqualTo("Discharge at C/20 for 1 hour (2 minutes period)");
    }

    // Property: every generated step prints to a string that parses back to an equal step.
    @Test
    void generatedStepsRoundTrip() {
        qt().withExamples(3000).forAll(steps()).checkAssert(step -> {
            String text = step.toString();
            assertThat(Step.parse(text)).as(text).isEqualTo(step);
        });
    }

    // Property: arbitrary text either parses or fails with InvalidInputException, never anything else.
    @Test
    void arbitraryTextOnlyFailsWithOurException() {
        qt().withExamples(3000).forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 40)).checkAssert(s -> {
            try {
                Step.parse(s);
            } catch (InvalidInputException e) {
                assertThat(e.getMessage()).isNotEmpty();
            }
        });
        qt().withExamples(2000).forAll(integers().between(0, 40), integers().between(0, 127)).checkAssert((cut, ch) -> {
            String base = "Discharge at C/3 for 2 hours or until 2.5 V (1 minute period)";
            String mutated = base.substring(0, cut) + (char) ch.intValue() + base.substring(cut);
            try {
                Step.parse(mutated);
            } catch (InvalidInputException e) {
                assertThat(e.getMessage()).contains("position");
            }
        });
        assertThatThrownBy(() -> Step.parse("Rest")).isInstanceOf(InvalidInputException.class);
    }

    private static Gen<Step> steps() {
        Gen<Double> magnitude = doubles().between(1e-3, 50).map(d -> Math.rint(d * 1000) / 1000)
                .mix(integers().between(1, 100).map(n -> 1.0 / n), 30);
        Gen<Integer> kind = integers().between(0, 5);
        Gen<Integer> sign = integers().between(0, 1);
        Gen<Double> seconds = integers().between(1, 200_000).map(Integer::doubleValue)
                .mix(doubles().between(0.1, 1e5).map(d -> Math.rint(d * 10) / 10), 30);
        Gen<Integer> termMask = integers().between(0, 7);
        return kind.zip(sign, magnitude, seconds, termMask, (k, sg, m, sec, mask) -> build(k, sg, m, sec, mask));
    }

    private static Step build(int kind, int sign, double m, double sec, int mask) {
        double v = sign == 0 ? m : -m;
        List<Termination> terms = new ArrayList<>();
        if ((mask & 1) != 0) {
            terms.add(new Termination.Voltage(Math.rint(m * 100) / 100, Optional.of(Operator.LESS)));
        }
        if ((mask & 2) != 0) {
            terms.add(new Termination.Current(m / 7, Optional.empty()));
        }
        if ((mask & 4) != 0) {
            terms.add(new Termination.CRate(m, Optional.empty()));
        }
        OptionalDouble duration = terms.isEmpty() || sec > 50_000 ? OptionalDouble.of(sec) : OptionalDouble.empty();
        OptionalDouble period = mask == 5 ? OptionalDouble.of(sec / 100) : OptionalDouble.empty();
        StepLimits limits = new StepLimits(duration, terms, period, OptionalDouble.empty(), List.of());
        return switch (kind) {
            case 0 -> new Step.CRate(v, limits);
            case 1 -> new Step.Current(v, limits);
            case 2 -> new Step.Power(v, limits);
            case 3 -> new Step.Resistance(v, limits);
            case 4 -> new Step.Voltage(m, limits);
            default -> new Step.Rest(limits);
        };
    }
}
