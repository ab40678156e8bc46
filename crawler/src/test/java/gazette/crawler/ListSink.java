package gazette.crawler;

import gazette.core.Page;
import gazette.core.PageSink;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keeps the pages it is given, and counts flushes. Not thread-safe: the crawler serialises sink calls. */
final class ListSink implements PageSink {
    final List<Page> pages = new ArrayList<>();
    /** URL to the time it was marked removed; a page accepted again is live again, as in the pages index. */
    final Map<String, Instant> removed = new LinkedHashMap<>();
    int flushes;
    int flushedPages;

    @Override
    public void accept(Page page) {
        pages.add(page);
        removed.remove(page.url());
    }

    @Override
    public void markRemoved(String url, Instant since) {
        removed.put(url, since);
    }

    @Override
    public void flush() {
        flushes++;
        flushedPages = pages.size();
    }

    List<String> urls() {
        return pages.stream().map(Page::url).toList();
    }
}
