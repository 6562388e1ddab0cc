package org.elyte.sim.model;

/** The two illustrative Li | SPE | LFP cells of cell_model_reference §6.1 (same inputs as the PyBaMM runs). */
final class ReferenceCells {
    static final double NOMINAL = 0.98;
    static final double CUTOFF = 2.8;

    private ReferenceCells() {
    }

    static CompositeCathode lfpCathode() {
        return new CompositeCathode(10e-6, 0.28, 0.42, 1.5, 0.33795, CathodeMaterial.lfpPrada2013(), 0.02);
    }

    static ElectrodeKinetics lithiumFoil() {
        return new ElectrodeKinetics(2.0, 1000, 0.5, 0.5, 0.5, 0);
    }

    /** HSE PCL-LiClO4-LATP: 120 µm, 3.64e-3 S/m, t+ 0.58, 55 °C, ideal closure D. */
    static HalfCell hse(int n) {
        double t = 328.15;
        return new HalfCell(120e-6, lfpCathode(), ConstantElectrolyte.idealClosure(3.64e-3, 0.58, 1000, t), 1000,
                lithiumFoil(), 0, 1e-4, t, HalfCellMesh.uniform(n));
    }

    /** Pebax-LiTFSI: 48 µm, 4e-2 S/m, t+ 0.25, 60 °C. */
    static HalfCell pebax(int n) {
        double t = 333.15;
        return new HalfCell(48e-6, lfpCathode(), ConstantElectrolyte.idealClosure(4e-2, 0.25, 1000, t), 1000,
                lithiumFoil(), 0, 1e-4, t, HalfCellMesh.uniform(n));
    }
}
