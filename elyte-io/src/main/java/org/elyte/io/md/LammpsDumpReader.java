package org.elyte.io.md;

import java.util.ArrayList;
import java.util.List;

import org.elyte.core.error.FormatException;
import org.elyte.core.recording.Metadata;
import org.elyte.core.trajectory.Frame;
import org.elyte.core.trajectory.Trajectory;
import org.elyte.io.source.Fields;
import org.elyte.io.source.Numbers;

/** LAMMPS text dump ({@code ITEM:} sections), lengths in Å, orthogonal boxes. */
final class LammpsDumpReader {
    private static final double ANGSTROM = 1e-10;

    private LammpsDumpReader() {
    }

    static Trajectory read(String name, List<String> lines, double interval, Metadata meta) {
        if (Double.isNaN(interval)) {
            throw FormatException.inFile(name, "a LAMMPS dump holds time steps, not times: give the frame interval");
        }
        List<Frame> frames = new ArrayList<>();
        List<String> species = null;
        int i = 0;
        int n = -1;
        double[] lo = new double[3];
        double[] len = new double[3];
        while (i < lines.size()) {
            String l = lines.get(i).strip();
            if (l.isEmpty() || l.startsWith("ITEM: TIMESTEP")) {
                i += l.isEmpty() ? 1 : 2;
                continue;
            }
            if (l.startsWith("ITEM: NUMBER OF ATOMS")) {
                String c = i + 1 < lines.size() ? lines.get(i + 1).strip() : "";
                if (!c.matches("\\d{1,9}")) {
                    throw FormatException.atLine(name, i + 2, "expected the number of atoms");
                }
                n = Integer.parseInt(c);
                i += 2;
            } else if (l.startsWith("ITEM: BOX BOUNDS")) {
                if (l.contains("xy")) {
                    throw FormatException.atLine(name, i + 1, "triclinic box: only orthogonal boxes are supported");
                }
                for (int ax = 0; ax < 3; ax++) {
                    List<String> f = Fields.byWhitespace(i + 1 + ax < lines.size() ? lines.get(i + 1 + ax) : "");
                    if (f.size() < 2) {
                        throw FormatException.atLine(name, i + 2 + ax, "expected 'lo hi' box bounds");
                    }
                    lo[ax] = Numbers.parse(f.get(0), name, i + 2 + ax, "box bound");
                    len[ax] = Numbers.parse(f.get(1), name, i + 2 + ax, "box bound") - lo[ax];
                }
                i += 4;
            } else if (l.startsWith("ITEM: ATOMS")) {
                List<String> cols = Fields.byWhitespace(l.substring("ITEM: ATOMS".length()));
                int id = cols.indexOf("id");
                int sp = cols.contains("element") ? cols.indexOf("element") : cols.indexOf("type");
                int x = first(cols, "x", "xu", "xs");
                boolean scaled = x >= 0 && cols.get(x).equals("xs");
                if (id < 0 || sp < 0 || x < 0 || n < 0) {
                    throw FormatException.atLine(name, i + 1, "ITEM: ATOMS needs id, element or type, and x/xu/xs columns"
                            + (n < 0 ? " after ITEM: NUMBER OF ATOMS" : ""));
                }
                int y = cols.indexOf(cols.get(x).replace('x', 'y'));
                int z = cols.indexOf(cols.get(x).replace('x', 'z'));
                if (y < 0 || z < 0) {
                    throw FormatException.atLine(name, i + 1, "missing y or z column");
                }
                String[] spOf = new String[n];
                double[] pos = new double[3 * n];
                for (int a = 0; a < n; a++) {
                    int ln = i + 1 + a;
                    if (ln >= lines.size()) {
                        throw FormatException.atLine(name, ln, "frame truncated: expected " + n + " atom rows");
                    }
                    List<String> f = Fields.byWhitespace(lines.get(ln));
                    if (f.size() < cols.size()) {
                        throw FormatException.atLine(name, ln + 1, "expected " + cols.size() + " fields, found " + f.size());
                    }
                    String idText = f.get(id);
                    if (!idText.matches("\\d{1,9}") || Integer.parseInt(idText) < 1 || Integer.parseInt(idText) > n) {
                        throw FormatException.atLine(name, ln + 1, "atom id '" + idText + "' outside 1.." + n);
                    }
                    int k = Integer.parseInt(idText) - 1;
                    spOf[k] = f.get(sp);
                    int[] c = {x, y, z};
                    for (int ax = 0; ax < 3; ax++) {
                        double v = Numbers.parse(f.get(c[ax]), name, ln + 1, "coordinate");
                        pos[3 * k + ax] = (scaled ? lo[ax] + v * len[ax] : v) * ANGSTROM;
                    }
                }
                List<String> s = new ArrayList<>(List.of(spOf));
                if (s.contains(null)) {
                    throw FormatException.atLine(name, i + 1, "atom ids of this frame are not 1.." + n + " each once");
                }
                if (species == null) {
                    species = s;
                } else if (!species.equals(s)) {
                    throw FormatException.atLine(name, i + 1, "frame " + (frames.size() + 1) + " has different atom types than frame 1");
                }
                if (!(len[0] > 0 && len[1] > 0 && len[2] > 0)) {
                    throw FormatException.atLine(name, i + 1, "no positive box bounds before the atoms");
                }
                frames.add(new Frame(frames.size() * interval, new double[] {len[0] * ANGSTROM, len[1] * ANGSTROM,
                    len[2] * ANGSTROM}, pos));
                i += 1 + n;
            } else {
                throw FormatException.atLine(name, i + 1, "unexpected line '" + Numbers.abbreviate(l) + "' in a LAMMPS dump");
            }
        }
        if (frames.isEmpty()) {
            throw FormatException.inFile(name, "no ITEM: ATOMS section");
        }
        return new Trajectory(species, frames, meta);
    }

    private static int first(List<String> cols, String... names) {
        for (String s : names) {
            int k = cols.indexOf(s);
            if (k >= 0) {
                return k;
            }
        }
        return -1;
    }
}
