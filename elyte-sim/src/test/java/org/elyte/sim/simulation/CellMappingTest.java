package org.elyte.sim.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.elyte.core.error.InvalidInputException;
import org.elyte.sim.model.CathodeMaterial;
import org.elyte.sim.model.ConstantElectrolyte;
import org.elyte.sim.model.HalfCell;
import org.elyte.sim.model.HalfCellMesh;
import org.elyte.sim.model.HalfCellResult;
import org.elyte.sim.model.HalfCellSimulation;
import org.elyte.sim.model.SymmetricCell;
import org.elyte.sim.parameters.CellParameters;
import org.junit.jupiter.api.Test;

class CellMappingTest {

    /** hse40-lfp maps to the HSE cell of cell_model_reference §6.1 that HalfCellReferenceTest uses. */
    @Test
    void hse40MapsToTheReferenceCell() {
        CellParameters p = CellMapping.load("hse40-lfp", List.of());
        double t = 328.15;
        HalfCell cell = CellMapping.halfCell(p, t, HalfCellMesh.uniform(20));
        assertThat(cell.separatorThicknessM()).isCloseTo(120e-6, within(1e-15)); // m
        assertThat(cell.areaM2()).isCloseTo(1e-4, within(1e-15)); // m2
        assertThat(cell.initialConcentration()).isEqualTo(1000.0);
        assertThat(cell.contactResistance()).isEqualTo(0.0);
        assertThat(cell.cathode().thicknessM()).isCloseTo(10e-6, within(1e-15)); // m
        assertThat(cell.cathode().activeFraction()).isEqualTo(0.28);
        assertThat(cell.cathode().electrolyteFraction()).isEqualTo(0.42);
        assertThat(cell.cathode().bruggeman()).isEqualTo(1.5);
        assertThat(cell.cathode().solidConductivity()).isEqualTo(0.33795);
        assertThat(cell.cathode().initialStoichiometry()).isCloseTo(0.02, within(1e-12));
        assertThat(cell.cathode().material()).isEqualTo(CathodeMaterial.lfpPrada2013());
        assertThat(cell.lithium().exchangeCurrentDensity()).isCloseTo(2.0, within(1e-12)); // A/m2
        assertThat(cell.lithium().concentrationExponent()).isEqualTo(0.5);
        assertThat(cell.lithium().referenceConcentration()).isEqualTo(1000.0);
        ConstantElectrolyte ref = ConstantElectrolyte.idealClosure(3.64e-3, 0.58, 1000, t);
        assertThat(cell.electrolyte().conductivity(1000, t)).isCloseTo(3.64e-3, within(1e-15)); // S/m
        assertThat(cell.electrolyte().transference(700, t)).isEqualTo(0.58);
        assertThat(cell.electrolyte().diffusivity(1000, t) / ref.diffusivity()).isCloseTo(1, within(2e-3)); // rounded D
        assertThat(cell.electrolyte().singleIon()).isFalse();

        // one row of the §6.1 table: HSE at 1 C, capacity fraction 0.969 of nominal, voltages within 5 mV
        HalfCellResult r = HalfCellSimulation.of(cell).discharge(1, 0.98, 2.8);
        double qn = 0.98 * cell.cathode().theoreticalCharge();
        assertThat(r.finalDischargeCharge() / qn).isCloseTo(0.969, within(0.01)); // fraction of nominal
        assertThat(r.voltageAtCharge(0.5 * qn)).isCloseTo(3.285, within(0.005)); // V
        assertThat(r.voltageAtCharge(0.9 * qn)).isCloseTo(3.194, within(0.005)); // V
    }

    @Test
    void temperatureLawsApplyAtTheRequestedTemperature() {
        CellParameters p = CellMapping.load("hse40-lfp", List.of());
        HalfCell hot = CellMapping.halfCell(p, 348.15, HalfCellMesh.uniform(4));
        // Arrhenius 60 kJ/mol from 328.15 K to 348.15 K
        double f = Math.exp(60000 / 8.314462618 * (1 / 328.15 - 1 / 348.15));
        assertThat(hot.electrolyte().conductivity(1000, 348.15)).isCloseTo(3.64e-3 * f, within(1e-12)); // S/m
        assertThat(hot.temperatureK()).isEqualTo(348.15);
        SymmetricCell sym = CellMapping.symmetricCell(CellMapping.load("pebax12-lfp", List.of()), 333.15, 40);
        assertThat(sym.thicknessM()).isCloseTo(48e-6, within(1e-15)); // m
        assertThat(sym.electrolyte().conductivity(1000, 333.15)).isCloseTo(4e-2, within(1e-12)); // S/m
    }

    @Test
    void overridesIncludingSimulationOnlyEntries() {
        CellParameters p = CellMapping.load("hse40-lfp", List.of("Contact resistance [Ohm.m2]=1e-3",
                "Positive particle diffusivity [m2.s-1]=1e-17"));
        HalfCell cell = CellMapping.halfCell(p, 328.15, HalfCellMesh.uniform(4));
        assertThat(cell.contactResistance()).isEqualTo(1e-3);
        assertThat(cell.cathode().material().diffusivity()).isEqualTo(1e-17);
        assertThatThrownBy(() -> CellMapping.halfCell(CellMapping.load("hse40-lfp",
                List.of("Positive electrode charge transfer coefficient=0.3")), 328.15, HalfCellMesh.uniform(4)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("alpha = 0.5");
    }
}
