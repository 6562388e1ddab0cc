package org.elyte.io.eis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;

import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.core.provenance.Sha256;
import org.elyte.core.recording.Metadata;
import org.elyte.io.source.RefFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every reference file loads with the point counts and values SOURCES.md gives; rows checked against the file text. */
class ReferenceFilesTest {

    private static ImpedanceSpectrum only(String relative) {
        List<ImpedanceSpectrum> s = ImpedanceFiles.read(RefFiles.shipped(relative));
        assertThat(s).hasSize(1);
        return s.get(0);
    }

    private static void assertPoint(ImpedanceSpectrum s, int i, double f, double re, double im) {
        assertThat(s.frequencyHz(i)).isCloseTo(f, within(Math.abs(f) * 1e-12)); // Hz, exact decimal read
        assertThat(s.real(i)).isCloseTo(re, within(Math.abs(re) * 1e-12)); // ohm
        assertThat(s.imag(i)).isCloseTo(im, within(Math.abs(im) * 1e-12)); // ohm
    }

    @Test
    void impedancePyCsv() {
        ImpedanceSpectrum s = only("impedance.py/exampleData.csv");
        assertThat(s.size()).isEqualTo(66);
        assertPoint(s, 0, 3.162299999999999833e-03, 4.949989776405060160e-02, -2.043869854441892481e-02);
        assertPoint(s, 65, 1.0e4, 1.577148266048593317e-02, 1.015747456493823649e-02);
        assertThat(s.withoutInductive().size()).isEqualTo(57);
        assertThat(s.metadata().format()).contains("plain-text");
        assertThat(s.metadata().get(org.elyte.io.text.PlainTextReader.SIGN_KEY).orElseThrow()).contains("kept");
        assertThat(ImpedanceFiles.detect("exampleData.csv", RefFiles.shippedBytes("impedance.py/exampleData.csv")))
                .isEqualTo(ImpedanceFormat.PLAIN_TEXT);
    }

    @Test
    void pyDrtToolsText() {
        ImpedanceSpectrum s = only("pyDRTtools/LIB_data.txt");
        assertThat(s.size()).isEqualTo(107);
        assertPoint(s, 0, 999.040405, 0.112362966, 0.00318273902); // positive (inductive) at the top
        assertPoint(s, 106, 0.00500083202, 0.151735559, -0.0137396762);
        for (int i = 1; i < s.size(); i++) {
            assertThat(s.frequencyHz(i)).isLessThan(s.frequencyHz(i - 1));
        }
    }

    @Test
    void bioLogicMpt() {
        ImpedanceSpectrum s = only("impedance.py/exampleDataBioLogic.mpt");
        assertThat(s.size()).isEqualTo(43);
        assertPoint(s, 0, 1.0003201E+003, 6.5470886E+001, -3.8998979E-001); // -Im(Z) flipped
        assertPoint(s, 42, 1.6895540E-002, 1.1097003E+002, -2.3458567E+000);
        Metadata md = s.metadata();
        assertThat(md.format()).contains("biologic-mpt");
        assertThat(md.get(Metadata.FORMAT_VERSION)).contains("11.18");
        assertThat(md.get(Metadata.INSTRUMENT)).contains("SP-150");
        assertThat(md.get(Metadata.CHANNEL)).contains("1");
        assertThat(md.get("technique")).contains("Potentio Electrochemical Impedance Spectroscopy");
        assertThat(md.electrodeAreaM2().orElseThrow()).isCloseTo(1e-7, within(1e-19)); // m², 0.001 cm²
        assertThat(md.get(Metadata.START_TIME)).contains("2018-02-04T10:02:46");
        assertThat(md.get("source.charset")).contains("windows-1252");
    }

