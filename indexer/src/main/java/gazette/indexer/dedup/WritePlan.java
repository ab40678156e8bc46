package gazette.indexer.dedup;

import gazette.core.PageDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns a batch of writes into bulk operations, given the documents the batch may touch (same URL, same content hash,
 * a shared simhash band). The rules, applied write by write in order:
 * <ul>
 *   <li>Exact duplicates (same content hash, body of at least {@link #MIN_DEDUP_CHARS}) share one document, whose id
 *   is {@link PageDocument#id} of the {@link CanonicalUrl best} of their URLs and whose {@code urls} lists them all,
 *   best first. A better URL arriving later takes the document over (the old id is deleted); a URL already listed
 *   never does.</li>
 *   <li>A page's aliases (URLs naming it as their canonical, {@link gazette.core.Page#aliases}) join its document
 *   whatever the length of its text, listed after the page's URL, so they never take it over.</li>
 *   <li>A page accepted again with the text its document holds keeps that document and its other URLs.</li>
 *   <li>A URL whose text changed leaves the document it shared; the others keep it.</li>
 *   <li>A new document joins the {@code duplicate_group} of its nearest near-duplicate, or starts its own group.</li>
 *   <li>A removal marks the document removed only when it was its last URL; otherwise the text is still published at
 *   the other URLs and only this URL leaves the list. An accepted page is always live.</li>
 * </ul>
 * Ids therefore stay derived from URLs: re-running a crawl rewrites the same ids, and a document keeps its id as long
 * as its canonical URL serves its text.
 */
public final class WritePlan {
    /** Shorter bodies (an empty extraction, a one-line notice) are too common to call duplicates. */
    public static final int MIN_DEDUP_CHARS = 40;

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    /** The live entries of {@link #entries} by key, kept in step with them. */
    private final LiveEntries live = new LiveEntries();
    private final NearDuplicates nearDuplicates = new NearDuplicates();
    private Write current;

    private WritePlan(List<Stored> stored) {
        stored.forEach(s -> {
            Entry e = new Entry(s.id(), s);
            entries.put(s.id(), e);
            live.file(e);
        });
    }

    /** The operations that apply {@code writes} to {@code stored}, at most one per document id. */
    public static List<Op> plan(List<Write> writes, List<Stored> stored) {
        WritePlan plan = new WritePlan(stored);
        writes.forEach(plan::apply);
        return plan.entries.values().stream().filter(e -> e.touched).map(Entry::op).filter(Objects::nonNull).toList();
    }

    private void apply(Write write) {
        current = write;
        switch (write) {
            case Write.Accept a -> accept(a);
            case Write.Removal r -> remove(r);
        }
    }

    private void accept(Write.Accept accept) {
        Map<String, Object> source = new LinkedHashMap<>(accept.source());
        String hash = (String) source.get(PageDocument.CONTENT_HASH);
        List<String> urls = Entry.urls(source);
        for (String url : urls) {
            live.holding(url).stream().filter(e -> e.holds(url) && !hash.equals(e.hash())).forEach(e -> leave(e, url));
        }
        boolean dedup = dedupable(source);
        List<Entry> same = live.withHash(hash).stream().filter(e -> dedup || urls.stream().anyMatch(e::holds)).toList();
        if (same.isEmpty()) {
            String id = PageDocument.id(accept.url());
            source.put(PageDocument.DUPLICATE_GROUP, nearDuplicates.group(id, source, candidates(id, source)));
            put(id, source);
        } else {
            join(same, urls, source);
        }
    }

    /**
     * Merges the page into the documents of its text (normally one). The best of their holders and the page's URL
     * holds the result: a URL already listed never takes a document over, so a page's aliases (listed after it) never
     * hold its document, and a better exact duplicate takes it over when it arrives.
     */
    private void join(List<Entry> same, List<String> pageUrls, Map<String, Object> page) {
        String url = pageUrls.getFirst();
        List<String> urls = new ArrayList<>(pageUrls);
        same.forEach(e -> e.urls().stream().filter(u -> !urls.contains(u)).forEach(urls::add));
        Stream<String> holders = same.stream().map(e -> e.urls().getFirst()).filter(h -> !pageUrls.contains(h));
        String holder = Stream.concat(Stream.of(url), holders).min(CanonicalUrl.ORDER).orElseThrow();
        urls.remove(holder);
        urls.sort(CanonicalUrl.ORDER);
        urls.addFirst(holder);
        String id = PageDocument.id(holder);
        Entry kept = same.stream().filter(e -> e.id.equals(id)).findFirst().orElse(same.getFirst());
        Map<String, Object> source = new LinkedHashMap<>(holder.equals(url) ? page : kept.source);
        source.put(PageDocument.DUPLICATE_GROUP, kept.source.getOrDefault(PageDocument.DUPLICATE_GROUP, kept.id));
        source.put(PageDocument.REMOVED, false);
        source.remove(PageDocument.REMOVED_AT);
        same.stream().filter(e -> !e.id.equals(id)).forEach(this::delete);
        put(id, withUrls(source, urls));
    }

    private void remove(Write.Removal removal) {
        Optional<Entry> holding = live.holding(removal.url()).stream().findFirst();
        if (holding.isEmpty()) {
            return; // never indexed, nothing to mark
        }
        Entry e = holding.get();
        if (e.urls().size() > 1) {
            leave(e, removal.url());
            return;
        }
        boolean untouched = !e.touched;
        Map<String, Object> source = new LinkedHashMap<>(e.source);
        source.put(PageDocument.REMOVED, true);
        source.put(PageDocument.REMOVED_AT, removal.since().toString());
        put(e.id, source);
        e.removalOnly = untouched;
    }

    /** Takes {@code url} out of a shared document; the best remaining URL holds it from now on. */
    private void leave(Entry e, String url) {
        List<String> rest = new ArrayList<>(e.urls());
        rest.remove(url);
        if (rest.isEmpty()) {
            delete(e);
            return;
        }
        rest.sort(CanonicalUrl.ORDER);
        Map<String, Object> source = withUrls(new LinkedHashMap<>(e.source), rest);
        source.put(PageDocument.URL, rest.getFirst());
        String id = PageDocument.id(rest.getFirst());
        if (!id.equals(e.id)) {
            delete(e);
        }
        put(id, source);
    }

    /**
     * Live documents that could be near-duplicates of {@code source} (sharing a simhash band), plus what the index held
     * under {@code id} (the page's own earlier text).
     */
    private List<Map<String, Object>> candidates(String id, Map<String, Object> source) {
        List<Map<String, Object>> candidates = new ArrayList<>();
        live.sharingBand(source).stream().filter(e -> !e.id.equals(id)).forEach(e -> candidates.add(e.source));
        Optional.ofNullable(entries.get(id)).map(e -> e.read).ifPresent(r -> candidates.add(r.source()));
        return candidates;
    }

    private void put(String id, Map<String, Object> source) {
        Entry e = entries.computeIfAbsent(id, i -> new Entry(i, null));
        live.set(e, source);
        touch(e);
    }

    private void delete(Entry e) {
        live.set(e, null);
        touch(e);
    }

    private void touch(Entry e) {
        e.touched = true;
        e.removalOnly = false;
        e.touchedBy(current);
    }

    private static Map<String, Object> withUrls(Map<String, Object> source, List<String> urls) {
        source.put(PageDocument.URLS, List.copyOf(urls));
        source.put(PageDocument.URL_IDS, urls.stream().map(PageDocument::id).toList());
        return source;
    }

    public static boolean dedupable(Map<String, Object> source) {
        Object body = source.get(PageDocument.BODY);
        return body instanceof String text && text.strip().length() >= MIN_DEDUP_CHARS
                && source.get(PageDocument.CONTENT_HASH) != null;
    }
}
