package org.elyte.io.md;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.elyte.core.error.FormatException;
import org.elyte.core.recording.Metadata;
import org.elyte.core.trajectory.Trajectory;
import org.elyte.io.source.Numbers;
import org.elyte.io.source.TextContent;

/**
 * Reads an MD trajectory into SI units (positions in m, time in s). Formats, chosen by extension
 * or content:
 * <ul>
 * <li>extended XYZ ({@code .xyz}, {@code .extxyz}): per frame a count line, a comment line with
 * {@code Lattice="ax 0 0 0 by 0 0 0 cz"} (orthorhombic) and optionally {@code Time=} (read as ps),
 * then {@code species x y z} in Å;</li>
 * <li>LAMMPS text dump ({@code .lammpstrj}, {@code .dump}, or a file starting with {@code ITEM:}):
 * {@code ITEM: ATOMS} with {@code id}, {@code element} or {@code type}, and {@code x y z},
 * {@code xu yu zu} or {@code xs ys zs}; lengths in Å (units real or metal); rows sorted by id;</li>
 * <li>GROMACS {@code .gro}: fixed columns, positions and box in nm, {@code t=} in the title (ps);
 * the species is the atom name.</li>
 * </ul>
 * Frame times: {@code k · frameIntervalS} when an interval is given; otherwise the file's times
 * (XYZ {@code Time=}, GRO {@code t=}); a LAMMPS dump needs the interval. Triclinic boxes are refused.
 */
public final class TrajectoryFiles {
    private TrajectoryFiles() {
    }

    /**
     * @param path the file
     * @param frameIntervalS time between frames, s; NaN to use the times in the file
     * @return the trajectory
     * @throws FormatException on unreadable, inconsistent or triclinic input, naming the line
     */
    public static Trajectory read(Path path, double frameIntervalS) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw FormatException.unreadable(path.toString(), "cannot read the file", e);
        }
        String name = path.getFileName().toString();
        TextContent text = TextContent.decode(name, bytes);
        List<String> lines = text.lines();
        String ext = TextContent.extensionOf(name).toLowerCase(Locale.ROOT);
        Metadata meta = Metadata.empty().with(Metadata.SOURCE_FILE, name).with(Metadata.SOURCE_SHA256, text.sha256());
        if (ext.equals("gro")) {
            return GroReader.read(name, lines, frameIntervalS, meta.with(Metadata.FORMAT, "gromacs-gro"));
        }
        if (ext.equals("lammpstrj") || ext.equals("dump") || (!lines.isEmpty() && lines.get(0).startsWith("ITEM:"))) {
            return LammpsDumpReader.read(name, lines, frameIntervalS, meta.with(Metadata.FORMAT, "lammps-dump"));
        }
        return XyzReader.read(name, lines, frameIntervalS, meta.with(Metadata.FORMAT, "extxyz"));
    }

    /**
     * The time of frame {@code index}: {@code index · interval} when an interval is given,
     * otherwise the picoseconds matched by group 1 of {@code time} in {@code text}.
     *
     * @param line 1-based line of {@code text}, for the error
     * @param missing the message when the text has no time
     * @return the time, s
     */
    static double frameTime(String name, int index, double interval, Pattern time, String text, int line,
            String missing) {
        if (!Double.isNaN(interval)) {
            return index * interval;
        }
        Matcher m = time.matcher(text);
        if (!m.find()) {
            throw FormatException.atLine(name, line, missing);
        }
        return Numbers.parse(m.group(1), name, line, "time") * 1e-12;
    }
}