    @Test
    void gamryDtaSkipsOcvCurve() {
        ImpedanceSpectrum s = only("impedance.py/exampleDataGamry.DTA");
        assertThat(s.size()).isEqualTo(72);
        assertPoint(s, 0, 200015.6, 825.8584, -1367.239);
        assertPoint(s, 71, 0.0158898, 17007.49, -6635.557);
        Metadata md = s.metadata();
        assertThat(md.format()).contains("gamry-dta");
        assertThat(md.get(Metadata.INSTRUMENT)).contains("REF3000-34128");
        assertThat(md.get(Metadata.FORMAT_VERSION)).contains("7.05");
        assertThat(md.get(Metadata.START_TIME)).contains("2018-04-23T16:43:15");
        assertThat(md.electrodeAreaM2().orElseThrow()).isCloseTo(1e-4, within(1e-16)); // m², 1 cm²
        assertThat(md.getDouble("ac.amplitude.v.rms").orElseThrow()).isCloseTo(0.01, within(1e-15)); // V
        assertThat(md.get("notes")).contains("-50mV +5.66X10^-4 D8");
        assertThat(md.get("warnings")).isEmpty();
    }

    @Test
    void zplotShortFileIsReadWithWarning() {
        ImpedanceSpectrum s = only("impedance.py/exampleDataZPlot_noComments.z");
        assertThat(s.size()).isEqualTo(31);
        assertPoint(s, 0, 3.000000E+05, 6.4262E+02, -8.5821E+01);
        assertPoint(s, 30, 3.000000E+02, 1.3053E+03, -1.9501E+02);
        Metadata md = s.metadata();
        assertThat(md.get("warnings").orElseThrow()).contains("79").contains("31");
        assertThat(md.get(Metadata.FORMAT_VERSION)).contains("3.2c");
        assertThat(md.get(Metadata.START_TIME)).contains("2019-12-17T16:24:35");
        assertThat(md.get("comment")).contains("1.7 sccm CO, 1.50 sccm CO2, 800 C");
    }

    @ParameterizedTest
    @CsvSource({"140, 42, 1.00000e+06, 2.21423e+04, -5.43115e+04, 3.00000e-02, 3.27266e+06, -1.40853e+06",
        "160, 42, 1.00000e+06, 2.11122e+04, -3.95568e+04, 3.00000e-02, 1.32853e+06, -7.93978e+05",
        "170, 41, 1.00000e+06, 2.07915e+04, -3.33040e+04, 4.57730e-02, 8.02011e+05, -4.61894e+05",
        "180, 41, 1.00000e+06, 1.96241e+04, -2.76066e+04, 4.57730e-02, 5.47582e+05, -3.44520e+05",
        "200, 40, 1.00000e+06, 1.58596e+04, -1.83471e+04, 6.98380e-02, 2.35592e+05, -1.37609e+05"})
    void eisFitPythonSeries(int celsius, int points, double f0, double re0, double im0, double fn, double ren,
            double imn) {
        ImpedanceSpectrum s = only("EISFitpython/s04147-" + celsius + "deg.txt");
        assertThat(s.size()).isEqualTo(points);
        assertPoint(s, 0, f0, re0, im0);
        assertPoint(s, points - 1, fn, ren, imn);
        assertThat(s.metadata().format()).contains("neisys-txt");
        assertThat(s.temperatureK().orElseThrow()).isCloseTo(celsius + 273.15, within(1e-9)); // K, from the sample name
        assertThat(s.metadata().getDouble("ac.amplitude.v.rms").orElseThrow()).isCloseTo(0.035, within(1e-15)); // V
    }

    @Test
    void everyShippedFileCarriesSourceAndHash() {
        for (String rel : RefFiles.SHIPPED) {
            Path p = RefFiles.shipped(rel);
            for (ImpedanceSpectrum s : ImpedanceFiles.read(p)) {
                assertThat(s.metadata().sourceFile()).contains(p.getFileName().toString());
                assertThat(s.metadata().sha256()).contains(Sha256.hex(RefFiles.bytes(p)));
                assertThat(s.metadata().format()).isPresent();
            }
        }
    }

