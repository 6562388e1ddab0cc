package org.elyte.sim.simulation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.elyte.core.error.InvalidInputException;
import org.elyte.sim.material.TemperatureLaw;
import org.elyte.sim.model.CathodeMaterial;
import org.elyte.sim.model.CompositeCathode;
import org.elyte.sim.model.ElectrodeKinetics;
import org.elyte.sim.model.ElectrolyteTransport;
import org.elyte.sim.model.HalfCell;
import org.elyte.sim.model.HalfCellMesh;
import org.elyte.sim.model.OpenCircuitPotential;
import org.elyte.sim.model.SymmetricCell;
import org.elyte.sim.parameters.CathodeParameters;
import org.elyte.sim.parameters.CellParameters;
import org.elyte.sim.parameters.ParameterSet;
import org.elyte.sim.parameters.ParameterValue;
import org.elyte.sim.parameters.PropertyFunction;

/**
 * Maps a validated parameter set ({@link CellParameters}) to the model records: the electrolyte
 * (property functions with their temperature laws), the Li foil kinetics, the cathode material with
 * the set's open-circuit potential, the half cell and the symmetric cell. Parameters the model
 * cannot represent exactly are rejected with a message rather than approximated silently.
 */
public final class CellMapping {
    /** Series (contact) resistance of the cell, Ω·m²; not in the bundled sets, 0 unless set. */
    public static final String CONTACT_RESISTANCE = "Contact resistance [Ohm.m2]";
    /** Relative permittivity of the electrolyte, for the geometric capacitance of virtual EIS; 0 omits it. */
    public static final String PERMITTIVITY = "Electrolyte relative permittivity";

    private CellMapping() {
    }

    /**
     * @param set a parameter set
     * @return the set with the simulation-only entries ({@link #CONTACT_RESISTANCE}, {@link #PERMITTIVITY})
     *         added at 0 where absent, so that {@code --set} can override them
     */
    public static ParameterSet withDefaults(ParameterSet set) {
        Map<String, ParameterSet.Entry> m = new LinkedHashMap<>(set.entries());
        m.putIfAbsent(CONTACT_RESISTANCE, new ParameterSet.Entry(CONTACT_RESISTANCE, "Ohm.m2",
                new ParameterValue.Constant(0), "elyte-sim default: no contact resistance (assumption)",
                "elyte-sim default", 0));
        m.putIfAbsent(PERMITTIVITY, new ParameterSet.Entry(PERMITTIVITY, "", new ParameterValue.Constant(0),
                "elyte-sim default: geometric capacitance omitted (assumption)", "elyte-sim default", 0));
        return new ParameterSet(set.name(), set.description(), m);
    }

    /**
     * @param nameOrFile bundled set name or {@code .params} path
     * @param overrides {@code NAME=VALUE} assignments applied in order (after the defaults)
     * @return the typed parameters
     */
    public static CellParameters load(String nameOrFile, List<String> overrides) {
        return CellParameters.from(withDefaults(ParameterSet.load(nameOrFile)).with(overrides));
    }

    private static double constant(CellParameters p, String key, double min) {
        double v = p.set().entry(key).map(e -> {
            if (e.value() instanceof ParameterValue.Constant c) {
                return c.value();
            }
            throw new InvalidInputException("parameter '" + key + "' must be a number");
        }).orElse(0.0);
        if (!(v >= min) || !Double.isFinite(v)) {
            throw new InvalidInputException("parameter '" + key + "' must be >= " + min + ", got " + v);
        }
        return v;
    }

    /** @param p parameters @return R_c, Ω·m² */
    public static double contactResistance(CellParameters p) {
        return constant(p, CONTACT_RESISTANCE, 0);
    }

    /** @param p parameters @return ε_r of the electrolyte (0 when not given) */
    public static double relativePermittivity(CellParameters p) {
        return constant(p, PERMITTIVITY, 0);
    }

    /** @param p parameters @return the electrolyte as functions of c (mol/m³) and T (K) */
    public static ElectrolyteTransport electrolyte(CellParameters p) {
        var e = p.electrolyte();
        return new PropertyElectrolyte(e.conductivity(), e.diffusivity(), e.transferenceNumber(),
                e.thermodynamicFactor());
    }

    /**
     * Li foil kinetics: {@code i0 = k·f(T)·(c/c_ref)^γ} with anodic α = the set's charge-transfer
     * coefficient and cathodic 1 − α, plus the set's film resistance.
     *
     * @param p parameters
     * @param temperatureK T, K
     * @return the kinetics at T
     */
    public static ElectrodeKinetics lithium(CellParameters p, double temperatureK) {
        PropertyFunction f = p.lithium().exchangeCurrent();
        double c0 = p.electrolyte().initialConcentration();
        double cref = f.referenceConcentration() > 0 ? f.referenceConcentration() : c0;
        double gamma = f.referenceConcentration() > 0 ? f.concentrationExponent() : 0;
        double alpha = p.lithium().chargeTransferCoefficient();
        if (!(alpha < 1)) {
            throw new InvalidInputException("Negative electrode charge transfer coefficient must be in (0, 1), got "
                    + alpha);
        }
        return new ElectrodeKinetics(f.coefficient() * f.law().factor(temperatureK), cref, gamma, alpha, 1 - alpha,
                p.lithium().filmResistanceOhmM2());
    }

