package org.elyte.app.cli;

import java.nio.file.Path;

import org.elyte.core.recording.Recording;

import picocli.CommandLine.Parameters;

/** The one input file of an analysis command (a picocli mixin), read through {@link DataFiles}. */
public final class InputFile {
    @Parameters(index = "0", paramLabel = "FILE",
            description = "Input file; its format is detected from the content (docs/formats.md).")
    Path file;

    /** @return the file as given */
    public Path path() {
        return file;
    }

    /** @return the file name without its folder, for titles */
    public String name() {
        Path n = file.getFileName();
        return n == null ? file.toString() : n.toString();
    }

    /**
     * @return the file read as a cycler recording
     * @throws org.elyte.core.error.FormatException when it cannot be read
     */
    public Recording recording() {
        return DataFiles.recording(file);
    }
}
