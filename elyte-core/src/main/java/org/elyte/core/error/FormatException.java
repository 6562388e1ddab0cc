package org.elyte.core.error;

import java.util.OptionalLong;

/**
 * Input data that cannot be read: the message names the source, and the 1-based line or the
 * 0-based byte offset where the problem was found, what was expected and what was found.
 */
public final class FormatException extends ElyteException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final long byteOffset;

    private FormatException(String source, long line, long byteOffset, String detail, Throwable cause) {
        super(compose(source, line, byteOffset, detail), cause);
        this.source = source;
        this.line = line;
        this.byteOffset = byteOffset;
    }

    private static String compose(String source, long line, long offset, String detail) {
        StringBuilder sb = new StringBuilder(source == null ? "<input>" : source);
        if (line > 0) {
            sb.append(", line ").append(line);
        }
        if (offset >= 0) {
            sb.append(", byte offset ").append(offset);
        }
        return sb.append(": ").append(detail).toString();
    }

    /**
     * A problem in a text file at a given line.
     *
     * @param source file name or other description of the input
     * @param line 1-based line number
     * @param detail what was expected and what was found
     * @return the exception
     */
    public static FormatException atLine(String source, long line, String detail) {
        return new FormatException(source, line, -1, detail, null);
    }

    /**
     * A problem in a binary file at a given byte offset.
     *
     * @param source file name or other description of the input
     * @param offset 0-based byte offset
     * @param detail what was expected and what was found
     * @return the exception
     */
    public static FormatException atOffset(String source, long offset, String detail) {
        return new FormatException(source, -1, offset, detail, null);
    }

    /**
     * A problem with the input as a whole (empty file, unknown format).
     *
     * @param source file name or other description of the input
     * @param detail what was expected and what was found
     * @return the exception
     */
    public static FormatException inFile(String source, String detail) {
        return new FormatException(source, -1, -1, detail, null);
    }

    /**
     * The input could not be read at all (I/O failure).
     *
     * @param source file name
     * @param detail what failed
     * @param cause the I/O failure
     * @return the exception
     */
    public static FormatException unreadable(String source, String detail, Throwable cause) {
        return new FormatException(source, -1, -1, detail, cause);
    }

    /** @return the file name or input description */
    public String source() {
        return source;
    }

    /** @return the 1-based line, when the problem is located by line */
    public OptionalLong line() {
        return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
    }

    /** @return the 0-based byte offset, when the problem is located by offset */
    public OptionalLong byteOffset() {
        return byteOffset >= 0 ? OptionalLong.of(byteOffset) : OptionalLong.empty();
    }
}
