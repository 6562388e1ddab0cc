package org.elyte.io.source;

import java.util.List;

import org.elyte.core.error.FormatException;
import org.elyte.core.impedance.ImpedanceSpectrum;
import org.elyte.core.recording.Metadata;

/** Reads the impedance spectra one file format holds. Implementations are stateless. */
public interface SpectrumReader {

    /**
     * @param content the decoded file
     * @return every spectrum in the file, in file order; never empty
     * @throws FormatException when the content is not valid for this format
     */
    List<ImpedanceSpectrum> read(TextContent content);

    /**
     * The metadata every spectrum of a file carries: source name, SHA-256 and format name.
     *
     * @param content the decoded file
     * @param formatName stable short format name, e.g. "biologic-mpt"
     * @return the base metadata
     */
    static Metadata baseMetadata(TextContent content, String formatName) {
        return Metadata.empty().with(Metadata.SOURCE_FILE, content.name())
                .with(Metadata.SOURCE_SHA256, content.sha256())
                .with(Metadata.FORMAT, formatName)
                .with("source.charset", content.charset());
    }
}
