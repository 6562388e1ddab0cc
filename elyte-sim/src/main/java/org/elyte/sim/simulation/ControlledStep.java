package org.elyte.sim.simulation;

import java.util.Objects;

import org.elyte.sim.model.HalfCellModel;
import org.elyte.sim.solver.DaeSystem;
import org.elyte.sim.solver.JacobianPattern;
import org.elyte.sim.solver.Sparsity;

/**
 * A half cell under voltage, power or resistance control: composes a {@link HalfCellModel} and adds
 * its current density I (A/m², discharge positive) as one more algebraic unknown, at the end of the
 * state, with the control equation {@code g(V(y, I), I) = 0} of {@link Control}. I enters rows
 * across the cell and the voltage row depends on many states, so the Jacobian is the model's
 * bordered by one full row and column: the pattern is {@link JacobianPattern.Bordered} around the
 * model's own pattern and structure, and the integrator factorises the model's block with the
 * model's solver (condensed and banded) and eliminates the border by the bordering algorithm
 * ({@link org.elyte.sim.solver.BorderedLu}), so a factorisation costs about what the model's own
 * does plus one extra solve. The Jacobian is by coloured forward differences on the model's band
 * (entries outside the model's structure dropped) plus the current column, and the voltage row
 * from the model's analytic gradient. Not thread-safe.
 */
public final class ControlledStep implements DaeSystem {
    /** The control equation g(V, I) = 0 in cell voltage V (V) and current density I (A/m², discharge positive). */
    public sealed interface Control {
        /** @param v cell voltage, V @param i current density, A/m² @return g */
        double residual(double v, double i);

        /** @param v cell voltage, V @param i current density, A/m² @return ∂g/∂V at fixed I */
        double dV(double v, double i);

        /** @param v cell voltage, V @param i current density, A/m² @return ∂g/∂I at fixed V */
        double dI(double v, double i);

        /** @return whether the voltage is the controlled quantity (a hold) */
        default boolean holdsVoltage() {
            return false;
        }

        /**
         * V − V_set = 0.
         *
         * @param volts held voltage, V
         */
        record Voltage(double volts) implements Control {
            @Override
            public double residual(double v, double i) {
                return v - volts;
            }

            @Override
            public double dV(double v, double i) {
                return 1;
            }

            @Override
            public double dI(double v, double i) {
                return 0;
            }

            @Override
            public boolean holdsVoltage() {
                return true;
            }
        }

        /**
         * V·I·A − P = 0 (P positive on discharge, as the experiment grammar).
         *
         * @param watts power, W
         * @param areaM2 electrode area, m²
         */
        record Power(double watts, double areaM2) implements Control {
            @Override
            public double residual(double v, double i) {
                return v * i * areaM2 - watts;
            }

            @Override
            public double dV(double v, double i) {
                return i * areaM2;
            }

            @Override
            public double dI(double v, double i) {
                return v * areaM2;
            }
        }

        /**
         * V − I·A·R = 0: the cell discharges through a load R (negative R is not accepted).
         *
         * @param ohms load resistance, Ω
         * @param areaM2 electrode area, m²
         */
        record Resistance(double ohms, double areaM2) implements Control {
            @Override
            public double residual(double v, double i) {
                return v - i * areaM2 * ohms;
            }

            @Override
            public double dV(double v, double i) {
                return 1;
            }

            @Override
            public double dI(double v, double i) {
                return -areaM2 * ohms;
            }
        }
    }

    private static final double SQRT_EPS = Math.sqrt(Math.ulp(1.0));
    private final HalfCellModel model;
    private final int n;
    private final double[] ySub;
    private final double[] fSub;
    private final Control control;
    private final Sparsity structure;

    /**
     * @param model the half-cell model (its current is overwritten on every evaluation)
     * @param control the control equation
     */
    public ControlledStep(HalfCellModel model, Control control) {
        this.model = Objects.requireNonNull(model, "model");
        this.n = model.size();
        this.ySub = new double[n];
        this.fSub = new double[n];
        this.control = Objects.requireNonNull(control, "control");
        this.structure = model.sparsity().orElse(null);
    }

