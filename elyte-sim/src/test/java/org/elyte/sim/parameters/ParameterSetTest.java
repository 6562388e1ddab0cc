package org.elyte.sim.parameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.elyte.core.error.FormatException;
import org.elyte.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class ParameterSetTest {

    @Test
    void everyBundledSetLoadsValidatesAndCitesEachEntry() {
        for (String name : ParameterSet.BUNDLED) {
            ParameterSet set = ParameterSet.bundled(name);
            assertThat(set.name()).isEqualTo(name);
            assertThat(set.entries().keySet()).containsAll(CellParameters.KNOWN);
            set.entries().values().forEach(e -> assertThat(e.source()).as(e.name()).isNotBlank());
            CellParameters p = CellParameters.from(set);
            assertThat(p.geometry().areaM2()).isCloseTo(1e-4, within(1e-12)); // m2
        }
    }

    // values the seed documents give are used as given (seed_systems.md A1, A4)
    @Test
    void seedValuesAsGiven() {
        CellParameters hse = CellParameters.from(ParameterSet.bundled("hse40-lfp"));
        double t = hse.thermal().ambientK();
        assertThat(t).isCloseTo(328.15, within(1e-9)); // K, 55 °C
        assertThat(hse.electrolyte().conductivity().value(1000, t)).isCloseTo(3.64e-3, within(1e-12)); // S/m
        assertThat(hse.electrolyte().transferenceNumber().value(1000, t)).isEqualTo(0.58);
        assertThat(hse.electrolyte().separatorThicknessM()).isCloseTo(120e-6, within(1e-12)); // m
        assertThat(hse.electrolyte().diffusivity().value(1000, t)).isCloseTo(5.2e-13, within(1e-16)); // m2/s
        CellParameters h20 = CellParameters.from(ParameterSet.bundled("hse20-lfp"));
        assertThat(h20.electrolyte().conductivity().value(1000, 328.15)).isCloseTo(7.78e-4, within(1e-12));
        assertThat(h20.electrolyte().transferenceNumber().value(1000, 328.15)).isEqualTo(0.15);
        CellParameters pebax = CellParameters.from(ParameterSet.bundled("pebax12-lfp"));
        assertThat(pebax.electrolyte().conductivity().value(1000, 333.15)).isCloseTo(4e-2, within(1e-12)); // S/m
        assertThat(pebax.electrolyte().separatorThicknessM()).isCloseTo(48e-6, within(1e-12));
        assertThat(pebax.electrolyte().conductivity().value(1000, 303.15)).isLessThan(4e-2); // VTF: colder is lower
        assertThat(pebax.geometry().upperCutoffV()).isEqualTo(3.95);
    }

    @Test
    void lfpCathodeMatchesReference() {
        CathodeParameters c = CellParameters.from(ParameterSet.bundled("hse40-lfp")).cathode();
        assertThat(c.theoreticalSpecificCapacityMAhPerG()).isCloseTo(169.9, within(0.2)); // mAh/g, §4.1
        assertThat(c.theoreticalCapacityAhPerM2() / 10).isCloseTo(0.171, within(0.001)); // mAh/cm2, §6.1
        assertThat(c.initialStoichiometry()).isCloseTo(0.02, within(1e-12));
        // §4.1: i0 = 0.22 A/m2 at 25 °C, c_e = 1000, x = 0.5, and ×4.3 at 55 °C
        double i25 = c.exchangeCurrent().value(1000, 0.5 * 22806, 22806, 298.15);
        assertThat(i25).isCloseTo(0.22, within(0.005)); // A/m2
        assertThat(c.exchangeCurrent().value(1000, 0.5 * 22806, 22806, 328.15) / i25).isCloseTo(4.3, within(0.05));
        assertThat(c.exchangeCurrent().value(1000, 22806, 22806, 298.15)).isEqualTo(0.0);
    }

    @Test
    void openCircuitPotentials() {
        OpenCircuitPotential lfp = OpenCircuitPotential.LFP_AFSHAR2017;
        assertThat(lfp.volts(0.5)).isCloseTo(3.398, within(0.001)); // V, §4.1
        assertThat(lfp.volts(1e-9)).isCloseTo(3.908, within(0.001)); // V, x -> 0
        assertThat(lfp.volts(1 - 1e-9)).isCloseTo(2.487, within(0.001)); // V, x -> 1
        OpenCircuitPotential nmc = OpenCircuitPotential.NMC811_CHEN2020;
        double prev = Double.MAX_VALUE;
        for (double x = 0.27; x <= 0.91; x += 0.01) {
            double u = nmc.volts(x);
            assertThat(u).as("x=%s", x).isBetween(3.4, 4.3).isLessThan(prev); // V, decreasing on the fitted range
            prev = u;
        }
        assertThat(nmc.volts(0.2661)).isBetween(4.2, 4.3); // V: charged end of the LG M50 window
    }

    @Test
    void overridesWithUnits() {
        ParameterSet s = ParameterSet.bundled("pebax12-lfp");
        ParameterValue v = s.with("Separator thickness [m]=30 um").entry("Separator thickness [m]").orElseThrow().value();
        assertThat(((ParameterValue.Constant) v).value()).isCloseTo(30e-6, within(1e-18)); // m
        assertThat(CellParameters.from(s.with("Ambient temperature [K]=70 °C")).thermal().ambientK())
                .isCloseTo(343.15, within(1e-9)); // K
        assertThat(CellParameters.from(s.with("Electrolyte conductivity [S.m-1]=1 mS/cm")).electrolyte()
                .conductivity().value(1000, 333.15)).isCloseTo(0.1, within(1e-12)); // S/m
        assertThat(CellParameters.from(s.with("Cation transference number=0.4")).electrolyte().transferenceNumber()
                .value(1000, 333.15)).isEqualTo(0.4);
        CellParameters p = CellParameters.load("pebax12-lfp",
                List.of("Electrolyte conductivity [S.m-1]=0.05 * arrhenius(40000, 333.15)", "Separator thickness [m]=0.1 mm"));
        assertThat(p.electrolyte().conductivity().value(1000, 333.15)).isCloseTo(0.05, within(1e-12));
        assertThat(p.electrolyte().separatorThicknessM()).isCloseTo(1e-4, within(1e-15));
        assertThat(p.set().entry("Separator thickness [m]").orElseThrow().source()).contains("--set");
        assertThatThrownBy(() -> s.with("Separator thickness [m]=3 S/m")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cannot be converted");
        assertThatThrownBy(() -> s.with("Separator thicknes [m]=3")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no parameter 'Separator thicknes [m]'").hasMessageContaining("did you mean");
        assertThatThrownBy(() -> s.with("Cation transference number=0.4 V")).hasMessageContaining("dimensionless");
        assertThatThrownBy(() -> s.with("no equals sign")).hasMessageContaining("NAME=VALUE");
        assertThatThrownBy(() -> s.with("Separator thickness [m]=abc")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CellParameters.from(s.with("Separator porosity=1.3")))
                .isInstanceOf(FormatException.class).hasMessageContaining("--set")
                .hasMessageContaining("Separator porosity");
    }

    @Test
    void fileErrorsNameFileLineAndKey() {
        String good = "@name t\nA [m] | 1 | src\n";
        assertThat(ParameterSet.parse("t.params", good).entries()).hasSize(1);
        assertThatThrownBy(() -> ParameterSet.parse("t.params", "@name t\n\nA [m] | 1\n"))
                .isInstanceOf(FormatException.class).hasMessageContaining("t.params, line 3");
        assertThatThrownBy(() -> ParameterSet.parse("t.params", "@name t\nA [m] | x1 | s\n"))
                .hasMessageContaining("line 2").hasMessageContaining("key 'A [m]'");
        assertThatThrownBy(() -> ParameterSet.parse("t.params", "@name t\nA [m] | 1 | s\nA [m] | 2 | s\n"))
                .hasMessageContaining("line 3").hasMessageContaining("repeats line 2");
        assertThatThrownBy(() -> ParameterSet.parse("t.params", "@name t\nA [m] | 1 |  \n"))
                .hasMessageContaining("a source is required");
        assertThatThrownBy(() -> ParameterSet.parse("t.params", "A [m] | 1 | s\n")).hasMessageContaining("@name");
        String text = readBundled("hse40-lfp").replace("Positive electrode porosity | 0.42", "Positive electrode porosity | 0.9");
        int line = lineOf(text, "Positive electrode active material volume fraction |");
        assertThatThrownBy(() -> CellParameters.from(ParameterSet.parse("bad.params", text)))
                .isInstanceOf(FormatException.class).hasMessageContaining("bad.params, line " + line)
                .hasMessageContaining("exceeds 1");
        String missing = readBundled("hse40-lfp").replaceAll("(?m)^Thermodynamic factor.*$", "");
        assertThatThrownBy(() -> CellParameters.from(ParameterSet.parse("m.params", missing)))
                .hasMessageContaining("m.params").hasMessageContaining("missing 'Thermodynamic factor'");
        String fn = readBundled("hse40-lfp").replace("Positive electrode OCP [V] | lfp_ocp_afshar2017",
                "Positive electrode OCP [V] | 3.4");
        assertThatThrownBy(() -> CellParameters.from(ParameterSet.parse("o.params", fn)))
                .hasMessageContaining("open-circuit potential name");
        assertThatThrownBy(() -> ParameterSet.bundled("nope")).hasMessageContaining("bundled sets");
    }

    @Test
    void units() {
        assertThat(UnitExpr.convert(1, "mS/cm", "S.m-1")).isCloseTo(0.1, within(1e-15));
        assertThat(UnitExpr.convert(1, "cm2/s", "m2.s-1")).isCloseTo(1e-4, within(1e-18));
        assertThat(UnitExpr.convert(1, "mol/L", "mol.m-3")).isCloseTo(1000, within(1e-9));
        assertThat(UnitExpr.convert(1, "M", "mol.m-3")).isCloseTo(1000, within(1e-9));
        assertThat(UnitExpr.convert(40, "kJ/mol", "J.mol-1")).isCloseTo(40000, within(1e-9));
        assertThat(UnitExpr.convert(3.6, "g/cm3", "kg.m-3")).isCloseTo(3600, within(1e-9));
        assertThat(UnitExpr.convert(1, "mA/cm2", "A.m-2")).isCloseTo(10, within(1e-12));
        assertThat(UnitExpr.convert(100, "Ohm.cm2", "Ohm.m2")).isCloseTo(0.01, within(1e-15));
        assertThat(UnitExpr.convert(1, "mA.h", "C")).isCloseTo(3.6, within(1e-12));
        assertThat(UnitExpr.convert(25, "oC", "K")).isCloseTo(298.15, within(1e-12));
        assertThat(UnitExpr.convert(1, "S", "Ohm-1")).isCloseTo(1, within(1e-15));
        assertThat(UnitExpr.convert(2, "MPa", "Pa")).isCloseTo(2e6, within(1e-6));
        assertThatThrownBy(() -> UnitExpr.parse("furlong")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> UnitExpr.convert(1, "V", "A")).isInstanceOf(InvalidInputException.class);
    }

    private static String readBundled(String name) {
        try (var in = ParameterSet.class.getResourceAsStream(name + ".params")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static int lineOf(String text, String start) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start);
    }
}
