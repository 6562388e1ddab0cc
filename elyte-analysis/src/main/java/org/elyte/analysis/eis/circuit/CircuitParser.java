package org.elyte.analysis.eis.circuit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.elyte.core.error.InvalidInputException;

/**
 * Recursive-descent parser of impedance.py circuit strings:
 * <pre>
 * series  := term ('-' term)*
 * term    := 'p' '(' series (',' series)* ')' | element
 * element := letters digits           (letters = a known element symbol)
 * </pre>
 * Whitespace is ignored. Positions in messages are 1-based character positions.
 */
final class CircuitParser {
    private final String text;
    private final Set<String> ids = new HashSet<>();
    private int pos;

    private CircuitParser(String text) {
        this.text = text;
    }

    static CircuitNode parse(String text) {
        CircuitParser p = new CircuitParser(text);
        p.skipSpace();
        if (p.pos >= text.length()) {
            throw new InvalidInputException("circuit is empty: expected an element such as R0 or p(R1,C1)");
        }
        CircuitNode root = p.series();
        p.skipSpace();
        if (p.pos < text.length()) {
            char c = text.charAt(p.pos);
            throw p.error(c == ')' ? "unbalanced parenthesis: ')' without a matching 'p('"
                    : "expected '-' or end of circuit but found '" + c + "'");
        }
        return root;
    }

    private CircuitNode series() {
        List<CircuitNode> parts = new ArrayList<>();
        add(parts, term());
        skipSpace();
        while (pos < text.length() && text.charAt(pos) == '-') {
            pos++;
            add(parts, term());
            skipSpace();
        }
        return parts.size() == 1 ? parts.get(0) : new Series(parts);
    }

    private static void add(List<CircuitNode> parts, CircuitNode n) {
        if (n instanceof Series s) {
            parts.addAll(s.children());
        } else {
            parts.add(n);
        }
    }

    private CircuitNode term() {
        skipSpace();
        if (pos >= text.length()) {
            throw error("expected an element or 'p(' but found end of circuit");
        }
        int start = pos;
        if (text.charAt(pos) == 'p') {
            pos++;
            skipSpace();
            if (pos >= text.length() || text.charAt(pos) != '(') {
                throw error("expected '(' after 'p' but found " + found());
            }
            pos++;
            skipSpace();
            if (pos < text.length() && text.charAt(pos) == ')') {
                throw errorAt(start, "empty parallel 'p()': expected at least one element inside");
            }
            List<CircuitNode> children = new ArrayList<>();
            children.add(series());
            skipSpace();
            while (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
                children.add(series());
                skipSpace();
            }
            if (pos >= text.length()) {
                throw errorAt(start, "unbalanced parenthesis: 'p(' is never closed (expected ')' or ',')");
            }
            if (text.charAt(pos) != ')') {
                throw error("expected ',' or ')' but found " + found());
            }
            pos++;
            return new Parallel(children);
        }
        return element();
    }

    private CircuitNode element() {
        int start = pos;
        while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
            pos++;
        }
        String symbol = text.substring(start, pos);
        if (symbol.isEmpty()) {
            throw error("expected an element or 'p(' but found " + found());
        }
        ElementType type = ElementType.bySymbol(symbol).orElseThrow(() -> errorAt(start,
                "unknown element '" + symbol + "': expected one of " + Arrays.stream(ElementType.values())
                        .map(ElementType::symbol).collect(Collectors.joining(", "))));
        int digits = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos == digits) {
            throw error("expected an element number after '" + symbol + "' but found " + found());
        }
        String id = text.substring(start, pos);
        if (!ids.add(id)) {
            throw errorAt(start, "duplicate element id '" + id + "'");
        }
        return new Element(type, id);
    }

    private String found() {
        return pos >= text.length() ? "end of circuit" : "'" + text.charAt(pos) + "'";
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private InvalidInputException error(String what) {
        return errorAt(pos, what);
    }

    private InvalidInputException errorAt(int at, String what) {
        return new InvalidInputException("circuit \"" + text + "\", position " + (at + 1) + ": " + what);
    }
}
