package gazette.samplesite;

import java.time.LocalDate;
import java.util.Map;

/** One announcement and its page in every site language. */
record Story(String id, LocalDate published, Map<String, SamplePage> pages) {

    Story {
        pages = Map.copyOf(pages);
    }

    SamplePage page(String language) {
        return pages.get(language);
    }
}
