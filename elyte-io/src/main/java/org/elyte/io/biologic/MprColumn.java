package org.elyte.io.biologic;

/**
 * One entry of the {@code .mpr} column-id table.
 *
 * @param id column id as stored in the data module
 * @param type storage type: {@code "flag"}, {@code "f4"}, {@code "f8"}, {@code "u1"}, {@code "u2"}, {@code "u4"}
 * @param mask bit mask within the flags byte (flags only, else 0)
 * @param name column name as EC-Lab writes it in the {@code .mpt} export
 */
record MprColumn(int id, String type, int mask, String name) {

    /** @return bytes the column takes in a row (0 for a flag, which shares the flags byte) */
    int size() {
        return switch (type) {
            case "flag" -> 0;
            case "u1" -> 1;
            case "u2" -> 2;
            case "f4", "u4" -> 4;
            case "f8" -> 8;
            default -> throw new IllegalStateException("storage type " + type);
        };
    }

    /** @return whether the column is a bit field of the flags byte */
    boolean isFlag() {
        return type.equals("flag");
    }
}
