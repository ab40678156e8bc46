package gazette.indexer;

import gazette.core.Language;
import gazette.core.Page;
import gazette.core.PageDocument;
import gazette.indexer.dedup.Simhash;
import gazette.indexer.lang.ForeignParagraphs;
import java.util.Map;

/**
 * The document Gazette indexes for a page: {@link PageDocument#source}, plus paragraphs in another language copied
 * into that language's body field, plus the body's simhash and its bands for near-duplicate grouping.
 */
public final class PageSource {
    private PageSource() {}

    public static Map<String, Object> of(Page page) {
        Map<String, Object> doc = PageDocument.source(page);
        String body = (String) doc.get(PageDocument.BODY);
        boolean cjkPage = doc.containsKey(PageDocument.BODY_CJK);
        ForeignParagraphs.of(body, Language.fromTag(page.language())).forEach((language, text) -> {
            doc.merge(language.bodyField(), text, (a, b) -> a + "\n\n" + b);
            if (language.isCjk() && !cjkPage) {
                doc.merge(PageDocument.BODY_CJK, text, (a, b) -> a + "\n\n" + b);
            }
        });
        Simhash simhash = Simhash.of(body);
        if (simhash != null) {
            doc.put(PageDocument.SIMHASH, simhash.hex());
            doc.put(PageDocument.SIMHASH_BANDS, simhash.bands());
        }
        return doc;
    }
}
