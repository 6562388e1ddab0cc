package org.elyte.core.trajectory;

import org.elyte.core.error.InvalidInputException;

/**
 * One MD frame: positions of every atom and the orthorhombic box, SI units.
 *
 * @param timeS simulation time, s
 * @param boxM box edge lengths (Lx, Ly, Lz), m; all &gt; 0
 * @param positionsM x, y, z of atom i at indices 3i, 3i+1, 3i+2, m (wrapped or not)
 */
public record Frame(double timeS, double[] boxM, double[] positionsM) {

    /** Defensive copies and checks. */
    public Frame {
        boxM = boxM.clone();
        positionsM = positionsM.clone();
        if (boxM.length != 3 || !(boxM[0] > 0) || !(boxM[1] > 0) || !(boxM[2] > 0)) {
            throw new InvalidInputException("a frame needs three positive box lengths");
        }
        if (positionsM.length % 3 != 0 || !Double.isFinite(timeS)) {
            throw new InvalidInputException("a frame needs 3 coordinates per atom and a finite time");
        }
    }

    @Override
    public double[] boxM() {
        return boxM.clone();
    }

    @Override
    public double[] positionsM() {
        return positionsM.clone();
    }

    /** @return number of atoms */
    public int atoms() {
        return positionsM.length / 3;
    }

    /** @param atom index @param axis 0, 1 or 2 @return coordinate, m */
    public double coordinate(int atom, int axis) {
        return positionsM[3 * atom + axis];
    }

    /** @param axis 0, 1 or 2 @return box length, m */
    public double box(int axis) {
        return boxM[axis];
    }

    /** @return box volume, m³ */
    public double volumeM3() {
        return boxM[0] * boxM[1] * boxM[2];
    }
}
