package org.elyte.app.report;

import java.nio.file.Path;
import java.util.Locale;

import org.elyte.core.error.InvalidInputException;

/** The image formats a plot is written in, chosen by the file's extension. */
public enum PlotFormat {
    /** Portable Network Graphics, {@code .png}. */
    PNG(".png"),
    /** Scalable Vector Graphics, {@code .svg}. */
    SVG(".svg");

    private final String extension;

    PlotFormat(String extension) {
        this.extension = extension;
    }

    /** @return the file extension with its dot, lower case */
    public String extension() {
        return extension;
    }

    /**
     * @param file a plot file
     * @return its format
     * @throws InvalidInputException when the name ends in neither {@code .png} nor {@code .svg}
     */
    public static PlotFormat of(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        for (PlotFormat f : values()) {
            if (n.endsWith(f.extension)) {
                return f;
            }
        }
        throw new InvalidInputException("plot file '" + file + "': name it *.png or *.svg (the extension chooses the format)");
    }
}
