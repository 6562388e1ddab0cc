package org.elyte.io.md;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.elyte.core.error.FormatException;
import org.elyte.core.recording.Metadata;
import org.elyte.core.trajectory.Frame;
import org.elyte.core.trajectory.Trajectory;
import org.elyte.io.source.Fields;
import org.elyte.io.source.Numbers;

/** GROMACS .gro frames: fixed columns, nm, {@code t=} in ps on the title line. */
final class GroReader {
    private static final double NM = 1e-9;
    private static final Pattern TIME = Pattern.compile("t\\s*=\\s*([-+0-9.eE]+)");

    private GroReader() {
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
            String title = lines.get(i);
            if (i + 1 >= lines.size() || !lines.get(i + 1).strip().matches("\\d{1,9}")) {
                throw FormatException.atLine(name, i + 2, "expected the atom count after the title line");
            }
            int n = Integer.parseInt(lines.get(i + 1).strip());
            if (n == 0 || i + 2 + n >= lines.size()) {
                throw FormatException.atLine(name, i + 2, "frame of " + n + " atoms is empty or truncated");
            }
            double time = TrajectoryFiles.frameTime(name, frames.size(), interval, TIME, title, i + 1,
                    "no 't=' on the title line: give the frame interval");
            double[] pos = new double[3 * n];
            List<String> sp = new ArrayList<>(n);
            for (int a = 0; a < n; a++) {
                int ln = i + 2 + a;
                String l = lines.get(ln);
                if (l.length() < 44) {
                    throw FormatException.atLine(name, ln + 1, "atom line shorter than 44 characters (fixed .gro columns)");
                }
                sp.add(l.substring(10, 15).strip());
                for (int ax = 0; ax < 3; ax++) {
                    pos[3 * a + ax] = Numbers.parse(l.substring(20 + 8 * ax, 28 + 8 * ax).strip(), name, ln + 1, "coordinate") * NM;
                }
            }
            int boxLine = i + 2 + n;
            List<String> b = Fields.byWhitespace(lines.get(boxLine));
            if (b.size() != 3 && b.size() != 9) {
                throw FormatException.atLine(name, boxLine + 1, "expected 3 (or 9) box values, found " + b.size());
            }
            double[] box = new double[b.size()];
            for (int k = 0; k < b.size(); k++) {
                box[k] = Numbers.parse(b.get(k), name, boxLine + 1, "box");
            }
            for (int k = 3; k < box.length; k++) {
                if (box[k] != 0) {
                    throw FormatException.atLine(name, boxLine + 1, "triclinic box: only orthorhombic boxes are supported");
                }
            }
            if (species == null) {
                species = sp;
            } else if (!species.equals(sp)) {
                throw FormatException.atLine(name, i + 1, "frame " + (frames.size() + 1) + " lists different atoms than frame 1");
            }
            frames.add(new Frame(time, new double[] {box[0] * NM, box[1] * NM, box[2] * NM}, pos));
            i = boxLine + 1;
        }
        if (frames.isEmpty()) {
            throw FormatException.inFile(name, "no frames");
        }
        return new Trajectory(species, frames, meta);
    }
}
