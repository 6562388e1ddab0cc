package org.elyte.io.biologic;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.elyte.core.error.FormatException;

/**
 * One module of an {@code .mpr} file ({@code VMP Set}, {@code VMP data}, {@code VMP LOG},
 * {@code VMP loop} …). Two header generations exist: before EC-Lab 11.50 the long name is followed
 * by length, version and date (51 bytes); from 11.50 by a {@code 0xFFFFFFFF} marker, length, an
 * old version field, a new version field and the date (59 bytes).
 *
 * @param shortName short name, trailing spaces removed
 * @param newHeader whether the module has the 11.50+ header
 * @param version the (old) version field
 * @param newVersion the 11.50+ version field (0 for old headers)
 * @param date the date as written ({@code MM/DD/YY})
 * @param start offset of the module data in the file
 * @param length module data length, bytes
 */
record MprModule(String shortName, boolean newHeader, long version, long newVersion, String date, int start,
        int length) {
    /** The file magic. */
    static final String MAGIC = "BIO-LOGIC MODULAR FILE";
    /** Offset of the first module. */
    static final int FIRST_MODULE = 0x34;
    private static final byte[] MODULE = "MODULE".getBytes(StandardCharsets.US_ASCII);

    /** @return offset just past the module data */
    int end() {
        return start + length;
    }

    /**
     * Splits a file into modules.
     *
     * @param source file name for messages
     * @param b file bytes
     * @return the modules in file order
     * @throws FormatException when the magic, a module marker or a module length is wrong
     */
    static List<MprModule> split(String source, byte[] b) {
        if (!startsWithMagic(b)) {
            throw FormatException.atOffset(source, 0, "expected the '" + MAGIC + "' magic of an EC-Lab .mpr file");
        }
        List<MprModule> out = new ArrayList<>();
        int pos = FIRST_MODULE;
        while (pos < b.length) {
            if (pos + 6 + 35 + 4 > b.length || !matches(b, pos, MODULE)) {
                throw FormatException.atOffset(source, pos, "expected 'MODULE' starting a module header"
                        + (pos + 6 > b.length ? ", found the end of the file" : ""));
            }
            int h = pos + 6;
            String shortName = ascii(b, h, 10);
            boolean newHeader = Bytes.u4(b, h + 35) == 0xFFFFFFFFL;
            int headerSize = newHeader ? 59 : 51;
            if (h + headerSize > b.length) {
                throw FormatException.atOffset(source, h, "module header of '" + shortName + "' cut off by the end of the file");
            }
            long length = Bytes.u4(b, h + (newHeader ? 39 : 35));
            long version = Bytes.u4(b, h + (newHeader ? 43 : 39));
            long newVersion = newHeader ? Bytes.u4(b, h + 47) : 0;
            String date = ascii(b, h + headerSize - 8, 8);
            int start = h + headerSize;
            if (length > b.length - start) {
                throw FormatException.atOffset(source, h + (newHeader ? 39 : 35), "module '" + shortName + "' declares "
                        + length + " bytes but only " + (b.length - start) + " remain (truncated file?)");
            }
            out.add(new MprModule(shortName, newHeader, version, newVersion, date, start, (int) length));
            pos = start + (int) length;
        }
        return out;
    }

    /** @param b bytes @return whether they start with the .mpr magic */
    static boolean startsWithMagic(byte[] b) {
        return matches(b, 0, MAGIC.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean matches(byte[] b, int at, byte[] what) {
        if (at + what.length > b.length) {
            return false;
        }
        for (int i = 0; i < what.length; i++) {
            if (b[at + i] != what[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] b, int at, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            int c = b[at + i] & 0xFF;
            sb.append(c >= 0x20 && c < 0x7F ? (char) c : ' ');
        }
        return sb.toString().strip();
    }
}
