package org.elyte.app.eis;

import java.nio.file.Path;
import java.util.List;

import org.elyte.core.error.InvalidInputException;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.io.eis.ImpedanceFiles;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** One impedance file, which of its spectra to use, and the frequency band (a picocli mixin). */
public final class SpectrumFileArgs {
    @Parameters(index = "0", paramLabel = "FILE", description = "Impedance file (.mpt, .DTA, .z, .txt, .csv).")
    Path file;

    @Option(names = "--spectrum", paramLabel = "K", defaultValue = "1",
            description = "Which spectrum of a file that holds several (1-based, default: ${DEFAULT-VALUE}).")
    int index;

    @Mixin
    BandArgs band;

    private int spectraInFile;

    /** @return the selected spectrum, band-filtered */
    public ImpedanceSpectrum load() {
        List<ImpedanceSpectrum> all = ImpedanceFiles.read(file);
        spectraInFile = all.size();
        if (index < 1 || index > all.size()) {
            throw new InvalidInputException("--spectrum " + index + ": " + file + " holds " + all.size() + " spectra");
        }
        return band.select(all.get(index - 1));
    }

    /** @return the file */
    public Path file() {
        return file;
    }

    /** @return the 1-based index of the selected spectrum */
    public int index() {
        return index;
    }

    /** @return how many spectra the file holds (after {@link #load()}) */
    public int spectraInFile() {
        return spectraInFile;
    }
}
