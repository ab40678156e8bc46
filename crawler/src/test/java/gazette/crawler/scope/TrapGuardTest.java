package gazette.crawler.scope;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.crawler.SkipReason;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TrapGuardTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
    private final TrapGuard guard = new TrapGuard(TrapSettings.defaults(), CLOCK);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "http://g.example/a/b/a/b/a/b/x.html | REPEATING_PATH | segment=a repeats in /a/b/a/b/a/b/x.html",
        "http://g.example/cal?year=2391 | QUERY_TRAP | calendar year=2391 outside 1975..2026",
        "http://g.example/cal?date=1850-01-01 | QUERY_TRAP | calendar date=1850-01-01 outside 1975..2026",
        "http://g.example/list?from=2099-12-31 | QUERY_TRAP | calendar from=2099-12-31 outside 1975..2026",
        "http://g.example/cal?ymd=20270101 | QUERY_TRAP | calendar ymd=20270101 outside 1975..2026",
        "http://g.example/s?a=1&a=2&a=3 | QUERY_TRAP | parameter a repeated",
        "http://g.example/s?a=1&b=1&c=1&d=1&e=1&f=1&g=1&h=1&i=1&j=1&k=1&l=1&m=1&n=1&o=1&p=1&q=1 | QUERY_TRAP"
            + " | params=17 max=16"})
    void refusesTrapsWithTheirSpecifics(String url, SkipReason reason, String detail) {
        assertThat(guard.check(URI.create(url))).contains(new Refusal(reason, detail));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://g.example/news/2024/05/budget.html", "http://g.example/list?year=2024&page=3",
        "http://g.example/list?start=1500", "http://g.example/cal?date=2026-01-31", "http://g.example/a/b/a/b/c",
        "http://g.example/archive?year=1990", "http://g.example/p?id=2391"})
    void letsOrdinaryUrlsThrough(String url) {
        assertThat(guard.check(URI.create(url))).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void refusesUrlsOverTheLengthCap() {
        String url = "http://g.example/" + "x".repeat(2100);

        assertThat(guard.check(URI.create(url)))
                .contains(new Refusal(SkipReason.URL_TOO_LONG, "length=2117 max=2048"));
    }
}
