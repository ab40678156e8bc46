package gazette.app;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.core.Json;
import gazette.crawler.frontier.MemoryStatusStore;
import gazette.crawler.frontier.UrlState;
import gazette.crawler.frontier.UrlStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopedStatusStoreTest {
    private static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");

    private static UrlStatus record(String url, String state, String reason) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("url", url);
        json.put("host", java.net.URI.create(url).getHost());
        json.put("state", state);
        json.put("etag", "\"v1\"");
        json.put("next_due", LATER.toString());
        json.put("reason", reason);
        return Json.mapper().convertValue(json, UrlStatus.class);
    }

    private static MemoryStatusStore store() {
        MemoryStatusStore store = new MemoryStatusStore();
        store.write(List.of(record("https://a.example/news/1", "done", null),
                record("https://a.example/about", "done", null),
                record("https://a.example/deep", "skipped", "TOO_DEEP"),
                record("https://b.example/x", "queued", null)));
        return store;
    }

    private static List<UrlStatus> load(ScopedStatusStore scoped) {
        List<UrlStatus> loaded = new ArrayList<>();
        scoped.load(loaded::add);
        return loaded;
    }

    @Test
    void loadsOnlyItsHostsAndMakesRecrawledUrlsDueKeepingTheirValidators() {
        var scoped = new ScopedStatusStore(store(), Set.of("a.example"), url -> url.contains("/news/"), false);
        List<UrlStatus> loaded = load(scoped);
        assertThat(loaded).extracting(UrlStatus::url).containsExactly("https://a.example/about",
                "https://a.example/deep", "https://a.example/news/1");
        assertThat(loaded.get(2).nextDue()).isEqualTo(Instant.EPOCH);
        assertThat(loaded.get(2).etag()).isEqualTo("\"v1\"");
        assertThat(loaded.get(0).nextDue()).isEqualTo(LATER);
    }

    @Test
    void aNarrowedCrawlLoadsItsOwnUrlsAndDoesNotRecordWhatItsNarrowScopeRefused() {
        MemoryStatusStore store = store();
        var scoped = new ScopedStatusStore(store, Set.of("a.example"), url -> !url.endsWith("about"), true);
        assertThat(load(scoped)).extracting(UrlStatus::url).containsExactly("https://a.example/news/1");
        scoped.write(List.of(record("https://a.example/later", "skipped", "TOO_DEEP"),
                record("https://a.example/robots", "skipped", "ROBOTS"),
                record("https://a.example/news/1", "done", null)));
        assertThat(store.get("https://a.example/later")).isEmpty();
        assertThat(store.get("https://a.example/robots")).map(UrlStatus::state).hasValue(UrlState.SKIPPED);
    }
}
