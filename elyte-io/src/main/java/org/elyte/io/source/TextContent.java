package org.elyte.io.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.elyte.core.error.FormatException;
import org.elyte.core.provenance.Sha256;

/**
 * The text of an instrument file split into lines, with the name it was given and the SHA-256
 * of its bytes. Decoding: a UTF-8 or UTF-16 byte-order mark wins; otherwise UTF-8 if the bytes
 * are valid UTF-8, else windows-1252 (the five bytes windows-1252 leaves undefined are read as
 * ISO-8859-1). Lines end at CRLF, LF or a lone CR. Immutable.
 */
public final class TextContent {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] CP1252 = cp1252Table();
    /** Share of control characters above which a file is taken for binary data. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private final String name;
    private final String sha256;
    private final String charset;
    private final List<String> lines;

    private TextContent(String name, String sha256, String charset, List<String> lines) {
        this.name = name;
        this.sha256 = sha256;
        this.charset = charset;
        this.lines = List.copyOf(lines);
    }

    /**
     * Decodes file bytes.
     *
     * @param name the file name as given by the caller (used in messages and metadata)
     * @param bytes the whole file
     * @return the decoded text
     * @throws FormatException if the file is empty, holds NUL bytes or too many control
     *     characters to be text
     */
    public static TextContent decode(String name, byte[] bytes) {
        return decode(name, bytes, null);
    }

    /**
     * Decodes file bytes whose SHA-256 the caller gives (that of the file as given when the bytes
     * were unpacked from it).
     *
     * @param name the file name as given by the caller (used in messages and metadata)
     * @param bytes the text bytes
     * @param sha256Hex the SHA-256 to record, or null for that of {@code bytes}
     * @return the decoded text
     * @throws FormatException as {@link #decode(String, byte[])}
     */
    public static TextContent decode(String name, byte[] bytes, String sha256Hex) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length == 0) {
            throw FormatException.inFile(name, "the file is empty (0 bytes); expected impedance data");
        }
        String sha = sha256Hex != null ? sha256Hex : Sha256.hex(bytes);
        String text;
        String cs;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = lenientUtf8(bytes, 3);
            cs = "UTF-8";
        } else if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            text = new String(bytes, StandardCharsets.UTF_16);
            cs = "UTF-16";
        } else {
            checkNoNul(name, bytes);
            String utf8 = strictUtf8(bytes);
            if (utf8 != null) {
                text = utf8;
                cs = "UTF-8";
            } else {
                text = windows1252(bytes);
                cs = "windows-1252";
            }
        }
        checkControlCharacters(name, text);
        if (text.isBlank()) {
            throw FormatException.inFile(name, "the file holds only white space; expected impedance data");
        }
        return new TextContent(name, sha, cs, splitLines(text));
    }

    /** @return the file name as given */
    public String name() {
        return name;
    }

    /** @return lower-case hex SHA-256 of the whole file */
    public String sha256() {
        return sha256;
    }

    /** @return the charset the bytes were decoded with ("UTF-8", "UTF-16" or "windows-1252") */
    public String charset() {
        return charset;
    }

    /** @return number of lines */
    public int lineCount() {
        return lines.size();
    }

    /**
     * @param lineNumber 1-based line number, 1 ≤ n ≤ {@link #lineCount()}
     * @return the line without its terminator
     */
    public String line(int lineNumber) {
        return lines.get(lineNumber - 1);
    }

    /** @return all lines, without terminators; index 0 is line 1 */
    public List<String> lines() {
        return lines;
    }

    /**
     * @return the file name's extension in lower case without the dot, or "" when it has none
     */
    public String extension() {
        return extensionOf(name);
    }

    /**
     * @param fileName a file name or path
     * @return its extension in lower case without the dot, or ""
     */
    public static String extensionOf(String fileName) {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        int dot = fileName.lastIndexOf('.');
        return dot > slash ? fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT) : "";
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static void checkNoNul(String name, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw FormatException.atOffset(name, i, "NUL byte: this is binary data, not a text export");
            }
        }
    }

    private static void checkControlCharacters(String name, String text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A) || c == 0x7F) {
                control++;
            }
        }
        if (c0Share(control, text.length()) > MAX_CONTROL_SHARE) {
            throw FormatException.inFile(name, control + " control characters in " + text.length()
                    + " characters: this is binary data or invalid text, not a text export");
        }
    }

    private static double c0Share(int count, int length) {
        return length == 0 ? 0 : (double) count / length;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String lenientUtf8(byte[] bytes, int offset) {
        return new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
    }

    private static String windows1252(byte[] bytes) {
        char[] out = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = CP1252[bytes[i] & 0xFF];
        }
        return new String(out);
    }

    private static char[] cp1252Table() {
        char[] t = new char[256];
        for (int b = 0; b < 256; b++) {
            String s = new String(new byte[] {(byte) b}, WINDOWS_1252);
            t[b] = s.length() == 1 && s.charAt(0) != '\uFFFD' ? s.charAt(0) : (char) b;
        }
        return t;
    }

    private static List<String> splitLines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            out.add(text.substring(start));
        }
        return out;
    }
}
