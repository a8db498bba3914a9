// SPDX-FileCopyrightText: 2026 The sociaaldomein authors
// SPDX-License-Identifier: EUPL-1.2

package nl.sociaaldomein.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A pom read as plain XML, without Maven: the checks must see the file that is uploaded, not the
 * model Maven builds from it. Paths are XPath without namespaces ({@code /project/scm/url}).
 */
record Pom(Path file, Document document) {

  static Pom read(Path file) {
    try {
      // Namespace-unaware, so that the XPath needs no prefix for the POM namespace.
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return new Pom(file, factory.newDocumentBuilder().parse(file.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("not a pom: " + file, e);
    }
  }

  /** The trimmed text of the first element at {@code path}; empty when there is none or it is blank. */
  Optional<String> text(String path) {
    return texts(path).stream().findFirst();
  }

  /** The trimmed, non-blank texts of the elements at {@code path}, in document order. */
  List<String> texts(String path) {
    try {
      NodeList nodes =
          (NodeList) XPathFactory.newInstance().newXPath().evaluate(path, document, XPathConstants.NODESET);
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        // Whitespace collapsed: indentation is no part of a value.
        String text = nodes.item(i).getTextContent().replaceAll("\\s+", " ").trim();
        if (!text.isEmpty()) {
          texts.add(text);
        }
      }
      return texts;
    } catch (XPathExpressionException e) {
      throw new IllegalArgumentException("not an XPath: " + path, e);
    }
  }
}
