package org.elyte.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import org.openjdk.jmh.annotations.Param;
import org.junit.jupiter.api.Test;

/**
 * Runs each benchmark's {@code @Setup} (which checks the result against its reference and throws
 * when it no longer matches) and one invocation, so that {@code verify} proves the benchmarks
 * still work. Not a timing test.
 */
class BenchmarkSmokeTest {

    @Test
    void eisFitBenchmarkReproducesReferences() {
        EisFitBenchmark b = new EisFitBenchmark();
        b.setup();
        assertThat(b.a1Fit().ssr()).isCloseTo(EisFitBenchmark.A1_SSR, within(EisFitBenchmark.A1_SSR * 1e-3)); // Ω², 1e-3 rel.
        double chi2 = EisFitBenchmark.PELLET_CHI2;
        assertThat(b.pellet140Fit().chi2()).isCloseTo(chi2, within(chi2 * 1e-3)); // dimensionless, 1e-3 relative
        assertThat(b.pellet140FitEstimated().chi2()).isCloseTo(chi2, within(chi2 * 1e-3)); // dimensionless, 1e-3 rel.
    }

    @Test
    void batchFitBenchmarkFitsASmallBatch() throws NoSuchFieldException {
        BatchFitBenchmark b = new BatchFitBenchmark();
        assertThat(BatchFitBenchmark.class.getField("count").getAnnotation(Param.class).value()).containsExactly("1000");
        b.count = 24;
        b.threads = 2;
        b.setup();
        try {
            double[] chi2 = b.fitAll();
            assertThat(chi2).hasSize(24);
            assertThat(Arrays.stream(chi2).allMatch(Double::isFinite)).isTrue();
        } finally {
            b.tearDown();
        }
    }

    @Test
    void readerBenchmarkReadsEveryBundledFile() throws NoSuchFieldException {
        String[] files = ReaderBenchmark.class.getField("file").getAnnotation(Param.class).value();
        assertThat(files).hasSize(11);
        for (String file : files) {
            ReaderBenchmark b = new ReaderBenchmark();
            b.file = file;
            b.setup();
            assertThat(b.read()).as(file).isNotEmpty();
        }
    }

    @Test
    void readerBenchmarkRejectsAFileWithoutReferenceCount() {
        ReaderBenchmark b = new ReaderBenchmark();
        b.file = "impedance.py/nonexistent.csv";
        org.assertj.core.api.Assertions.assertThatThrownBy(b::setup).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void kkBenchmarkReproducesReference() {
        KkBenchmark b = new KkBenchmark();
        b.setup();
        assertThat(b.linKK().elements()).isEqualTo(26);
    }

    @Test
    void cyclerReadBenchmarkReadsEachGeneratedInput() throws NoSuchFieldException {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(CyclerData.refdata().resolve("cycling")),
                "cycler reference data not found under " + CyclerData.refdata() + "; set -Delyte.refdata");
        String[] inputs = CyclerReadBenchmark.class.getField("input").getAnnotation(Param.class).value();
        assertThat(inputs).contains("mpr", "nda", "ndax", "mpt", "landt", "bdf", "arbin");
        for (String input : inputs) {
            CyclerReadBenchmark b = new CyclerReadBenchmark();
            b.input = input;
            b.size = "small";
            b.setup();
            assertThat(b.parse().rows()).as(input).isEqualTo(b.read().rows());
            assertThat(b.sha256()).hasSize(64);
        }
    }

    @Test
    void smallFileBenchmarkReadsEachFile() throws NoSuchFieldException {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(CyclerData.refdata().resolve("cycling")),
                "cycler reference data not found under " + CyclerData.refdata() + "; set -Delyte.refdata");
        for (String file : SmallFileBenchmark.class.getField("file").getAnnotation(Param.class).value()) {
            SmallFileBenchmark b = new SmallFileBenchmark();
            b.file = file;
            b.setup();
            assertThat(b.read().rows()).as(file).isPositive();
        }
    }

    @Test
    void cycleSummaryBenchmarkSummarisesASmallRecord() throws NoSuchFieldException {
        assertThat(CycleSummaryBenchmark.class.getField("cycles").getAnnotation(Param.class).value()).containsExactly("1000");
        CycleSummaryBenchmark b = new CycleSummaryBenchmark();
        b.cycles = 10;
        b.rowsPerHalf = 100;
        b.setup();
        assertThat(b.summary()).hasSize(10);
    }
}
