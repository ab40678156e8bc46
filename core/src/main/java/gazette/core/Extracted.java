package gazette.core;

import java.time.Instant;
import java.util.List;

/**
 * What an {@link Extractor} found in a page.
 *
 * @param title      the title without site-name decoration; empty when none
 * @param published  the publication date, or null when the page states none
 * @param language   BCP-47 primary code, or {@link Language#UNDETERMINED}
 * @param text       the main text without boilerplate, paragraphs separated by a blank line
 * @param links      absolute http(s) URLs of the links on the page, in document order, without duplicates
 * @param alternates the page's other language versions
 * @param canonical  the {@code rel=canonical} URL, or null
 */
public record Extracted(
        String title,
        Instant published,
        String language,
        String text,
        List<String> links,
        List<Page.Alternate> alternates,
        String canonical) {

    public Extracted {
        title = title == null ? "" : title;
        language = language == null || language.isBlank() ? Language.UNDETERMINED : language;
        text = text == null ? "" : text;
        links = links == null ? List.of() : List.copyOf(links);
        alternates = alternates == null ? List.of() : List.copyOf(alternates);
    }
}
