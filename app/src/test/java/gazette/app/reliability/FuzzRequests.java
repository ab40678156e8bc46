package gazette.app.reliability;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;

/**
 * Seeded random abuse of the search API: a path and a query string, already percent-encoded, made of valid, hostile
 * and malformed parameters. Raw escapes (lone surrogates as CESU bytes, overlong and truncated UTF-8) are written as
 * {@code %XX} so they reach the server exactly as typed. No value contains "Exception" or "at gazette.", so finding
 * those words in a response means a stack trace leaked.
 */
final class FuzzRequests {
    /** A request path with its raw query (may be empty). */
    record Request(String path, String query) {
        String target() {
            return query.isEmpty() ? path : path + "?" + query;
        }
    }

    static final List<String> WORDS = List.of("budget", "ministry", "script", "alert", "mark", "health", "预算",
            "الميزانية", "бюджет", "emoji");
    private static final List<String> RAW_ESCAPES = List.of("%ED%A0%80", "%ED%B0%80", "%ED%A0%BD%ED%B8%80", "%FF",
            "%C0%AF", "%E2%82", "%F4%90%80%80", "%00", "%0D%0A", "%C3", "%25", "%2525", "%EF%BF%BE");
    private static final List<String> UNICODE = List.of("\u200F", "\u202E", "\u2066", "\u200B", "\u200C\u200D",
            "\uFEFF", "👩‍👩‍👧‍👦", "🇺🇳", "e\u0301\u0301\u0301\u0301", "𝐀𝐁𝐂", "İ", "ﬀ", "ß", "\uFFFD", "\uFFFF",
            "\u0000", "\u0007", "\u001B[31m", "\u2028", "ＡＢＣ", "ไทย", "ش\u200Fب", "한국어", "日本語テキスト");
    private static final List<String> INJECTIONS = List.of("*:*", "title:*", "a AND (b OR", "\"unbalanced", "\\",
            "/regex.*/", "body:[* TO *]", "budget~2", "budget^100", "{\"script\":{\"source\":\"Math.random()\"}}",
            "{\"query\":{\"match_all\":{}}}", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
            "' OR 1=1 --", "${jndi:ldap://127.0.0.1/a}", "../../etc/passwd", "_all", "*", "?", "-", "--", "\"\"\"",
            "OR OR OR", "title:", "-title:\"x\"", "((((((((((", "{{_source}}", "NOT", "a && b || !c", "@#$%^&",
            "<mark>budget</mark>", "</mark><b>", "title:title:title:", "\"budget ministry\"~5", "+budget -ministry");
    private static final List<String> NUMBERS = List.of("0", "-1", "1", "2", "100", "101", "-2147483648",
            "2147483647", "2147483648", "99999999999999999999", "1e3", "0x10", "1.5", " 5", "٣", "NaN", "", "+5",
            "10000", "5000", "007", "1_0");
    private static final List<String> DATES = List.of("2024-02-29", "2023-02-29", "2024-13-01", "0000-01-01",
            "-999999999-01-01", "+999999999-12-31", "2024-1-1", "yesterday", "2024-03-31T00:00", "1970-01-01",
            "9999-12-31", "2024/03/31", "");
    private static final List<String> PARAMS = List.of("q", "lang", "site", "from", "to", "sort", "page", "size",
            "cursor", "explain");
    private static final List<String> UNKNOWN = List.of("foo", "q[]", "Q", "_source", "script", "size[$gt]", "",
            "callback", "pretty", "source_content_type");

    private final Random random;
    private final List<String> cursors;

    /** {@code cursors}: real cursors the API handed out, to be replayed and mangled. */
    FuzzRequests(long seed, List<String> cursors) {
        this.random = new Random(seed);
        this.cursors = List.copyOf(cursors);
    }

