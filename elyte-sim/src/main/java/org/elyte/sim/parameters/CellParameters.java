package org.elyte.sim.parameters;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validated, typed view of a Li | solid electrolyte | composite cathode parameter set.
 *
 * @param set the set it was read from (names, values, sources)
 * @param electrolyte electrolyte and membrane
 * @param lithium Li metal interface
 * @param cathode composite cathode
 * @param geometry electrode size and voltage limits
 * @param thermal temperatures
 */
public record CellParameters(ParameterSet set, ElectrolyteParameters electrolyte, LithiumInterfaceParameters lithium,
        CathodeParameters cathode, CellGeometryParameters geometry, ThermalParameters thermal) {
    private static final Logger LOG = LoggerFactory.getLogger(CellParameters.class);

    /**
     * Reads and validates every entry the cell models need; functions are evaluated once at the
     * initial concentrations and ambient temperature to check they are finite and in range.
     *
     * @param set the parameter set
     * @return the typed parameters
     * @throws org.elyte.core.error.FormatException naming file, line and key of a missing or bad entry
     */
    public static CellParameters from(ParameterSet set) {
        Fields f = new Fields(set);
        ThermalParameters thermal = ThermalParameters.read(f);
        ElectrolyteParameters e = ElectrolyteParameters.read(f, thermal.ambientK());
        CellParameters p = new CellParameters(set, e,
                LithiumInterfaceParameters.read(f, e.initialConcentration(), thermal.ambientK()),
                CathodeParameters.read(f, e.initialConcentration(), thermal.ambientK()), CellGeometryParameters.read(f),
                thermal);
        Set<String> known = Set.copyOf(KNOWN);
        set.entries().keySet().stream().filter(k -> !known.contains(k))
                .forEach(k -> LOG.debug("parameter set {}: entry '{}' is not used by the cell model", set.name(), k));
        return p;
    }

    /**
     * @param nameOrFile bundled set name or {@code .params} path
     * @param overrides {@code NAME=VALUE} assignments applied in order
     * @return the typed parameters
     */
    public static CellParameters load(String nameOrFile, List<String> overrides) {
        return from(ParameterSet.load(nameOrFile).with(overrides));
    }

    /** Every name the typed records read. */
    public static final List<String> KNOWN = List.of("Ambient temperature [K]", "Reference temperature [K]",
            "Initial concentration in electrolyte [mol.m-3]", "Electrolyte conductivity [S.m-1]",
            "Electrolyte diffusivity [m2.s-1]", "Cation transference number", "Thermodynamic factor",
            "Separator thickness [m]", "Separator porosity", "Separator Bruggeman coefficient (electrolyte)",
            "Exchange-current density for lithium metal electrode [A.m-2]",
            "Lithium metal interface film resistance [Ohm.m2]", "Negative electrode double-layer capacity [F.m-2]",
            "Negative electrode charge transfer coefficient", "Positive electrode thickness [m]",
            "Positive electrode porosity", "Positive electrode active material volume fraction",
            "Positive electrode Bruggeman coefficient (electrolyte)", "Positive particle radius [m]",
            "Positive particle diffusivity [m2.s-1]", "Maximum concentration in positive electrode [mol.m-3]",
            "Initial concentration in positive electrode [mol.m-3]", "Positive electrode conductivity [S.m-1]",
            "Positive electrode OCP [V]", "Positive electrode exchange-current density [A.m-2]",
            "Positive electrode charge transfer coefficient", "Positive electrode double-layer capacity [F.m-2]",
            "Positive electrode active material density [kg.m-3]", "Electrode height [m]", "Electrode width [m]",
            "Lower voltage cut-off [V]", "Upper voltage cut-off [V]");
}
