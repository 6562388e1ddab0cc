package org.elyte.analysis.eis.circuit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.elyte.core.error.InvalidInputException;
import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CircuitParserTest {

    @ParameterizedTest
    @ValueSource(strings = {"R0", "R0-p(R1,C1)-p(R2-Wo1,C2)", "p(R1,CPE1)-p(R2,CPE2)-CPE3", "R0-p(R1-Wo1,C1)",
        "L0-R0-p(R1,p(R2,C2)-Ws1,La1)-G1-Gs1-Zarc1-K1-W1", "p(R1)"})
    void roundTrips(String text) {
        Circuit c = Circuit.parse(text);
        assertThat(c.toString()).isEqualTo(text);
        assertThat(Circuit.parse(c.toString()).toString()).isEqualTo(c.toString());
        assertThat(Circuit.parse(c.toString())).isEqualTo(c);
    }

    @Test
    void whitespaceAndNestedSeriesAreCanonicalised() {
        assertThat(Circuit.parse(" R0 - p( R1 - Wo1 , C1 ) ").toString()).isEqualTo("R0-p(R1-Wo1,C1)");
    }

    @Test
    void parameterNamesFollowImpedancePy() {
        Circuit c = Circuit.parse("R0-p(R1,C1)-p(R2-Wo1,C2)");
        assertThat(c.parameterNames()).containsExactly("R0", "R1", "C1", "R2", "Wo1_0", "Wo1_1", "C2");
        assertThat(c.parameterUnits()).containsExactly("ohm", "ohm", "F", "ohm", "ohm", "s", "F");
        assertThat(c.parameterCount()).isEqualTo(7);
    }

    @ParameterizedTest
    @CsvSource({"R1,R1,ohm", "C1,C1,F", "L1,L1,H", "CPE1,CPE1_0 CPE1_1,F s^(n-1) 1", "W1,W1,ohm s^-1/2",
        "Wo1,Wo1_0 Wo1_1,ohm s", "Ws1,Ws1_0 Ws1_1,ohm s", "La1,La1_0 La1_1,H s^(alpha-1) 1",
        "G1,G1_0 G1_1,ohm s", "Gs1,Gs1_0 Gs1_1 Gs1_2,ohm s 1", "Zarc1,Zarc1_0 Zarc1_1 Zarc1_2,ohm s 1",
        "K1,K1_0 K1_1,ohm s"})
    void everyElementHasNamedParameters(String text, String names, String units) {
        Circuit c = Circuit.parse(text);
        assertThat(c.parameterNames()).isEqualTo(List.of(names.split(" ")));
        assertThat(String.join(" ", c.parameterUnits())).isEqualTo(units);
    }

    @Test
    void exponentsHaveUnitUpperBound() {
        Circuit c = Circuit.parse("p(R1,CPE1)-Zarc2");
        assertThat(c.parameterSpecs().get(2).kind()).isEqualTo(ParameterKind.EXPONENT);
        assertThat(c.parameterSpecs().get(2).upper()).isEqualTo(1.0);
        assertThat(c.parameterSpecs().get(5).kind()).isEqualTo(ParameterKind.EXPONENT);
        assertThat(c.parameterSpecs().get(0).kind()).isEqualTo(ParameterKind.POSITIVE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "R0-X1|position 4: unknown element 'X'",
        "R0-p(R1,C1|position 4: unbalanced parenthesis",
        "R0-p(R1,C1))|position 12: unbalanced parenthesis: ')'",
        "R0-p()|position 4: empty parallel",
        "R0-p(R1,R0)|position 9: duplicate element id 'R0'",
        "R0-|position 4: expected an element or 'p(' but found end of circuit",
        "R-C1|position 2: expected an element number after 'R'",
        "R0,C1|position 3: expected '-' or end of circuit but found ','",
        "p R1|position 3: expected '(' after 'p'",
        "R0-p(R1 C1)|position 9: expected ',' or ')' but found 'C'"})
    void errorsNamePositionAndExpectation(String text, String message) {
        assertThatThrownBy(() -> Circuit.parse(text)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(message).hasMessageContaining(text);
    }

    @Test
    void emptyCircuitIsRejected() {
        assertThatThrownBy(() -> Circuit.parse("  ")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void wrongParameterCountIsRejected() {
        Circuit c = Circuit.parse("R0-C1");
        assertThatThrownBy(() -> c.impedance(new double[] {1}, 1.0)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("2 parameters");
    }

    @Test
    void randlesImpedanceMatchesReference() {
        // EXPECTED.md C1: model Z(10 Hz) = 0.0251618 − 0.00601304j at the reference parameters
        Circuit c = Circuit.parse("R0-p(R1-Wo1,C1)");
        Complex z = c.impedance(new double[] {1.86236e-2, 1.16804e-2, 6.27121e-2, 221.233, 1.17171}, 10.0);
        assertThat(z.getReal()).isCloseTo(0.0251618, within(0.0251618 * 1e-5)); // ohm
        assertThat(z.getImaginary()).isCloseTo(-0.00601304, within(0.00601304 * 1e-5)); // ohm
    }

    @Test
    void simpleElementsHaveTextbookImpedance() {
        double f = 159.15494309189535; // ω = 1000 rad/s
        assertThat(Circuit.parse("C1").impedance(new double[] {1e-6}, f).getImaginary())
                .isCloseTo(-1000, within(1e-9)); // ohm
        assertThat(Circuit.parse("L1").impedance(new double[] {1e-3}, f).getImaginary())
                .isCloseTo(1, within(1e-12)); // ohm
        Complex w = Circuit.parse("W1").impedance(new double[] {10}, f);
        assertThat(w.getReal()).isCloseTo(10 / Math.sqrt(1000), within(1e-12)); // ohm
        assertThat(w.getImaginary()).isCloseTo(-10 / Math.sqrt(1000), within(1e-12)); // ohm
        Complex cpe = Circuit.parse("CPE1").impedance(new double[] {1e-6, 1.0}, f);
        assertThat(cpe.getImaginary()).isCloseTo(-1000, within(1e-8)); // ohm: n = 1 is a capacitor
        Complex la = Circuit.parse("La1").impedance(new double[] {1e-3, 1.0}, f);
        assertThat(la.getImaginary()).isCloseTo(1, within(1e-12)); // ohm: α = 1 is an inductor
        Complex k = Circuit.parse("K1").impedance(new double[] {100, 1e-3}, f);
        assertThat(k.getReal()).isCloseTo(50, within(1e-9)); // ohm: ωτ = 1 is the apex
        assertThat(k.getImaginary()).isCloseTo(-50, within(1e-9)); // ohm
        Complex zarc = Circuit.parse("Zarc1").impedance(new double[] {100, 1e-3, 1.0}, f);
        assertThat(zarc.getReal()).isCloseTo(50, within(1e-9)); // ohm: φ = 1 is a Voigt element
    }
}
