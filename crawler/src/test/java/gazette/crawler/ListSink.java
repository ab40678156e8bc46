package gazette.crawler;

import gazette.core.Page;
import gazette.core.PageSink;
import java.util.ArrayList;
import java.util.List;

/** Keeps the pages it is given, and counts flushes. Not thread-safe: the crawler serialises sink calls. */
final class ListSink implements PageSink {
    final List<Page> pages = new ArrayList<>();
    int flushes;
    int flushedPages;

    @Override
    public void accept(Page page) {
        pages.add(page);
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
