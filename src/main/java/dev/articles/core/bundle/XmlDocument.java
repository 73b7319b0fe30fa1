package dev.articles.core.bundle;

import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An XML file of the bundle (the Atom feed, the sitemap) written with the JDK's {@link XMLStreamWriter}, which does
 * the escaping, indented by two spaces, UTF-8 with {@code \n} line ends and a final newline, so identical input
 * gives identical bytes.
 *
 * <p>Two things the writer leaves to its caller are done here: characters XML 1.0 cannot carry at all (most control
 * characters, unpaired surrogates, U+FFFE, U+FFFF) become U+FFFD, and a carriage return in text is written as
 * {@code &#13;}, which a parser keeps (a raw one would be read as a line feed).
 */
final class XmlDocument {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final XMLStreamWriter xml;
    private int depth;

    XmlDocument() {
        try {
            // A factory of its own: the JDK's keeps the last writer in a field, and modules build in parallel.
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the JDK's XML writer is missing", e);
        }
    }

    /** Opens the root element, declaring {@code namespace} as the default namespace. */
    XmlDocument root(String name, String namespace) {
        return run(() -> {
            xml.writeCharacters("\n");
            xml.writeStartElement(name);
            xml.writeDefaultNamespace(namespace);
            depth = 1;
        });
    }

    /** Opens an element on a line of its own. */
    XmlDocument open(String name) {
        return run(() -> {
            newLine();
            xml.writeStartElement(name);
            depth++;
        });
    }

    /** Closes the innermost element. */
    XmlDocument close() {
        return run(() -> {
            depth--;
            newLine();
            xml.writeEndElement();
        });
    }

    /** An attribute of the element just opened. */
    XmlDocument attribute(String name, String value) {
        return run(() -> xml.writeAttribute(name, attributeText(value)));
    }

    /** {@code xml:lang} on the element just opened. */
    XmlDocument lang(String language) {
        return run(() -> xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", language));
    }

    /** An element without content, on a line of its own, with attributes as name/value pairs. */
    XmlDocument empty(String name, String... attributes) {
        return run(() -> {
            newLine();
            xml.writeEmptyElement(name);
            for (int i = 0; i < attributes.length; i += 2) {
                xml.writeAttribute(attributes[i], attributeText(attributes[i + 1]));
            }
        });
    }

    /** An element holding text, on a line of its own, with attributes as name/value pairs. */
    XmlDocument text(String name, String text, String... attributes) {
        return run(() -> {
            newLine();
            xml.writeStartElement(name);
            for (int i = 0; i < attributes.length; i += 2) {
                xml.writeAttribute(attributes[i], attributeText(attributes[i + 1]));
            }
            characters(text);
            xml.writeEndElement();
        });
    }

    /** The document's bytes; closes the root element. */
    byte[] finish() {
        run(() -> {
            while (depth > 0) {
                close();
            }
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        });
        return bytes.toByteArray();
    }

    /** How many bytes are written so far (the sitemap keeps each file below the protocol's size limit). */
    int size() {
        run(xml::flush);
        return bytes.size();
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    private void characters(String text) throws XMLStreamException {
        String clean = clean(text, false);
        int from = 0;
        for (int cr = clean.indexOf('\r'); cr >= 0; cr = clean.indexOf('\r', from)) {
            xml.writeCharacters(clean.substring(from, cr));
            xml.writeEntityRef("#13");
            from = cr + 1;
        }
        xml.writeCharacters(clean.substring(from));
    }

    /**
     * An attribute value as it will read back: a parser turns tab, line feed and carriage return in attributes into
     * spaces, so they are written as spaces (the values are addresses, terms and language tags).
     */
    private static String attributeText(String value) {
        return clean(value, true);
    }

    /** Text with every character XML 1.0 cannot hold replaced by U+FFFD (and, in attributes, white space by space). */
    static String clean(String text, boolean attribute) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            String replacement = null;
            if (attribute && (cp == '\t' || cp == '\n' || cp == '\r')) {
                replacement = " ";
            } else if (!allowed(cp)) {
                replacement = "\uFFFD";
            }
            if (replacement != null && sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (sb != null) {
                if (replacement != null) {
                    sb.append(replacement);
                } else {
                    sb.appendCodePoint(cp);
                }
            }
            i += n;
        }
        return sb == null ? text : sb.toString();
    }

    /** XML 1.0's {@code Char} production. */
    private static boolean allowed(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
                || cp >= 0x10000 && cp <= 0x10FFFF;
    }

    private interface Step {
        void run() throws XMLStreamException;
    }

    private XmlDocument run(Step step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new java.io.IOException("cannot write XML: " + e.getMessage(), e));
        }
        return this;
    }
}
