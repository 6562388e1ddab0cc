package org.elyte.io.eis;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.elyte.core.error.FormatException;
import org.elyte.io.source.RefFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of bad input ends in a FormatException naming the file and the line (or byte offset). */
class BadInputTest {

    private static void assertFails(String name, String text, String located, String detail) {
        assertFails(name, text.getBytes(StandardCharsets.ISO_8859_1), located, detail);
    }

    private static void assertFails(String name, byte[] bytes, String located, String detail) {
        assertThatThrownBy(() -> ImpedanceFiles.read(name, bytes)).isInstanceOf(FormatException.class)
                .hasMessageStartingWith(name + ", " + located + ":").hasMessageContaining(detail);
    }

    @Test
    void emptyFile() {
        assertThatThrownBy(() -> ImpedanceFiles.read("empty.csv", new byte[0])).isInstanceOf(FormatException.class)
                .hasMessage("empty.csv: the file is empty (0 bytes); expected impedance data");
    }

    @Test
    void binaryGarbageWithNul() {
        byte[] b = {'1', ',', '2', ',', '3', '\n', 0x00, (byte) 0xFF, 0x13};
        assertFails("garbage.bin", b, "byte offset 6", "NUL byte");
    }

    @Test
    void invalidTextWithControlCharacters() {
        byte[] b = new byte[400];
        java.util.Random r = new java.util.Random(7);
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (1 + r.nextInt(255));
        }
        assertThatThrownBy(() -> ImpedanceFiles.read("noise.dat", b)).isInstanceOf(FormatException.class)
                .hasMessageStartingWith("noise.dat: ").hasMessageContaining("control characters");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "truncated row    | 1,2,-3\\n10,2.5,-4\\n100,3 | line 3 | expected 3 columns",
        "truncated number | 1,2,-3\\n10,2.5,-4\\n100,3,-4e | line 3 | expected a number for Z''",
        "NaN              | 1,2,-3\\n10,NaN,-4\\n | line 2 | expected a finite number",
        "Inf              | 1,2,-3\\n10,2,-Infinity\\n | line 2 | expected a finite number",
        "negative f       | 1,2,-3\\n-10,2,-4\\n | line 2 | frequency must be positive",
        "zero f           | 0,2,-3\\n10,2,-4\\n | line 1 | frequency must be positive",
        "duplicate f      | 1,2,-3\\n10,2,-4\\n1,2.5,-3.5\\n | line 3 | appears twice in one spectrum (first on line 1)",
        "column count     | f;Z';Z''\\n1;2;-3\\n10;2 | line 3 | expected 3 columns",
        "no data rows     | f,Z',Z''\\n# nothing measured\\n | line 2 | without a data row",
        "two columns      | 1,2\\n10,3\\n | line 1 | at least 3 columns"})
    void plainText(String label, String text, String line, String detail) {
        assertFails("bad.csv", text.replace("\\n", "\n"), line, detail);
    }

    @Test
    void mptRowWithTooFewColumns() {
        assertFails("short.mpt", "freq/Hz\tRe(Z)/Ohm\t-Im(Z)/Ohm\tcycle number\n1000\t1\t2\t1\n100\t2\t3\n",
                "line 3", "expected 4 tab-separated columns");
    }

    @Test
    void mptHeaderCountBeyondFile() {
        assertFails("header.mpt", "EC-Lab ASCII FILE\nNb header lines : 99\n\nfreq/Hz\tRe(Z)/Ohm\t-Im(Z)/Ohm\n",
                "line 2", "header line count 99");
    }

    @Test
    void mptDuplicateFrequencyInOneLoop() {
        assertFails("dup.mpt", "freq/Hz\tRe(Z)/Ohm\t-Im(Z)/Ohm\tcycle number\n1000\t1\t2\t1\n1000\t2\t3\t1\n",
                "line 3", "appears twice");
    }

    @Test
    void gamryWithoutZCurveRows() {
        String t = new String(RefFiles.shippedBytes("impedance.py/exampleDataGamry.DTA"), StandardCharsets.ISO_8859_1);
        String cut = t.substring(0, t.indexOf("ZCURVE\tTABLE")) + "ZCURVE\tTABLE\n\tPt\tFreq\tZreal\tZimag\n\t#\tHz\tohm\tohm\n";
        assertFails("empty.DTA", cut, "line 446", "no complete data rows");
    }

    @Test
    void gamryNanInsideTable() {
        String t = new String(RefFiles.shippedBytes("impedance.py/exampleDataGamry.DTA"), StandardCharsets.ISO_8859_1);
        String bad = t.replace("\t1100.361\t", "\tNaN\t");
        assertFails("nan.DTA", bad, "line 450", "finite number");
    }

    @Test
    void zplotTruncatedRow() {
        String t = new String(RefFiles.shippedBytes("impedance.py/exampleDataZPlot_noComments.z"),
                StandardCharsets.ISO_8859_1);
        assertFails("cut.z", t.substring(0, t.length() - 30), "line 41", "expected 9 comma-separated columns");
    }

    @Test
    void neisysNegativeFrequency() {
        assertFails("neg.txt", "s1\nFixed value(s) :  AC Volt  [Vrms]=3.5e-02\nFreq.[Hz]\tZs'[ohm]\tZs''[ohm]\n"
                + " 1e6\t 2e4\t-5e4\n -1e5\t 3e4\t-6e4\n", "line 5", "frequency must be positive");
    }

    @Test
    void missingFileIsUnreadable(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("nope.mpt");
        assertThatThrownBy(() -> ImpedanceFiles.read(missing)).isInstanceOf(FormatException.class)
                .hasMessageStartingWith("nope.mpt: cannot read").hasCauseInstanceOf(IOException.class);
        Path d = Files.createDirectory(dir.resolve("adir.csv"));
        assertThatThrownBy(() -> ImpedanceFiles.read(d)).isInstanceOf(FormatException.class);
    }
}
