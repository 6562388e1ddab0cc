package org.elyte.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.io.eis.ImpedanceFiles;
import org.elyte.io.eis.ImpedanceFormat;
import org.junit.jupiter.api.Test;

/** Separators, decimal commas, headers and the sign decision of the plain text reader. */
class PlainTextReaderTest {

    private static ImpedanceSpectrum read(String name, String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        assertThat(ImpedanceFiles.detect(name, b)).isEqualTo(ImpedanceFormat.PLAIN_TEXT);
        return ImpedanceFiles.read(name, b).get(0);
    }

    @Test
    void semicolonsWithDecimalCommaAndHeader() {
        ImpedanceSpectrum s = read("excel.csv", "Frequency (Hz);Z' (Ohm);-Z'' (Ohm)\r\n"
                + "1000,5;10,25;0,5\r\n100;12,5;3,25\r\n1;20;8\r\n");
        assertThat(s.frequenciesHz()).containsExactly(1000.5, 100, 1); // Hz
        assertThat(s.reals()).containsExactly(10.25, 12.5, 20); // ohm
        assertThat(s.imags()).containsExactly(-0.5, -3.25, -8); // ohm, -Z'' negated
        assertThat(s.metadata().get("text.separator")).contains("semicolon");
        assertThat(s.metadata().get("text.decimal")).contains("comma");
        assertThat(s.metadata().get(PlainTextReader.SIGN_KEY).orElseThrow()).contains("negated");
    }

    @Test
    void headerlessMinusZImagIsDetectedBySign() {
        // capacitive arc written as -Z'' (positive) at low frequency, a small inductive tail at the top
        ImpedanceSpectrum s = read("arc.txt", "10000 1.0 -0.2\n1000 1.5 0.4\n100 3.0 1.5\n10 5.0 1.0\n1 6.0 0.8\n");
        assertThat(s.imags()).containsExactly(0.2, -0.4, -1.5, -1.0, -0.8); // ohm, flipped
        assertThat(s.metadata().get(PlainTextReader.SIGN_KEY).orElseThrow()).startsWith("inferred").contains("negated");
    }

    @Test
    void headerlessSignedZImagIsKept() {
        ImpedanceSpectrum s = read("signed.txt", "1\t6\t-0.8\n10\t5\t-1\n100\t3\t-1.5\n1000\t1.5\t0.1\n");
        assertThat(s.imags()).containsExactly(-0.8, -1, -1.5, 0.1); // ohm
        assertThat(s.metadata().get(PlainTextReader.SIGN_KEY).orElseThrow()).contains("kept");
    }

    @Test
    void whitespaceSeparatedDecimalComma() {
        ImpedanceSpectrum s = read("comma.txt", "1,5 2,25 -0,5\n15 3,5 -1,25\n");
        assertThat(s.frequenciesHz()).containsExactly(1.5, 15); // Hz
        assertThat(s.reals()).containsExactly(2.25, 3.5); // ohm
        assertThat(s.metadata().get("text.separator")).contains("whitespace");
    }

    @Test
    void extraColumnsFoundByHeaderName() {
        ImpedanceSpectrum s = read("extra.csv", "time,Zre,Zim,freq,|Z|\n0,10,-1,100,10.05\n1,11,-2,10,11.2\n");
        assertThat(s.frequenciesHz()).containsExactly(100, 10); // Hz
        assertThat(s.reals()).containsExactly(10, 11); // ohm
        assertThat(s.imags()).containsExactly(-1, -2); // ohm, signed header name
    }

    @Test
    void minusImZHeaderIsNegated() {
        ImpedanceSpectrum s = read("h.csv", "# exported\nf/Hz,Re(Z)/Ohm,-Im(Z)/Ohm\n100,1,2\n10,1.5,3\n");
        assertThat(s.imags()).containsExactly(-2, -3); // ohm
    }
}
