package org.elyte.io.recording;

import org.elyte.core.error.FormatException;
import org.elyte.core.recording.Recording;

/** Reads one cycler file format into a normalised {@link Recording}. Implementations are stateless. */
public interface RecordingReader {

    /**
     * @param name file name as given (messages, metadata)
     * @param content the whole file
     * @return the recording, BDF quantities in SI, current positive when charging
     * @throws FormatException when the content is not valid for this format
     */
    Recording read(String name, byte[] content);
}
