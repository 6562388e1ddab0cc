package org.elyte.sim.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.elyte.sim.model.HalfCell;
import org.elyte.sim.model.HalfCellMesh;
import org.elyte.sim.model.HalfCellModel;
import org.elyte.sim.solver.BdfIntegrator;
import org.elyte.sim.solver.BdfOptions;
import org.elyte.sim.solver.DaeSolution;
import org.elyte.sim.solver.DaeSystem;
import org.elyte.sim.solver.JacobianPattern;
import org.junit.jupiter.api.Test;

/**
 * A controlled step integrated with its bordered pattern (the model's condensed solver plus the
 * bordering algorithm) and, through a wrapper that declares the same system dense, with the dense
 * LU: the same trajectory within the integrator's tolerance.
 */
class ControlledStepBorderedTest {

    /** The same DAE, declared dense. */
    private record AsDense(ControlledStep s) implements DaeSystem {
        @Override
        public int size() {
            return s.size();
        }

        @Override
        public void massDiagonal(double[] out) {
            s.massDiagonal(out);
        }

        @Override
        public void rhs(double t, double[] y, double[] f) {
            s.rhs(t, y, f);
        }

        @Override
        public boolean jacobian(double t, double[] y, JacobianSink sink) {
            return s.jacobian(t, y, sink);
        }

        @Override
        public JacobianPattern pattern() {
            return JacobianPattern.dense();
        }
    }

    private static HalfCell cell() {
        return Simulation.of("pebax12-lfp", List.of()).withMesh(new HalfCellMesh(6, 7, 6)).cell(298.15);
    }

    private static DaeSolution run(ControlledStep.Control control, boolean dense) {
        HalfCellModel model = new HalfCellModel(cell());
        double[] y = model.initialState();
        ControlledStep step = new ControlledStep(model, control);
        assertThat(step.pattern()).isInstanceOf(JacobianPattern.Bordered.class);
        DaeSystem sys = dense ? new AsDense(step) : step;
        BdfIntegrator integrator = new BdfIntegrator(BdfOptions.defaults().withTolerances(1e-8, 1e-10));
        double[] y0 = step.extend(y, 1.0);
        assertThat(integrator.initialize(sys, 0, y0)).isEmpty();
        return integrator.integrate(sys, 0, y0, 600, List.of()).orThrow();
    }

    private static void sameTrajectory(ControlledStep.Control control) {
        DaeSolution b = run(control, false);
        DaeSolution d = run(control, true);
        double[] yb = b.lastState();
        double[] yd = d.lastState();
        assertThat(b.lastTime()).isEqualTo(600.0);
        for (int k = 0; k < yb.length; k++) {
            double tol = 1e-5 * Math.max(1e-3, Math.abs(yd[k]));
            assertThat(yb[k]).as("y[%s]", k).isCloseTo(yd[k], within(tol));
        }
    }

    @Test
    void voltageHoldMatchesTheDenseSolve() {
        HalfCellModel m = new HalfCellModel(cell());
        m.setCurrent(0);
        double ocv = m.voltage(m.initialState());
        sameTrajectory(new ControlledStep.Control.Voltage(ocv - 0.05)); // a discharging hold
    }

    @Test
    void constantLoadMatchesTheDenseSolve() {
        sameTrajectory(new ControlledStep.Control.Resistance(20e3, cell().areaM2())); // about 1 C
    }
}
