package org.elyte.app.conductivity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.elyte.core.error.InvalidInputException;
import org.elyte.core.geometry.Temperatures;
import org.elyte.core.geometry.Units;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.core.recording.Metadata;

/**
 * Decides the temperature of each spectrum, in this order: the user's list (one per file, in
 * order), the file's own header, the file name ({@code 140deg}, {@code 55C}, {@code 328K}).
 * The source is recorded in the metadata ({@link Metadata#TEMPERATURE_SOURCE}).
 */
final class TemperatureSources {
    private TemperatureSources() {
    }

    /**
     * @param userList the {@code --temperatures} value, or null
     * @param fileCount number of files
     * @return one temperature in K per file, or an empty list when no list was given
     */
    static List<Double> parseList(String userList, int fileCount) {
        List<Double> out = new ArrayList<>();
        if (userList == null || userList.isBlank()) {
            return out;
        }
        for (String t : userList.split(",")) {
            out.add(Units.parseTemperature(t.strip()).value());
        }
        if (out.size() != fileCount) {
            throw new InvalidInputException("--temperatures gives " + out.size() + " temperatures for " + fileCount
                    + " files; give one per file, in the order of the files");
        }
        return out;
    }

    /**
     * @param s a spectrum as read
     * @param file its file
     * @param user the user's temperature for this file, or NaN
     * @return the spectrum with its temperature and its source in the metadata, when known
     */
    static ImpedanceSpectrum resolve(ImpedanceSpectrum s, Path file, double user) {
        if (!Double.isNaN(user)) {
            return tag(s, user, "user");
        }
        if (s.temperatureK().isPresent()) {
            return s.metadata().get(Metadata.TEMPERATURE_SOURCE).isPresent() ? s : tag(s, s.temperatureK().getAsDouble(), "file header");
        }
        OptionalDouble fromName = Temperatures.fromFileName(file.getFileName().toString());
        return fromName.isPresent() ? tag(s, fromName.getAsDouble(), "file name") : s;
    }

    private static ImpedanceSpectrum tag(ImpedanceSpectrum s, double tK, String source) {
        return s.withMetadata(s.metadata().with(Metadata.TEMPERATURE_K, tK).with(Metadata.TEMPERATURE_SOURCE, source));
    }
}
