package org.elyte.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.elyte.core.error.FormatException;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.core.recording.Recording;
import org.elyte.io.eis.ImpedanceFiles;
import org.elyte.io.recording.RecordingFiles;

/**
 * Reads any supported file as a {@link Recording}: cycler formats through {@link RecordingFiles},
 * impedance-only formats (Gamry, ZPlot, NEISYS, plain f/Z'/Z'' text) through
 * {@link ImpedanceFiles} as the frequency/impedance table of their first spectrum. The one way every
 * command reads its input file.
 */
public final class DataFiles {
    private DataFiles() {
    }

    /**
     * @param file a cycler file (BioLogic, BDF CSV, Landt, Arbin, Neware, Maccor …)
     * @return its recording
     * @throws FormatException when the file cannot be read or is in no known cycler format
     */
    public static Recording recording(Path file) {
        return RecordingFiles.read(file);
    }

    /**
     * @param file a cycler or impedance file
     * @return its recording, and how many spectra an impedance file holds (1 otherwise)
     * @throws FormatException when the file cannot be read or is in no known format
     */
    public static Loaded read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw FormatException.unreadable(file.toString(), "cannot read " + file + ": " + e.getMessage(), e);
        }
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            return new Loaded(RecordingFiles.read(name, bytes), 1);
        } catch (FormatException notACyclerFile) {
            List<ImpedanceSpectrum> spectra;
            try {
                spectra = ImpedanceFiles.read(name, bytes);
            } catch (FormatException notImpedanceEither) {
                if (notACyclerFile.line().isPresent() || notACyclerFile.byteOffset().isPresent()) {
                    throw notACyclerFile; // a cycler file with an error inside says more than the fallback
                }
                throw notImpedanceEither;
            }
            return new Loaded(spectra.get(0).toRecording(), spectra.size());
        }
    }

    /**
     * @param recording the data
     * @param spectra number of impedance spectra in the file (1 for other files)
     */
    public record Loaded(Recording recording, int spectra) {
    }
}
