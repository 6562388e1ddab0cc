package org.elyte.io.md;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.elyte.core.error.FormatException;
import org.elyte.core.recording.Metadata;
import org.elyte.core.trajectory.Frame;
import org.elyte.core.trajectory.Trajectory;
import org.elyte.io.source.Fields;
import org.elyte.io.source.Numbers;

/** Extended XYZ frames (Å, Lattice on the comment line). */
final class XyzReader {
    private static final double ANGSTROM = 1e-10;
    private static final Pattern LATTICE = Pattern.compile("Lattice\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME = Pattern.compile("(?:^|\\s)Time\\s*=\\s*([-+0-9.eE]+)", Pattern.CASE_INSENSITIVE);

    private XyzReader() {
    }

    static Trajectory read(String name, List<String> lines, double interval, Metadata meta) {
        List<Frame> frames = new ArrayList<>();
        List<String> species = null;
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).isBlank()) {
                i++;
                continue;
            }
            int header = i + 1;
            String count = lines.get(i).strip();
            if (!count.matches("\\d{1,9}")) {
                throw FormatException.atLine(name, header, "expected the atom count of a frame, found '" + Numbers.abbreviate(count) + "'");
            }
            int n = Integer.parseInt(count);
            if (n == 0 || i + 1 + n > lines.size() - 1) {
                throw FormatException.atLine(name, header, "frame of " + n + " atoms is empty or truncated");
            }
            String comment = lines.get(i + 1);
            Matcher lm = LATTICE.matcher(comment);
            if (!lm.find()) {
                throw FormatException.atLine(name, header + 1, "no Lattice=\"…\" on the comment line: a periodic box is needed");
            }
            List<String> lv = Fields.byWhitespace(lm.group(1));
            if (lv.size() != 9) {
                throw FormatException.atLine(name, header + 1, "Lattice must hold 9 numbers, found " + lv.size());
            }
            double[] cell = new double[9];
            for (int k = 0; k < 9; k++) {
                cell[k] = Numbers.parse(lv.get(k), name, header + 1, "lattice");
            }
            if (cell[1] != 0 || cell[2] != 0 || cell[3] != 0 || cell[5] != 0 || cell[6] != 0 || cell[7] != 0) {
                throw FormatException.atLine(name, header + 1, "triclinic cell: only orthorhombic boxes are supported");
            }
            double time = TrajectoryFiles.frameTime(name, frames.size(), interval, TIME, comment, header + 1,
                    "no Time= on the comment line: give the frame interval");
            double[] pos = new double[3 * n];
            List<String> sp = new ArrayList<>(n);
            for (int a = 0; a < n; a++) {
                int ln = i + 2 + a;
                List<String> f = Fields.byWhitespace(lines.get(ln));
                if (f.size() < 4) {
                    throw FormatException.atLine(name, ln + 1, "expected 'species x y z', found " + f.size() + " fields");
                }
                sp.add(f.get(0));
                for (int ax = 0; ax < 3; ax++) {
                    pos[3 * a + ax] = Numbers.parse(f.get(1 + ax), name, ln + 1, "coordinate") * ANGSTROM;
                }
            }
            if (species == null) {
                species = sp;
            } else if (!species.equals(sp)) {
                throw FormatException.atLine(name, header, "frame " + (frames.size() + 1) + " lists different atoms than frame 1");
            }
            frames.add(new Frame(time, new double[] {cell[0] * ANGSTROM, cell[4] * ANGSTROM, cell[8] * ANGSTROM}, pos));
            i += 2 + n;
        }
        if (frames.isEmpty()) {
            throw FormatException.inFile(name, "no frames");
        }
        return new Trajectory(species, frames, meta);
    }
}