    /**
     * The cathode material. The model's exchange current is {@code k(T)√c_e√c_s√(c_max − c_s)} with
     * α = 0.5 and Arrhenius k; an isothermal or VTF law is evaluated at {@code temperatureK}.
     *
     * @param p parameters
     * @param temperatureK T, K (where a non-Arrhenius law is evaluated, and the particle diffusivity)
     * @return the material
     * @throws InvalidInputException for a form the model does not have
     */
    public static CathodeMaterial material(CellParameters p, double temperatureK) {
        CathodeParameters c = p.cathode();
        PropertyFunction j0 = c.exchangeCurrent();
        if (!j0.insertionKinetics() || (j0.referenceConcentration() > 0 && j0.concentrationExponent() != 0)) {
            throw new InvalidInputException("Positive electrode exchange-current density: the half-cell model needs "
                    + "the form k * sqrt(ce*cs*(cmax-cs)) * arrhenius(Ea, Tref)");
        }
        if (Math.abs(c.chargeTransferCoefficient() - 0.5) > 1e-12) {
            throw new InvalidInputException("Positive electrode charge transfer coefficient: the half-cell model has "
                    + "alpha = 0.5 only, got " + c.chargeTransferCoefficient());
        }
        double k;
        double ea;
        double tref;
        if (j0.law() instanceof TemperatureLaw.Arrhenius a) {
            k = j0.coefficient();
            ea = a.activationEnergyJPerMol();
            tref = a.referenceK();
        } else {
            k = j0.coefficient() * j0.law().factor(temperatureK);
            ea = 0;
            tref = temperatureK;
        }
        OpenCircuitPotential ocp;
        String name;
        switch (c.ocp()) {
            case LFP_AFSHAR2017 -> {
                ocp = OpenCircuitPotential.lfp();
                name = "LFP";
            }
            case NMC811_CHEN2020 -> {
                ocp = OpenCircuitPotential.ncm811();
                name = "NCM811";
            }
            default -> throw new InvalidInputException("no model OCP for " + c.ocp());
        }
        double ds = c.diffusivity().value(c.initialConcentration(), temperatureK);
        return new CathodeMaterial(name, c.maxConcentration(), ds, c.particleRadiusM(), ocp, k, ea, tref);
    }

    /**
     * @param p parameters
     * @param temperatureK T, K
     * @param initialStoichiometry x₀ of the particles, in (0, 1)
     * @return the composite cathode
     */
    public static CompositeCathode cathode(CellParameters p, double temperatureK, double initialStoichiometry) {
        CathodeParameters c = p.cathode();
        return new CompositeCathode(c.thicknessM(), c.activeFraction(), c.porosity(), c.bruggeman(),
                c.conductivitySPerM(), material(p, temperatureK), initialStoichiometry);
    }

    /**
     * @param p parameters
     * @param temperatureK T, K
     * @param mesh resolution
     * @return the Li | electrolyte | composite cathode cell at the set's initial state
     * @throws InvalidInputException when the separator is not all electrolyte (porosity 1), which the
     *         model assumes
     */
    public static HalfCell halfCell(CellParameters p, double temperatureK, HalfCellMesh mesh) {
        if (p.electrolyte().separatorPorosity() != 1.0) {
            throw new InvalidInputException("Separator porosity: the half-cell model treats the membrane as all "
                    + "electrolyte (porosity 1), got " + p.electrolyte().separatorPorosity());
        }
        return new HalfCell(p.electrolyte().separatorThicknessM(),
                cathode(p, temperatureK, p.cathode().initialStoichiometry()), electrolyte(p),
                p.electrolyte().initialConcentration(), lithium(p, temperatureK), contactResistance(p),
                p.geometry().areaM2(), temperatureK, mesh);
    }

    /**
     * @param p parameters
     * @param temperatureK T, K
     * @param cells finite volumes across the membrane (clustered at the interfaces)
     * @return Li | membrane | Li with the set's electrolyte, thickness, area and Li kinetics
     */
    public static SymmetricCell symmetricCell(CellParameters p, double temperatureK, int cells) {
        return new SymmetricCell(p.electrolyte().separatorThicknessM(), p.geometry().areaM2(), temperatureK,
                p.electrolyte().initialConcentration(), electrolyte(p), lithium(p, temperatureK), cells, true);
    }

    /** @param p parameters @return active-material mass, kg (ε_s·L·A·ρ) */
    public static double activeMassKg(CellParameters p) {
        CathodeParameters c = p.cathode();
        return c.activeFraction() * c.thicknessM() * p.geometry().areaM2() * c.activeDensityKgPerM3();
    }
}