    /** @return the control equation */
    public Control control() {
        return control;
    }

    /** @return index of the current density in the state */
    public int currentIndex() {
        return n;
    }

    /**
     * @param y state of the model (length {@code model.size()})
     * @param currentDensity first guess of I, A/m²
     * @return the extended state
     */
    public double[] extend(double[] y, double currentDensity) {
        double[] e = new double[n + 1];
        System.arraycopy(y, 0, e, 0, n);
        e[n] = currentDensity;
        return e;
    }

    /** @param y extended state @return the model's part (a copy) */
    public double[] modelState(double[] y) {
        return java.util.Arrays.copyOf(y, n);
    }

    /** @param y extended state @return cell voltage, V */
    public double voltage(double[] y) {
        System.arraycopy(y, 0, ySub, 0, n);
        model.setCurrent(y[n]);
        return model.voltage(ySub);
    }

    @Override
    public int size() {
        return n + 1;
    }

    @Override
    public void massDiagonal(double[] out) {
        model.massDiagonal(fSub);
        System.arraycopy(fSub, 0, out, 0, n);
        out[n] = 0;
    }

    @Override
    public void rhs(double t, double[] y, double[] f) {
        System.arraycopy(y, 0, ySub, 0, n);
        model.setCurrent(y[n]);
        model.rhs(t, ySub, fSub);
        System.arraycopy(fSub, 0, f, 0, n);
        f[n] = control.residual(model.voltage(ySub), y[n]);
    }

    /**
     * Forward differences with column colouring: the model's columns in groups further apart than
     * its band, the current column on its own (2·bandwidth + 2 right-hand sides per Jacobian).
     */
    @Override
    public boolean jacobian(double t, double[] y, JacobianSink sink) {
        int bw = model.bandwidth();
        int colors = Math.min(n, 2 * bw + 1);
        double[] f0 = new double[n + 1];
        double[] fp = new double[n + 1];
        double[] yp = y.clone();
        double[] h = new double[n + 1];
        rhs(t, y, f0);
        for (int c = 0; c <= colors; c++) {
            if (c == colors) {
                h[n] = SQRT_EPS * Math.max(Math.abs(y[n]), 1.0);
                yp[n] = y[n] + h[n];
                rhs(t, yp, fp);
                yp[n] = y[n];
                for (int row = 0; row < n; row++) {
                    sink.add(row, n, (fp[row] - f0[row]) / h[n]);
                }
                double v = voltage(y);
                sink.add(n, n, control.dV(v, y[n]) * model.voltageCurrentDerivative() + control.dI(v, y[n]));
                break;
            }
            for (int col = c; col < n; col += colors) {
                h[col] = SQRT_EPS * Math.max(Math.abs(y[col]), 1.0);
                yp[col] = y[col] + h[col];
                h[col] = yp[col] - y[col];
            }
            rhs(t, yp, fp);
            for (int col = c; col < n; col += colors) {
                yp[col] = y[col];
                for (int row = Math.max(0, col - bw); row <= Math.min(n - 1, col + bw); row++) {
                    if (structure == null || structure.contains(row, col)) {
                        sink.add(row, col, (fp[row] - f0[row]) / h[col]);
                    }
                }
            }
        }
        System.arraycopy(y, 0, ySub, 0, n);
        model.setCurrent(y[n]);
        double[] g = model.voltageGradient(ySub);
        double gv = control.dV(model.voltage(ySub), y[n]);
        for (int col = 0; col < n; col++) {
            if (g[col] != 0.0) {
                sink.add(n, col, gv * g[col]);
            }
        }
        return true;
    }

    @Override
    public JacobianPattern pattern() {
        return new JacobianPattern.Bordered(model.pattern(), model.sparsity());
    }
}
