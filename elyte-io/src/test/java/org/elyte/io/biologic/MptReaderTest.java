package org.elyte.io.biologic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.core.recording.Metadata;
import org.elyte.io.eis.ImpedanceFiles;
import org.elyte.io.eis.ImpedanceFormat;
import org.elyte.io.source.RefFiles;
import org.junit.jupiter.api.Test;

/** Synthetic variants of the EC-Lab reference export: the reader must give the same points for each. */
class MptReaderTest {
    private static final String REF = "impedance.py/exampleDataBioLogic.mpt";
    private static final int HEADER_ROW = 61;

    private static List<String> lines() {
        String text = new String(RefFiles.shippedBytes(REF), StandardCharsets.ISO_8859_1);
        return new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    }

    private static byte[] latin1(List<String> lines, String eol) {
        return String.join(eol, lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static ImpedanceSpectrum reference() {
        return ImpedanceFiles.read(RefFiles.shipped(REF)).get(0);
    }

    private static void assertSamePoints(ImpedanceSpectrum actual, ImpedanceSpectrum expected) {
        assertThat(actual.frequenciesHz()).containsExactly(expected.frequenciesHz()); // Hz, exact
        assertThat(actual.reals()).containsExactly(expected.reals()); // ohm, exact
        assertThat(actual.imags()).containsExactly(expected.imags()); // ohm, exact
    }

    @Test
    void withoutSettingsBlock() {
        List<String> l = lines();
        List<String> bare = l.subList(HEADER_ROW - 1, l.size());
        byte[] bytes = latin1(bare, "\n");
        assertThat(ImpedanceFiles.detect("bare.mpt", bytes)).isEqualTo(ImpedanceFormat.BIOLOGIC_MPT);
        List<ImpedanceSpectrum> s = ImpedanceFiles.read("bare.mpt", bytes);
        assertThat(s).hasSize(1);
        assertSamePoints(s.get(0), reference());
        assertThat(s.get(0).metadata().get(Metadata.FORMAT_VERSION)).isEmpty();
    }

    @Test
    void crlfLineEndings() {
        ImpedanceSpectrum s = ImpedanceFiles.read("crlf.mpt", latin1(lines(), "\r\n")).get(0);
        assertSamePoints(s, reference());
        assertThat(s.metadata().get(Metadata.FORMAT_VERSION)).contains("11.18");
    }

    @Test
    void decimalComma() {
        List<String> l = lines();
        for (int i = HEADER_ROW; i < l.size(); i++) {
            l.set(i, l.get(i).replace('.', ','));
        }
        l.set(27, "Electrode surface area : 0,001 cm\u00B2");
        ImpedanceSpectrum s = ImpedanceFiles.read("comma.mpt", latin1(l, "\r\n")).get(0);
        assertSamePoints(s, reference());
        assertThat(s.metadata().electrodeAreaM2().orElseThrow()).isCloseTo(1e-7, within(1e-19)); // m²
    }

    @Test
    void utf8AndWindows1252GiveTheSameSpectrumAndDecodeMicro() {
        String text = new String(RefFiles.shippedBytes(REF), StandardCharsets.ISO_8859_1);
        assertThat(text).contains("Cs/\u00B5F");
        ImpedanceSpectrum utf8 = ImpedanceFiles.read("utf8.mpt", text.getBytes(StandardCharsets.UTF_8)).get(0);
        ImpedanceSpectrum cp1252 = reference();
        assertSamePoints(utf8, cp1252);
        assertThat(utf8.metadata().get("source.charset")).contains("UTF-8");
        assertThat(cp1252.metadata().get("source.charset")).contains("windows-1252");
        // the area unit "cm²" decodes in both charsets
        assertThat(utf8.metadata().electrodeAreaM2().orElseThrow()).isCloseTo(1e-7, within(1e-19)); // m²
        byte[] withBom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        assertSamePoints(ImpedanceFiles.read("bom.mpt", withBom).get(0), cp1252);
    }

    @Test
    void twoLoopsSplitByCycleNumber() {
        List<String> l = lines();
        List<String> data = new ArrayList<>(l.subList(HEADER_ROW, l.size()));
        data.removeIf(String::isBlank);
        List<String> out = new ArrayList<>(l.subList(0, HEADER_ROW));
        out.addAll(data);
        for (String row : data) {
            String[] f = row.split("\t", -1);
            f[10] = "2.000000000000000E+000"; // cycle number column
            out.add(String.join("\t", f));
        }
        List<ImpedanceSpectrum> s = ImpedanceFiles.read("loops.mpt", latin1(out, "\n"));
        assertThat(s).hasSize(2);
        assertSamePoints(s.get(0), reference());
        assertSamePoints(s.get(1), reference());
        assertThat(s.get(1).metadata().get(MptReader.LOOP_KEY)).contains("2");
        assertThat(s.get(1).metadata().get("spectrum.label")).contains("loop 2");
    }

    @Test
    void twoLoopsSplitWhereTheSweepRestartsWithoutCycleColumn() {
        String text = "freq/Hz\tRe(Z)/Ohm\t-Im(Z)/Ohm\ttime/s\n"
                + "1000\t10\t1\t0\n100\t12\t3\t1\n10\t15\t5\t2\n"
                + "1000\t11\t1.5\t3\n100\t13\t3.5\t4\n10\t16\t5.5\t5\n";
        List<ImpedanceSpectrum> s = ImpedanceFiles.read("sweeps.mpt", text.getBytes(StandardCharsets.US_ASCII));
        assertThat(s).hasSize(2);
        assertThat(s.get(0).frequenciesHz()).containsExactly(1000, 100, 10); // Hz
        assertThat(s.get(1).imags()).containsExactly(-1.5, -3.5, -5.5); // ohm, -Im(Z) negated
    }
}