    @Test
    void gzippedOrZippedFileReadsAsTheFileInside() throws java.io.IOException {
        String rel = "impedance.py/exampleDataBioLogic.mpt";
        byte[] plain = RefFiles.shippedBytes(rel);
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(gz)) {
            z.write(plain);
        }
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(zip)) {
            z.putNextEntry(new java.util.zip.ZipEntry("run/exampleDataBioLogic.mpt"));
            z.write(plain);
        }
        ImpedanceSpectrum expected = ImpedanceFiles.read("exampleDataBioLogic.mpt", plain).get(0);
        for (String name : List.of("exampleDataBioLogic.mpt.gz", "exampleDataBioLogic.zip")) {
            byte[] packed = name.endsWith(".gz") ? gz.toByteArray() : zip.toByteArray();
            ImpedanceSpectrum s = ImpedanceFiles.read(name, packed).get(0);
            assertThat(s.frequenciesHz()).containsExactly(expected.frequenciesHz());
            assertThat(s.reals()).containsExactly(expected.reals());
            assertThat(s.imags()).containsExactly(expected.imags());
            assertThat(s.metadata().sha256()).contains(Sha256.hex(packed));
            assertThat(s.metadata().sourceFile().orElseThrow()).startsWith(name + "/");
            assertThat(ImpedanceFiles.detect(name, packed)).isEqualTo(ImpedanceFormat.BIOLOGIC_MPT);
        }
    }

    @Test
    void detectsEachFormatFromContent() {
        assertThat(detect("impedance.py/exampleDataBioLogic.mpt")).isEqualTo(ImpedanceFormat.BIOLOGIC_MPT);
        assertThat(detect("impedance.py/exampleDataGamry.DTA")).isEqualTo(ImpedanceFormat.GAMRY_DTA);
        assertThat(detect("impedance.py/exampleDataZPlot_noComments.z")).isEqualTo(ImpedanceFormat.ZPLOT_Z);
        assertThat(detect("EISFitpython/s04147-140deg.txt")).isEqualTo(ImpedanceFormat.NEISYS_TXT);
        assertThat(detect("pyDRTtools/LIB_data.txt")).isEqualTo(ImpedanceFormat.PLAIN_TEXT);
        // content wins over a misleading extension
        assertThat(ImpedanceFiles.detect("renamed.csv", RefFiles.shippedBytes("impedance.py/exampleDataGamry.DTA")))
                .isEqualTo(ImpedanceFormat.GAMRY_DTA);
        assertThat(ImpedanceFiles.detect("renamed.DTA", RefFiles.shippedBytes("impedance.py/exampleData.csv")))
                .isEqualTo(ImpedanceFormat.PLAIN_TEXT);
    }

    private static ImpedanceFormat detect(String rel) {
        return ImpedanceFiles.detect(rel.substring(rel.indexOf('/') + 1), RefFiles.shippedBytes(rel));
    }

    @Test
    void driftCorrectedGamryGivesTwoSpectra() {
        Path p = RefFiles.drift().orElse(null);
        Assumptions.assumeTrue(p != null, "GPL file pyimpspec/drift-corrected-data.dta not found under -Delyte.refdata"
                + " (expected <root>/../shared/refdata); skipped");
        List<ImpedanceSpectrum> s = ImpedanceFiles.read(p);
        assertThat(s).hasSize(2);
        ImpedanceSpectrum corrected = s.get(0);
        ImpedanceSpectrum raw = s.get(1);
        assertThat(corrected.metadata().get("spectrum.label")).contains("drift-corrected");
        assertThat(raw.metadata().get("spectrum.label")).contains("uncorrected");
        assertThat(corrected.size()).isEqualTo(55);
        assertThat(raw.size()).isEqualTo(55);
        // decimal comma: "\t0\t2\t100078,1\t691,6887\t-148,9397..." and the last row "\t54\t339\t0,1001603\t163443,2\t-207897,9..."
        assertPoint(raw, 0, 100078.1, 691.6887, -148.9397);
        assertPoint(raw, 54, 0.1001603, 163443.2, -207897.9);
        assertPoint(corrected, 54, 0.1001603, 163521.3, -207613.7);
        assertThat(corrected.metadata().electrodeAreaM2().orElseThrow()).isCloseTo(2e-6, within(1e-18)); // m², 0.02 cm²
        assertThat(corrected.metadata().get("instrument.version")).contains("4.60");
        assertThat(corrected.metadata().get(Metadata.START_TIME)).isEmpty(); // DATE is the placeholder DD-M-YYYY
    }
}
