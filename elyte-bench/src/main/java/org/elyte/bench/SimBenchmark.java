package org.elyte.bench;

import java.util.concurrent.TimeUnit;

import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.sim.eis.Linearisation;
import org.elyte.sim.eis.VirtualEis;
import org.elyte.sim.model.CathodeMaterial;
import org.elyte.sim.model.CompositeCathode;
import org.elyte.sim.model.ConstantElectrolyte;
import org.elyte.sim.model.ElectrodeKinetics;
import org.elyte.sim.model.HalfCell;
import org.elyte.sim.model.HalfCellMesh;
import org.elyte.sim.model.HalfCellResult;
import org.elyte.sim.model.HalfCellSimulation;
import org.elyte.sim.model.SymmetricCell;
import org.elyte.sim.solver.DaeSolution;
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
 * The elyte-sim targets of issue 5: a 1C discharge of the HSE | LFP half cell of
 * cell_model_reference §6.1 at 20 and at 80 points per domain, the seven-rate rate test
 * (0.1, 0.2, 0.5, 1, 2, 3, 5 C) at 20 points, and 60-frequency virtual impedance spectra of the
 * half cell (20 points) and of a symmetric Li | HSE | Li cell (40 cells). {@code @Setup} checks
 * the §6.1 capacity fractions (0.969 at 1C, 0.633 at 2C, within 0.01) and the impedance limits.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SimBenchmark {
    /** §6.1 nominal capacity as a fraction of theoretical. */
    static final double NOMINAL = 0.98;
    /** §6.1 lower cut-off, V. */
    static final double CUTOFF = 2.8;
    /** §6.1 PyBaMM 1C capacity fraction of the HSE cell. */
    static final double HSE_1C_FRACTION = 0.969;
    /** §6.1 PyBaMM 2C capacity fraction of the HSE cell (ends by salt depletion). */
    static final double HSE_2C_FRACTION = 0.633;
    /** Rates of the rate test, C. */
    static final double[] RATES = {0.1, 0.2, 0.5, 1, 2, 3, 5};
    private static final double T_HSE = 328.15;
    private static final double AREA = 1e-4;

    HalfCellSimulation hse20;
    HalfCellSimulation hse80;
    HalfCell eisCell;
    SymmetricCell symmetric;
    double[] frequencies;

    /** The HSE PCL-LiClO4-LATP | LFP cell of §6.1 (120 µm, 3.64e-3 S/m, t+ 0.58, 55 °C). */
    static HalfCell hse(int n) {
        CompositeCathode cat = new CompositeCathode(10e-6, 0.28, 0.42, 1.5, 0.33795, CathodeMaterial.lfpPrada2013(),
                0.02);
        return new HalfCell(120e-6, cat, ConstantElectrolyte.idealClosure(3.64e-3, 0.58, 1000, T_HSE), 1000,
                new ElectrodeKinetics(2.0, 1000, 0.5, 0.5, 0.5, 0), 0, AREA, T_HSE, HalfCellMesh.uniform(n));
    }

    /** Builds the cells and checks every benchmarked result against its reference once. */
    @Setup
    public void setup() {
        hse20 = HalfCellSimulation.of(hse(20));
        hse80 = HalfCellSimulation.of(hse(80));
        CompositeCathode half = new CompositeCathode(10e-6, 0.28, 0.42, 1.5, 0.33795, CathodeMaterial.lfpPrada2013(),
                0.5);
        eisCell = new HalfCell(120e-6, half, ConstantElectrolyte.idealClosure(3.64e-3, 0.58, 1000, T_HSE), 1000,
                new ElectrodeKinetics(2.0, 1000, 0.5, 0.5, 0.5, 0), 0, AREA, T_HSE, HalfCellMesh.uniform(20));
        symmetric = new SymmetricCell(120e-6, AREA, T_HSE, 1000,
                ConstantElectrolyte.idealClosure(3.64e-3, 0.58, 1000, T_HSE), ElectrodeKinetics.symmetric(2.0), 40,
                true);
        frequencies = Linearisation.logFrequencies(1e-3, 1e6, 60);
        requireWithin("1C capacity fraction, 20 points", fraction(discharge1C20()), HSE_1C_FRACTION, 0.01);
        requireWithin("1C capacity fraction, 80 points", fraction(discharge1C80()), HSE_1C_FRACTION, 0.01);
        double[] table = rateTest();
        requireWithin("rate test, 1C fraction", table[3], HSE_1C_FRACTION, 0.01);
        requireWithin("rate test, 2C fraction", table[4], HSE_2C_FRACTION, 0.01);
        for (int k = 1; k < table.length; k++) {
            if (!(table[k] < table[k - 1] + 1e-3)) {
                throw new IllegalStateException("rate test: capacity grows with rate at " + RATES[k] + " C");
            }
        }
        ImpedanceSpectrum zh = eisHalfCell();
        double kEff = 3.64e-3 * Math.pow(0.42, 1.5);
        double rHigh = (120e-6 / 3.64e-3 + 10e-6 / (kEff + half.effectiveSolidConductivity())) / AREA;
        requireWithin("half-cell EIS real part at 1 MHz / bulk resistance", zh.real(0) / rHigh, 1.0, 0.08);
        ImpedanceSpectrum zs = eisSymmetric();
        double rb = 120e-6 / 3.64e-3 / AREA;
        double rct = symmetric.kinetics().chargeTransferResistance(T_HSE) / AREA;
        requireWithin("symmetric EIS real part at 1 MHz / R_b", zs.real(0) / rb, 1.0, 0.01);
        if (!(zs.real(zs.size() - 1) > rb + 2 * rct)) {
            throw new IllegalStateException("symmetric EIS: low-frequency resistance " + zs.real(zs.size() - 1)
                    + " Ω is not above R_b + 2 R_ct = " + (rb + 2 * rct) + " Ω");
        }
    }

    static void requireWithin(String what, double actual, double expected, double absTol) {
        if (!(Math.abs(actual - expected) <= absTol)) {
            throw new IllegalStateException(what + ": expected " + expected + " ± " + absTol + ", found " + actual
                    + " (the simulator no longer reproduces its reference)");
        }
    }

    static double fraction(HalfCellResult r) {
        return fraction(r, hse(20));
    }

    static double fraction(HalfCellResult r, HalfCell cell) {
        if (r.status() != DaeSolution.Status.EVENT) {
            throw new IllegalStateException("discharge did not end at an event: " + r.message());
        }
        return r.finalDischargeCharge() / (NOMINAL * cell.cathode().theoreticalCharge());
    }

    /** @return 1C discharge of the HSE cell, 20 points per domain, to 2.8 V */
    @Benchmark
    public HalfCellResult discharge1C20() {
        return hse20.discharge(1, NOMINAL, CUTOFF);
    }

    /** @return 1C discharge of the HSE cell, 80 points per domain, to 2.8 V */
    @Benchmark
    public HalfCellResult discharge1C80() {
        return hse80.discharge(1, NOMINAL, CUTOFF);
    }

    /** @return capacity fraction at each of the seven rates, 20 points per domain */
    @Benchmark
    public double[] rateTest() {
        double[] out = new double[RATES.length];
        for (int k = 0; k < RATES.length; k++) {
            out[k] = fraction(hse20.discharge(RATES[k], NOMINAL, CUTOFF));
        }
        return out;
    }

    /** @return 60-frequency spectrum (1 MHz … 1 mHz) of the half cell at x = 0.5, 20 points per domain */
    @Benchmark
    public ImpedanceSpectrum eisHalfCell() {
        return VirtualEis.halfCell(eisCell, 0.2, 0.2, frequencies);
    }

    /** @return 60-frequency spectrum (1 MHz … 1 mHz) of the symmetric cell, 40 clustered cells */
    @Benchmark
    public ImpedanceSpectrum eisSymmetric() {
        return VirtualEis.symmetricCell(symmetric, 0.2, 0, frequencies);
    }
}
