package org.elyte.io.delimited;

/** Line boundaries in a byte array: LF, CRLF or a lone CR end a line. */
public final class ByteLines {
    private ByteLines() {
    }

    /**
     * @param b the bytes
     * @param from index of a line's first byte
     * @return index of the line's terminator ({@code \r} or {@code \n}), or {@code b.length}
     */
    public static int end(byte[] b, int from) {
        int i = from;
        while (i < b.length && b[i] != '\n' && b[i] != '\r') {
            i++;
        }
        return i;
    }

    /**
     * @param b the bytes
     * @param eol index returned by {@link #end}
     * @return index of the next line's first byte (past CR, LF or CRLF)
     */
    public static int next(byte[] b, int eol) {
        int i = eol;
        if (i < b.length && b[i] == '\r') {
            i++;
        }
        if (i < b.length && b[i] == '\n') {
            i++;
        }
        return i;
    }
}
