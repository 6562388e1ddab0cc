package org.elyte.io.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.elyte.core.error.FormatException;
import org.junit.jupiter.api.Test;

/** Charset detection, line splitting and number parsing of the shared toolkit. */
class TextContentTest {

    @Test
    void mixedLineEndingsAndBom() {
        byte[] b = "\uFEFFa\r\nb\nc\rd".getBytes(StandardCharsets.UTF_8);
        TextContent t = TextContent.decode("x.txt", b);
        assertThat(t.lines()).containsExactly("a", "b", "c", "d");
        assertThat(t.charset()).isEqualTo("UTF-8");
    }

    @Test
    void invalidUtf8FallsBackToWindows1252() {
        byte[] b = {'C', 's', '/', (byte) 0xB5, 'F', ' ', (byte) 0x80, ' ', (byte) 0x81};
        TextContent t = TextContent.decode("x.mpt", b);
        assertThat(t.charset()).isEqualTo("windows-1252");
        assertThat(t.line(1)).isEqualTo("Cs/\u00B5F \u20AC \u0081"); // € from 0x80, undefined 0x81 as ISO-8859-1
    }

    @Test
    void numbersWithPointOrComma() {
        assertThat(Numbers.parse(" 6,700264E-010 ", "f", 1, "x")).isEqualTo(6.700264e-10);
        assertThat(Numbers.parse("\u22121.5e3", "f", 1, "x")).isEqualTo(-1500.0);
        assertThat(Numbers.isNumber("1d")).isFalse();
        assertThat(Numbers.isNumber("0x1p3")).isFalse();
        assertThat(Numbers.isNumber("1.234,5")).isFalse();
        assertThatThrownBy(() -> Numbers.parse("1e999", "f.csv", 4, "Z'")).isInstanceOf(FormatException.class)
                .hasMessageStartingWith("f.csv, line 4:");
    }

    @Test
    void columnNamesAreFoundWithUnitsAndPrimes() {
        assertThat(ImpedanceColumns.find(java.util.List.of("Freq(Hz)", "Z\u2032 (\u03A9)", "\u2212Z\u2033 (\u03A9)")))
                .contains(new ImpedanceColumns(0, 1, 2, true));
        assertThat(ImpedanceColumns.find(java.util.List.of("Pt", "Freq", "ZrealDrCor", "Zreal", "Zimag")))
                .contains(new ImpedanceColumns(1, 3, 4, false));
    }
}
