package org.elyte.io.recording;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.elyte.core.error.FormatException;
import org.elyte.core.provenance.Sha256;
import org.elyte.core.recording.Recording;
import org.elyte.io.source.Packed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point for reading battery-cycler files into one normalised {@link Recording}: BDF
 * quantities in SI units, current positive when charging, cycle and step numbers as the instrument
 * gives them, Step Count derived, columns without a BDF name kept under their original name. The
 * metadata carries the source file name and SHA-256, format and version, and what the file
 * states (instrument, channel, start time as local wall time, active mass, electrode area).
 * A gzip file or a {@code .zip} holding one file is read as the file inside, under the name
 * {@code outer/inner}; its SHA-256 is that of the file as given.
 */
public final class RecordingFiles {
    private static final Logger LOG = LoggerFactory.getLogger(RecordingFiles.class);
    /** Files larger than this are refused (a {@code byte[]} holds at most 2 GiB), bytes. */
    public static final long MAX_BYTES = Integer.MAX_VALUE - 64;

    private RecordingFiles() {
    }

    /**
     * @param file a cycler file
     * @return its recording
     * @throws FormatException when the file cannot be read or is not a valid file of a known format
     */
    public static Recording read(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw FormatException.inFile(name, "file larger than " + MAX_BYTES + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw FormatException.unreadable(name, "cannot read " + file + ": " + e.getMessage(), e);
        }
        return read(name, bytes);
    }

    /**
     * @param name the file name as given (messages, metadata; its extension breaks ties)
     * @param content the whole file
     * @return its recording
     * @throws FormatException when the content is not a valid file of a known format
     */
    public static Recording read(String name, byte[] content) {
        return read(name, content, null);
    }

    /**
     * Reads a file whose SHA-256 the caller already has (for example computed while streaming it
     * from disk); without it ({@code null}), a file of 1 MiB or more is hashed on a background
     * thread while it is parsed.
     *
     * @param name the file name as given (messages, metadata; its extension breaks ties)
     * @param content the whole file
     * @param sha256Hex the lower-case hex SHA-256 of {@code content}, stored as given, or null to compute it
     * @return its recording
     * @throws FormatException when the content is not a valid file of a known format
     */
    public static Recording read(String name, byte[] content, String sha256Hex) {
        Packed.Inner inner = Packed.unpack(name, content, MAX_BYTES);
        if (inner != null) {
            // the hash identifies the file as given, not what it unpacks to
            return readPlain(inner.name(), inner.content(), sha256Hex != null ? sha256Hex : Sha256.hex(content));
        }
        return readPlain(name, content, sha256Hex);
    }

    private static Recording readPlain(String name, byte[] content, String sha256Hex) {
        RecordingFormat format = FormatSniffer.detect(name, content);
        LOG.debug("{}: reading as {}", name, format.formatName());
        ContentHash.begin(content, sha256Hex);
        try {
            return format.reader().read(name, content);
        } finally {
            ContentHash.end();
        }
    }

    /**
     * Reads several files written as one test: a multi-file Maccor export ({@code .001},
     * {@code .002} …, given in that order) becomes one recording; a single file is read as by
     * {@link #read(Path)}.
     *
     * @param files the files, in the order they were written
     * @return one recording
     * @throws FormatException when a file cannot be read, is not a Maccor export (for more than
     *     one file), or the files do not follow each other
     */
    public static Recording readSet(java.util.List<Path> files) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no files");
        }
        if (files.size() == 1) {
            return read(files.get(0));
        }
        java.util.List<String> names = new java.util.ArrayList<>();
        java.util.List<byte[]> contents = new java.util.ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName() == null ? f.toString() : f.getFileName().toString();
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(f);
            } catch (IOException e) {
                throw FormatException.unreadable(name, "cannot read " + f + ": " + e.getMessage(), e);
            }
            if (detect(name, bytes) != RecordingFormat.MACCOR_TEXT) {
                throw FormatException.inFile(name, "only Maccor multi-file exports are read as a set");
            }
            names.add(name);
            contents.add(bytes);
        }
        return org.elyte.io.maccor.MaccorSet.read(names, contents);
    }

    /**
     * Detects the format from the content (signatures and header rows), the extension only
     * breaking ties; of a gzip file or a one-file {@code .zip}, the format of the file inside.
     *
     * @param name the file name as given
     * @param content the whole file
     * @return the format
     * @throws FormatException when the content is empty or matches no known format
     */
    public static RecordingFormat detect(String name, byte[] content) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        Packed.Inner inner = Packed.unpack(name, content, MAX_BYTES);
        return inner != null ? FormatSniffer.detect(inner.name(), inner.content()) : FormatSniffer.detect(name, content);
    }
}
