package org.elyte.io.text;

import java.util.List;

import org.elyte.io.source.Fields;
import org.elyte.io.source.Numbers;

/**
 * How the fields of a delimited text table are separated. A comma is a separator only when
 * splitting at commas gives numbers; otherwise (and always with semicolons or tabs) a comma is a
 * decimal comma.
 */
enum Layout {
    /** Semicolon-separated; a comma inside a field is a decimal comma. */
    SEMICOLON("semicolon"),
    /** Tab-separated (runs of tabs count as one); a comma is a decimal comma. */
    TAB("tab"),
    /** Comma-separated with decimal points. */
    COMMA("comma"),
    /** Separated by runs of spaces; a comma is a decimal comma. */
    WHITESPACE("whitespace");

    private final String label;

    Layout(String label) {
        this.label = label;
    }

    /** @return the name stored in metadata */
    String label() {
        return label;
    }

    /**
     * @param line a line
     * @return the fields of the line in this layout
     */
    List<String> split(String line) {
        return switch (this) {
            case SEMICOLON -> Fields.bySeparator(line, ';');
            case COMMA -> Fields.bySeparator(line, ',');
            case WHITESPACE -> Fields.byWhitespace(line);
            case TAB -> {
                List<String> f = Fields.bySeparator(line, '\t');
                f.removeIf(String::isEmpty);
                yield f.size() <= 1 ? Fields.byWhitespace(line) : f;
            }
        };
    }

    /**
     * @param line a candidate data line
     * @return the layout under which the line is a row of at least two numbers, if any
     */
    static java.util.Optional<Layout> ofDataLine(String line) {
        if (line.indexOf(';') >= 0) {
            return numeric(SEMICOLON, line);
        }
        if (line.indexOf('\t') >= 0) {
            return numeric(TAB, line);
        }
        if (line.indexOf(',') >= 0) {
            java.util.Optional<Layout> comma = numeric(COMMA, line);
            return comma.isPresent() ? comma : numeric(WHITESPACE, line);
        }
        return numeric(WHITESPACE, line);
    }

    private static java.util.Optional<Layout> numeric(Layout layout, String line) {
        List<String> fields = layout.split(line);
        if (fields.size() < 2) {
            return java.util.Optional.empty();
        }
        for (String f : fields) {
            if (!Numbers.isNumber(f) && !Numbers.isNonFinite(f)) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(layout);
    }
}
