package org.elyte.sim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The rate table of cell_model_reference §6.1 (PyBaMM 24.1 DFN half cell, 20 points per domain,
 * identical inputs): capacity fractions within 0.01 and voltages at Q/Q_nom = 0.05 … 0.9 within 5 mV.
 */
class HalfCellReferenceTest {
    private static final double[] AT = {0.05, 0.25, 0.5, 0.75, 0.9};

    private static void check(HalfCell cell, double rate, double fraction, double[] volts) {
        HalfCellResult r = HalfCellSimulation.of(cell).discharge(rate, ReferenceCells.NOMINAL, ReferenceCells.CUTOFF);
        assertThat(r.status().name()).isEqualTo("EVENT");
        double qn = ReferenceCells.NOMINAL * cell.cathode().theoreticalCharge();
        assertThat(r.finalDischargeCharge() / qn).as("capacity fraction at %s C", rate)
                .isCloseTo(fraction, within(0.01)); // fraction of nominal, absolute 0.01
        for (int k = 0; k < volts.length; k++) {
            assertThat(r.voltageAtCharge(AT[k] * qn)).as("V at Q/Qnom %s, %s C", AT[k], rate)
                    .isCloseTo(volts[k], within(0.005)); // V, 5 mV
        }
    }

    @Test
    void hseRateTable() {
        HalfCell cell = ReferenceCells.hse(20);
        check(cell, 0.1, 0.984, new double[] {3.395, 3.390, 3.384, 3.379, 3.327});
        check(cell, 0.2, 0.982, new double[0]);
        check(cell, 0.5, 0.978, new double[0]);
        check(cell, 1, 0.969, new double[] {3.318, 3.302, 3.285, 3.257, 3.194});
        check(cell, 2, 0.633, new double[] {3.238, 3.218, 3.173});
    }

    @Test
    void hseTwoCEndsBySaltDepletion() {
        HalfCellResult r = HalfCellSimulation.of(ReferenceCells.hse(20)).discharge(2, 0.98, 2.8);
        assertThat(r.event()).contains("salt depletion");
    }

    @Test
    void pebaxRateTable() {
        HalfCell cell = ReferenceCells.pebax(20);
        check(cell, 0.1, 0.985, new double[] {3.403, 3.399, 3.394, 3.388, 3.337});
        check(cell, 0.2, 0.984, new double[0]);
        check(cell, 0.5, 0.981, new double[0]);
        check(cell, 1, 0.976, new double[] {3.374, 3.369, 3.364, 3.358, 3.295});
        check(cell, 2, 0.966, new double[] {3.347, 3.340, 3.334, 3.326, 3.249});
    }
}
