package org.elyte.analysis.eis.kk;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealVector;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * Linear least squares min ‖A x − b‖₂ by Householder QR after scaling every column to unit norm
 * (the Lin-KK columns span many decades: ω/|Z| next to 1/(ω|Z|)); falls back to the SVD
 * pseudo-inverse (minimum-norm solution) when QR finds the scaled matrix rank deficient.
 */
final class LeastSquares {
    private static final double QR_THRESHOLD = 1e-12;

    private LeastSquares() {
    }

    /**
     * @param a design matrix, rows × columns, rows ≥ columns ≥ 1
     * @param b right-hand side, one value per row
     * @return x minimising ‖A x − b‖₂
     */
    static double[] solve(double[][] a, double[] b) {
        int rows = a.length;
        int cols = a[0].length;
        double[] scale = new double[cols];
        for (int j = 0; j < cols; j++) {
            double s = 0;
            for (double[] row : a) {
                s = Math.hypot(s, row[j]);
            }
            scale[j] = s > 0 ? s : 1;
        }
        double[][] scaled = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                scaled[i][j] = a[i][j] / scale[j];
            }
        }
        Array2DRowRealMatrix m = new Array2DRowRealMatrix(scaled, false);
        RealVector rhs = new ArrayRealVector(b, true);
        RealVector y;
        try {
            y = new QRDecomposition(m, QR_THRESHOLD).getSolver().solve(rhs);
        } catch (MathIllegalArgumentException singular) {
            y = new SingularValueDecomposition(m).getSolver().solve(rhs);
        }
        double[] x = new double[cols];
        for (int j = 0; j < cols; j++) {
            x[j] = y.getEntry(j) / scale[j];
        }
        return x;
    }
}
