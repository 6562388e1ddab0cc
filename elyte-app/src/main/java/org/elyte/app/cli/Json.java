package org.elyte.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON side of the CLI contract (docs/cli.md): pretty-printed objects in which a number that
 * is not finite (an undetermined uncertainty) is written as {@code null}, never as {@code NaN}.
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    /** @return a new empty object */
    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** @return a new empty array */
    public static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    /**
     * Puts a number, or {@code null} when it is NaN or infinite.
     *
     * @param node target
     * @param key key
     * @param value value
     * @return the node, for chaining
     */
    public static ObjectNode num(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
        return node;
    }

    /**
     * @param node a JSON tree
     * @return its pretty-printed text
     */
    public static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise JSON", e);
        }
    }

    /**
     * @param text JSON text
     * @return the parsed tree (used by tests and by readers of saved results)
     */
    public static com.fasterxml.jackson.databind.JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
