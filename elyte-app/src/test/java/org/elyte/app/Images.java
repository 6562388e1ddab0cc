package org.elyte.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;

/** Checks of written plot files, for tests. */
public final class Images {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private Images() {
    }

    /**
     * @param file a file that should be a PNG image
     * @throws IOException when it cannot be read
     */
    public static void assertPng(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        assertThat(b.length).as(file + " size").isGreaterThan(PNG_MAGIC.length);
        assertThat(java.util.Arrays.copyOf(b, PNG_MAGIC.length)).as(file + " PNG signature").isEqualTo(PNG_MAGIC);
    }

    /**
     * Parses the file as XML (without fetching the SVG DTD) and checks that its root is {@code <svg>}.
     *
     * @param file a file that should be an SVG image
     * @return the parsed document
     * @throws Exception when it cannot be read or is not well-formed XML
     */
    public static Document assertSvg(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(file)));
        assertThat(d.getDocumentElement().getLocalName()).as(file + " root element").isEqualTo("svg");
        return d;
    }
}
