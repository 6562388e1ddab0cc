package org.elyte.io.eis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.elyte.core.error.FormatException;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.core.provenance.Sha256;
import org.elyte.io.source.Packed;
import org.elyte.io.source.TextContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point for reading impedance files: detects the format from the content and returns every
 * spectrum the file holds. Each spectrum's metadata carries the source file name, the SHA-256 of
 * the file bytes, the format name and whatever the file states (version, instrument, start time,
 * electrode area, temperature), plus any warnings under {@code "warnings"}. A file compressed as
 * gzip or as a one-file {@code .zip} is read as the file inside ({@link Packed}).
 */
public final class ImpedanceFiles {
    private static final Logger LOG = LoggerFactory.getLogger(ImpedanceFiles.class);
    /** Files larger than this are refused, bytes (impedance text exports are kilobytes). */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    private ImpedanceFiles() {
    }

    /**
     * Reads every spectrum the file holds (loops of an .mpt, drift-corrected and uncorrected of a
     * Gamry file), in file order.
     *
     * @param file the file
     * @return the spectra, never empty; frequencies in Hz, impedance in Ω, Z'' negative when capacitive
     * @throws FormatException when the file cannot be read or is not a valid impedance file
     */
    public static List<ImpedanceSpectrum> read(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw FormatException.inFile(name, "file larger than " + MAX_BYTES + " bytes; not an impedance export");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw FormatException.unreadable(name, "cannot read " + file + ": " + e.getMessage(), e);
        }
        return read(name, bytes);
    }

    /**
     * Reads every spectrum in file content.
     *
     * @param sourceName the file name as given (stored as the source and used in messages; its
     *     extension breaks format ties)
     * @param content the whole file
     * @return the spectra, never empty, in file order
     * @throws FormatException when the content is not a valid impedance file
     */
    public static List<ImpedanceSpectrum> read(String sourceName, byte[] content) {
        TextContent text = text(Objects.requireNonNull(sourceName, "sourceName"), Objects.requireNonNull(content, "content"));
        ImpedanceFormat format = FormatDetector.detect(text);
        LOG.debug("{}: reading as {} ({})", sourceName, format.formatName(), text.charset());
        return format.reader().read(text);
    }

    /**
     * Detects the format from the content first, using the extension only to break ties.
     *
     * @param sourceName the file name as given
     * @param content the whole file
     * @return the format; {@link ImpedanceFormat#PLAIN_TEXT} when no instrument signature matches
     * @throws FormatException when the content is empty or not text
     */
    public static ImpedanceFormat detect(String sourceName, byte[] content) {
        return FormatDetector.detect(text(Objects.requireNonNull(sourceName, "sourceName"),
                Objects.requireNonNull(content, "content")));
    }

    /** The text of a file, or of the file inside a gzip file or one-file {@code .zip}, with the SHA-256 of the file as given. */
    private static TextContent text(String sourceName, byte[] content) {
        Packed.Inner inner = Packed.unpack(sourceName, content, MAX_BYTES);
        return inner == null ? TextContent.decode(sourceName, content)
                : TextContent.decode(inner.name(), inner.content(), Sha256.hex(content));
    }
}
