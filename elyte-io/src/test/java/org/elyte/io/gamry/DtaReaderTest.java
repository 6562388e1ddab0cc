package org.elyte.io.gamry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.io.eis.ImpedanceFiles;
import org.elyte.io.source.RefFiles;
import org.junit.jupiter.api.Test;

/** Aborted Gamry runs are read up to the last complete row, with a warning. */
class DtaReaderTest {
    private static final String REF = "impedance.py/exampleDataGamry.DTA";

    private static String text() {
        return new String(RefFiles.shippedBytes(REF), StandardCharsets.ISO_8859_1);
    }

    private static ImpedanceSpectrum read(String text) {
        List<ImpedanceSpectrum> s = ImpedanceFiles.read("aborted.DTA", text.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(s).hasSize(1);
        return s.get(0);
    }

    @Test
    void partialLastRowIsDroppedWithWarning() {
        String t = text();
        // cut inside the last row "\t71\t861\t0.0158898\t17007.49\t-6635.557\t..."
        String cut = t.substring(0, t.lastIndexOf("\t-6635.557") + 5);
        ImpedanceSpectrum s = read(cut);
        assertThat(s.size()).isEqualTo(71);
        assertThat(s.frequencyHz(70)).isEqualTo(0.0200064); // Hz, row 70 is the last complete one
        assertThat(s.metadata().get("warnings").orElseThrow()).contains("partial last ZCURVE row").contains("line 520");
    }

    @Test
    void experimentAbortedKeyAndShortTableAreWarned() {
        String t = text();
        int row40 = t.indexOf("\n\t40\t", t.indexOf("ZCURVE\tTABLE")) + 1;
        String shortened = t.substring(0, row40) + "EXPERIMENTABORTED\tLABEL\tyes\tAborted\n";
        shortened = shortened.replace("ZCURVE\tTABLE", "ZCURVE\tTABLE\t72");
        ImpedanceSpectrum s = read(shortened);
        assertThat(s.size()).isEqualTo(40);
        assertThat(s.metadata().get("warnings").orElseThrow()).contains("EXPERIMENTABORTED").contains("states 72 rows");
    }

    @Test
    void decimalCommaAndCrlf() {
        String t = text().replace("\n", "\r\n");
        StringBuilder sb = new StringBuilder();
        for (String line : t.split("\r\n", -1)) {
            sb.append(line.startsWith("\t") ? line.replace('.', ',') : line).append("\r\n");
        }
        ImpedanceSpectrum s = read(sb.toString());
        assertThat(s.size()).isEqualTo(72);
        assertThat(s.frequencyHz(0)).isEqualTo(200015.6); // Hz
        assertThat(s.imag(71)).isEqualTo(-6635.557); // ohm
    }
}