    Request next() {
        int roll = random.nextInt(100);
        if (roll < 70) {
            return new Request("/api/search", query());
        } else if (roll < 85) {
            return new Request("/api/search.atom", query());
        } else if (roll < 95) {
            return new Request("/api/documents/" + text(), "");
        }
        return new Request(pick(List.of("/api/health", "/api/nope", "/api/search/", "/api/documents/",
                "/api/%2e%2e/%2e%2e/etc/passwd", "/api/search;x=1", "/api/openapi.json")), query());
    }

    private String query() {
        StringJoiner query = new StringJoiner("&");
        int params = random.nextInt(6);
        for (int i = 0; i < params; i++) {
            int roll = random.nextInt(100);
            String name = roll < 5 ? pick(UNKNOWN) : roll < 8 ? text() : pick(PARAMS);
            query.add(encode(name) + (random.nextInt(30) == 0 ? "" : "=" + value(name)));
        }
        return query.toString();
    }

    private String value(String name) {
        return switch (name) {
            case "page", "size" -> encode(pick(NUMBERS));
            case "from", "to" -> encode(pick(DATES));
            case "sort" -> encode(pick(List.of("relevance", "newest", "oldest", "NEWEST", "random", "")));
            case "explain" -> encode(pick(List.of("true", "false", "1", "yes", "")));
            case "lang" -> encode(pick(List.of("en", "EN", "zh", "xx", "zzz", "e n", "ar", "english")));
            case "cursor" -> cursor();
            default -> text();
        };
    }

    /** Any text: words, Unicode edge cases, injections, raw escapes, or very long strings, mixed. */
    String text() {
        int parts = 1 + random.nextInt(4);
        StringBuilder raw = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            raw.append(i == 0 ? "" : "+").append(part());
        }
        return raw.toString();
    }

    private String part() {
        return switch (random.nextInt(8)) {
            case 0, 1 -> encode(pick(WORDS));
            case 2 -> encode(pick(UNICODE) + pick(WORDS));
            case 3, 4 -> encode(pick(INJECTIONS));
            case 5 -> pick(RAW_ESCAPES) + encode(pick(WORDS));
            case 6 -> encode(longString());
            default -> encode(randomCodePoints(1 + random.nextInt(20)));
        };
    }

    private String longString() {
        int length = pick(List.of(999, 1000, 1001, 2_000, 6_000));
        String unit = pick(List.of("a", "budget ", "预", "🇺🇳", "x\u200B"));
        return unit.repeat(length / unit.length() + 1).substring(0, length);
    }

    private String randomCodePoints(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int cp = random.nextInt(4) == 0 ? random.nextInt(0x80) : random.nextInt(0x10FFFF);
            if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
                cp = 0xFFFD; // lone surrogates go in as raw escapes instead: encoding one here would yield '?'
            }
            s.appendCodePoint(cp);
        }
        return s.toString();
    }

    private String cursor() {
        List<String> tokens = new ArrayList<>(cursors);
        tokens.addAll(List.of(base64("{\"sort\":\"newest\",\"after\":[{\"a\":1}]}"),
                base64("{\"sort\":\"newest\",\"after\":[\"x\",\"y\",\"z\",\"w\"]}"),
                base64("{\"sort\":\"relevance\",\"after\":[1e308,\"" + "z".repeat(500) + "\"]}"),
                base64("{\"sort\":\"oldest\",\"after\":[-9223372036854775808]}"),
                base64("{\"sort\":\"newest\",\"after\":[true]}"), base64("[]"), base64("null"), "!!!", "====",
                "eyJzb3J0IjoibmV3ZXN0Ig"));
        if (random.nextInt(5) == 0) {
            return text();
        }
        String token = pick(tokens);
        // A cursor cut short or with a flipped character must be refused, not half-read.
        return encode(switch (random.nextInt(4)) {
            case 0 -> token.substring(0, token.length() / 2);
            case 1 -> token.replace('e', 'f');
            default -> token;
        });
    }

    private static String base64(String json) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
