package gazette.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One crawled and extracted page, as the crawler hands it to the indexer.
 *
 * @param url         the canonical URL the page was fetched from (after redirects)
 * @param site        the host the page belongs to, e.g. {@code www.mca.gov.cn}
 * @param title       the page's title without site-name decoration; never null, may be empty
 * @param published   the publication date printed in or declared by the page; null when none was found
 * @param language    BCP-47 primary language code ({@code en}, {@code zh}, …) or {@code und} when unknown
 * @param text        the main text, paragraphs separated by a blank line; never null
 * @param crawled     when the page was fetched
 * @param contentHash a stable hash of the main text, for change and duplicate detection
 * @param alternates  the page's other language versions (hreflang alternates, language-switcher links)
 * @param aliases     other URLs that name this page as their {@code rel=canonical} and were seen serving its text;
 *                    the page's document lists them among its URLs, they get no document of their own
 */
public record Page(
        String url,
        String site,
        String title,
        Instant published,
        String language,
        String text,
        Instant crawled,
        String contentHash,
        List<Alternate> alternates,
        List<String> aliases) {

    public Page {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(site, "site");
        title = title == null ? "" : title;
        language = language == null || language.isBlank() ? Language.UNDETERMINED : language;
        text = text == null ? "" : text;
        Objects.requireNonNull(crawled, "crawled");
        contentHash = contentHash == null ? ContentHash.of(text) : contentHash;
        alternates = alternates == null ? List.of() : List.copyOf(alternates);
        aliases = aliases == null ? List.of() : aliases.stream().filter(a -> !a.equals(url)).distinct().toList();
    }

    /** A page no other URL names as its canonical. */
    public Page(String url, String site, String title, Instant published, String language, String text,
            Instant crawled, String contentHash, List<Alternate> alternates) {
        this(url, site, title, published, language, text, crawled, contentHash, alternates, List.of());
    }

    /** This page with {@code aliases} as its aliases. */
    public Page withAliases(List<String> aliases) {
        return new Page(url, site, title, published, language, text, crawled, contentHash, alternates, aliases);
    }

    /** A link from a page to a version of it in another language. */
    public record Alternate(String language, String url) {
        public Alternate {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(url, "url");
        }
    }
}
