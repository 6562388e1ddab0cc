package org.elyte.analysis.eis.circuit;

/**
 * Evaluates a circuit's impedance and its analytic derivatives with respect to every parameter,
 * for many frequencies in one pass, into caller-provided arrays. Allocates its scratch once at
 * construction; not thread-safe (create one per thread; {@link Circuit} itself is immutable).
 */
public final class CircuitEvaluator {
    private final Op root;
    private final Op[] leaves;
    private final boolean needsLog;
    private final int parameterCount;
    private final double[] elementOut = new double[2 + 2 * 3];
    private double outRe;
    private double outIm;
    private double lnOmega;
    private double[] lastOmega = new double[0];
    private double[] lastLogs = new double[0];

    /** @param circuit the circuit */
    public CircuitEvaluator(Circuit circuit) {
        this.parameterCount = circuit.parameterCount();
        java.util.List<Op> leafList = new java.util.ArrayList<>();
        this.root = compile(circuit.root(), new int[] {0}, leafList);
        this.leaves = leafList.toArray(new Op[0]);
        this.needsLog = leafList.stream().anyMatch(op -> op.type == ElementType.CPE || op.type == ElementType.LA);
    }

    /**
     * @param params parameter values in {@link Circuit#parameterNames()} order
     * @param omega angular frequencies, rad/s
     * @param zRe receives Z', Ω (length = omega.length)
     * @param zIm receives Z'', Ω
     * @param dRe null, or receives ∂Z'/∂p as {@code dRe[i][k]} (frequency i, parameter k)
     * @param dIm null, or receives ∂Z''/∂p
     */
    public void evaluate(double[] params, double[] omega, double[] zRe, double[] zIm, double[][] dRe, double[][] dIm) {
        if (params.length != parameterCount) {
            throw new IllegalArgumentException(params.length + " values for " + parameterCount + " parameters");
        }
        for (Op leaf : leaves) {
            ElementMath.prepare(leaf.type, params, leaf.offset, leaf.prepared);
        }
        double[] logs = needsLog ? logs(omega) : null;
        for (int i = 0; i < omega.length; i++) {
            lnOmega = needsLog ? logs[i] : Double.NaN;
            eval(root, omega[i], params, dRe == null ? null : dRe[i], dIm == null ? null : dIm[i]);
            zRe[i] = outRe;
            zIm[i] = outIm;
        }
    }

    /** @return ln ω per frequency, recomputed only when the frequencies differ from the last call */
    private double[] logs(double[] omega) {
        if (!java.util.Arrays.equals(omega, lastOmega)) {
            lastOmega = omega.clone();
            lastLogs = new double[omega.length];
            for (int i = 0; i < omega.length; i++) {
                lastLogs[i] = Math.log(omega[i]);
            }
        }
        return lastLogs;
    }

    private void eval(Op op, double w, double[] p, double[] dr, double[] di) {
        if (op.type != null) {
            double[] out = elementOut;
            ElementMath.eval(op.type, w, lnOmega, op.prepared, p, op.offset, out);
            if (dr != null) {
                for (int k = 0; k < op.count; k++) {
                    dr[op.offset + k] = out[2 + 2 * k];
                    di[op.offset + k] = out[3 + 2 * k];
                }
            }
            outRe = out[0];
            outIm = out[1];
            return;
        }
        Op[] ch = op.children;
        if (!op.parallel) {
            double sr = 0;
            double si = 0;
            for (Op c : ch) {
                eval(c, w, p, dr, di);
                sr += outRe;
                si += outIm;
            }
            outRe = sr;
            outIm = si;
            return;
        }
        double yr = 0;
        double yi = 0;
        for (int c = 0; c < ch.length; c++) {
            eval(ch[c], w, p, dr, di);
            op.zr[c] = outRe;
            op.zi[c] = outIm;
            double m = outRe * outRe + outIm * outIm;
            yr += outRe / m;
            yi -= outIm / m;
        }
        double ym = yr * yr + yi * yi;
        double zr = yr / ym;
        double zi = -yi / ym;
        if (dr != null) {
            for (int c = 0; c < ch.length; c++) {
                // ∂Z/∂p = (Z/Z_c)² ∂Z_c/∂p
                double cr = op.zr[c];
                double ci = op.zi[c];
                double cm = cr * cr + ci * ci;
                double qr = (zr * cr + zi * ci) / cm;
                double qi = (zi * cr - zr * ci) / cm;
                double fr = qr * qr - qi * qi;
                double fi = 2 * qr * qi;
                Op child = ch[c];
                for (int k = child.offset; k < child.offset + child.count; k++) {
                    double a = dr[k];
                    double b = di[k];
                    dr[k] = fr * a - fi * b;
                    di[k] = fr * b + fi * a;
                }
            }
        }
        outRe = zr;
        outIm = zi;
    }

    private static Op compile(CircuitNode node, int[] next, java.util.List<Op> leaves) {
        if (node instanceof Element e) {
            Op op = new Op(e.type(), false, null, next[0], e.parameterCount());
            next[0] += e.parameterCount();
            leaves.add(op);
            return op;
        }
        java.util.List<CircuitNode> kids = node instanceof Series s ? s.children() : ((Parallel) node).children();
        int start = next[0];
        Op[] ops = new Op[kids.size()];
        for (int i = 0; i < ops.length; i++) {
            ops[i] = compile(kids.get(i), next, leaves);
        }
        return new Op(null, node instanceof Parallel, ops, start, next[0] - start);
    }

    /**
     * A compiled node with scratch for the child impedances of a parallel block, or for an
     * element's frequency-independent terms.
     */
    private static final class Op {
        final ElementType type;
        final boolean parallel;
        final Op[] children;
        final int offset;
        final int count;
        final double[] zr;
        final double[] zi;
        final double[] prepared;

        Op(ElementType type, boolean parallel, Op[] children, int offset, int count) {
            this.type = type;
            this.parallel = parallel;
            this.children = children;
            this.offset = offset;
            this.count = count;
            this.zr = children == null ? null : new double[children.length];
            this.zi = children == null ? null : new double[children.length];
            this.prepared = type == null ? null : new double[ElementMath.PREPARED];
        }
    }
}
