package org.elyte.sim.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.elyte.sim.solver.Sparsity;
import org.junit.jupiter.api.Test;

/** The declared Jacobian structure of the half cell covers every entry that finite differences see. */
class HalfCellSparsityTest {

    @Test
    void structureContainsEveryNonZeroOfTheJacobian() {
        HalfCell cell = ReferenceCells.hse(20).withMesh(new HalfCellMesh(4, 5, 6));
        HalfCellResult r = HalfCellSimulation.of(cell).run(10, 600, 2.8, 4.2);
        HalfCellModel model = new HalfCellModel(cell);
        model.setCurrent(10);
        double[] y = r.finalState().clone();
        int n = model.size();
        Sparsity s = model.sparsity().orElseThrow();
        double[] f0 = new double[n];
        double[] f1 = new double[n];
        model.rhs(0, y, f0);
        int seen = 0;
        for (int col = 0; col < n; col++) {
            double keep = y[col];
            y[col] = keep + 1e-6 * Math.max(Math.abs(keep), 1e-3);
            model.rhs(0, y, f1);
            y[col] = keep;
            for (int row = 0; row < n; row++) {
                if (f1[row] != f0[row]) {
                    seen++;
                    assertThat(s.contains(row, col)).as("entry (%s, %s)", row, col).isTrue();
                }
            }
        }
        assertThat(seen).isGreaterThan(n); // the test perturbs something off the diagonal
        assertThat(s.blocks()).isEqualTo(5); // one particle block per cathode cell
        // particle columns of different cells share colours: far fewer than the band's 2(N_r + 4) + 1
        assertThat(s.colourCount()).isLessThan(2 * (6 + 4) + 1);
    }
}
