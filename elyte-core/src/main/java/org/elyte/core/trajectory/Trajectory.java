package org.elyte.core.trajectory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.elyte.core.error.InvalidInputException;
import org.elyte.core.recording.Metadata;

/**
 * An MD trajectory: species name of every atom, frames in time order, metadata.
 *
 * @param species element or atom-type name of each atom (e.g. "Li")
 * @param frames frames with strictly increasing time, each with {@code species.size()} atoms
 * @param metadata source file and whatever it states
 */
public record Trajectory(List<String> species, List<Frame> frames, Metadata metadata) {

    /** Copies and checks. */
    public Trajectory {
        species = List.copyOf(species);
        frames = List.copyOf(frames);
        Objects.requireNonNull(metadata, "metadata");
        for (int f = 0; f < frames.size(); f++) {
            if (frames.get(f).atoms() != species.size()) {
                throw new InvalidInputException("frame " + (f + 1) + " has " + frames.get(f).atoms() + " atoms, expected "
                        + species.size());
            }
            if (f > 0 && !(frames.get(f).timeS() > frames.get(f - 1).timeS())) {
                throw new InvalidInputException("frame " + (f + 1) + " time does not increase");
            }
        }
    }

    /**
     * @param name species name (case-sensitive, as in the file)
     * @return indices of the atoms of that species
     */
    public int[] indicesOf(String name) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < species.size(); i++) {
            if (species.get(i).equals(name)) {
                idx.add(i);
            }
        }
        return idx.stream().mapToInt(Integer::intValue).toArray();
    }
}
