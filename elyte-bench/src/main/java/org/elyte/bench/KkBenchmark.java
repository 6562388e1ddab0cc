package org.elyte.bench;

import java.util.concurrent.TimeUnit;

import org.elyte.analysis.eis.kk.KkOptions;
import org.elyte.analysis.eis.kk.KkResult;
import org.elyte.analysis.eis.kk.LinKK;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Lin-KK (Schönleber 2014) on impedance.py's example data below 1 kHz (55 points), complex fit,
 * series capacitance, μ criterion 0.5, automatic number of RC elements (EXPECTED.md §1).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class KkBenchmark {
    ImpedanceSpectrum band;
    KkOptions options;

    /** Loads the data and checks the result against EXPECTED.md once. */
    @Setup
    public void setup() {
        ImpedanceSpectrum s = BenchData.spectrum(BenchData.EXAMPLE_CSV);
        band = s.filter(i -> s.frequencyHz(i) < 1000, "no point below 1 kHz");
        BenchData.requireEqual("lin-KK points below 1 kHz", band.size(), 55);
        options = KkOptions.defaults().withMuCriterion(0.5).withSeriesCapacitance(true);
        KkResult r = linKK();
        BenchData.requireEqual("lin-KK elements M", r.elements(), 26);
        BenchData.requireClose("lin-KK mu", r.mu(), 0.306, 0.02);
        BenchData.requireClose("lin-KK max real residual", r.maxAbsResidualReal(), 2.95e-3, 0.02);
        BenchData.requireClose("lin-KK max imaginary residual", r.maxAbsResidualImag(), 3.55e-3, 0.02);
    }

    /** @return the lin-KK test including the search over the number of elements */
    @Benchmark
    public KkResult linKK() {
        return LinKK.test(band, options);
    }
}
