package gazette.api.feed;

import gazette.api.search.Hit;
import gazette.api.search.SearchResult;
import java.io.StringWriter;
import java.time.Instant;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Renders a page of search results as an Atom feed, so a feed reader polling a query becomes an alert for new
 * announcements that match it. The XML writer escapes all text; snippets go in as HTML content, marks and all.
 * Characters XML 1.0 cannot carry at all (control characters, U+FFFE/U+FFFF, lone surrogates), which page text and
 * queries do contain, are dropped so the feed always parses.
 */
public final class AtomFeed {
    public static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {}

    /**
     * @param selfUrl the feed's own URL, also its id
     * @param now     the feed's date when no hit has one
     */
    public static String render(String query, String selfUrl, SearchResult result, Instant now) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            feed(xml, query, selfUrl, result, now);
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string cannot fail", e);
        }
    }

    private static void feed(XMLStreamWriter xml, String query, String selfUrl, SearchResult result, Instant now)
            throws XMLStreamException {
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        header(xml, query, selfUrl, updated(result, now));
        for (Hit hit : result.hits()) {
            entry(xml, hit, now);
        }
        xml.writeEndElement();
    }

    private static void header(XMLStreamWriter xml, String query, String selfUrl, String updated)
            throws XMLStreamException {
        text(xml, "title", query.isBlank() ? "Gazette: newest announcements" : "Gazette: " + query);
        text(xml, "id", selfUrl);
        link(xml, "self", selfUrl);
        text(xml, "updated", updated);
        text(xml, "generator", "Gazette");
    }

    private static void entry(XMLStreamWriter xml, Hit hit, Instant now) throws XMLStreamException {
        xml.writeStartElement("entry");
        text(xml, "title", hit.title().isBlank() ? hit.url() : hit.title());
        link(xml, "alternate", hit.url());
        text(xml, "id", hit.url());
        text(xml, "updated", hit.published() == null ? now.toString() : hit.published());
        if (hit.published() != null) {
            text(xml, "published", hit.published());
        }
        byline(xml, hit);
        xml.writeStartElement("summary");
        xml.writeAttribute("type", "html");
        xml.writeCharacters(XmlChars.strip(String.join(" … ", hit.snippets())));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** Atom requires an author; the publishing site is the closest thing a government page has. */
    private static void byline(XMLStreamWriter xml, Hit hit) throws XMLStreamException {
        xml.writeStartElement("author");
        text(xml, "name", hit.site());
        xml.writeEndElement();
        xml.writeEmptyElement("category");
        xml.writeAttribute("term", XmlChars.strip(hit.language()));
    }

    /** The newest hit's date: feeds are sorted newest first. */
    private static String updated(SearchResult result, Instant now) {
        return result.hits().stream().map(Hit::published).filter(p -> p != null).findFirst()
                .orElse(now.toString());
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value == null ? "" : XmlChars.strip(value));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", XmlChars.strip(href));
    }
}
