package gazette.samplesite;

import java.time.LocalDate;

/**
 * Ground truth for one article page of the sample site: what a correct extractor reports for {@code path}.
 *
 * @param path      the page's path on the site, e.g. {@code /en/news/2024/warsaw.html}
 * @param language  the page's language code, as in its {@code <html lang>}
 * @param title     the headline, as in its {@code <h1>} (the {@code <title>} adds the site name)
 * @param published the publication date shown in the page's date line
 * @param text      the body paragraphs joined by a blank line ({@code "\n\n"})
 * @param storyId   shared by every language version of the same announcement
 */
public record SamplePage(
        String path, String language, String title, LocalDate published, String text, String storyId) {}
