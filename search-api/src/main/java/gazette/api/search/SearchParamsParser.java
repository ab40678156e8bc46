package gazette.api.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns raw query-string parameters into {@link SearchParams}, rejecting anything unknown or out of range. */
public final class SearchParamsParser {
    static final Set<String> KNOWN = Set.of("q", "lang", "site", "from", "to", "sort", "page", "size", "cursor",
            "explain");
    static final int MAX_QUERY_LENGTH = 1000;
    /** Enough for a long question in a language written in syllables (XQuAD-R's Vietnamese ones run to 36). */
    static final int MAX_TERMS = 64;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern SITE = Pattern.compile("[^\\s/]{1,255}");

    private SearchParamsParser() {}

    public static SearchParams parse(Map<String, List<String>> raw) {
        return parse(raw, Sort.RELEVANCE);
    }

    /** As {@link #parse(Map)}, with the order used when {@code sort} is not given. */
    public static SearchParams parse(Map<String, List<String>> raw, Sort defaultSort) {
        RawParams p = new RawParams(raw, KNOWN);
        String q = p.single("q", "");
        ParsedQuery query = query(q);
        int size = p.integer("size", SearchParams.DEFAULT_SIZE, 1, SearchParams.MAX_SIZE);
        int page = p.integer("page", 1, 1, Integer.MAX_VALUE);
        Cursor cursor = cursor(p.single("cursor", null), page);
        checkWindow(page, size);
        DateRange range = dateRange(p);
        SearchParams params = new SearchParams(q, query, languages(p), sites(p), range.from(), range.to(),
                sort(p, defaultSort), page, size, cursor, p.bool("explain"));
        if (cursor != null && cursor.sort() != params.effectiveSort()) {
            throw new BadParameterException("cursor", "was made for another sort order than this request's");
        }
        return params;
    }

    private static ParsedQuery query(String q) {
        if (q.length() > MAX_QUERY_LENGTH) {
            throw new BadParameterException("q", "is longer than " + MAX_QUERY_LENGTH + " characters");
        }
        ParsedQuery query = QueryParser.parse(q);
        if (query.termCount() > MAX_TERMS) {
            throw new BadParameterException("q", "has more than " + MAX_TERMS + " terms");
        }
        return query;
    }

    private static void checkWindow(int page, int size) {
        if ((long) page * size > SearchParams.MAX_WINDOW) {
            throw new BadParameterException("page", "times 'size' must stay within the first "
                    + SearchParams.MAX_WINDOW + " hits; to go deeper, follow the 'cursor' each page returns");
        }
    }

    private static Cursor cursor(String token, int page) {
        if (token == null) {
            return null;
        }
        if (page != 1) {
            throw new BadParameterException("page", "cannot be combined with 'cursor'");
        }
        return Cursor.decode(token);
    }

    private static Sort sort(RawParams p, Sort defaultSort) {
        String value = p.single("sort", defaultSort.parameterValue());
        return Sort.fromParameter(value)
                .orElseThrow(() -> new BadParameterException("sort", "must be relevance, newest or oldest"));
    }

    /** Publication dates, inclusive; either end may be open (null). */
    private record DateRange(LocalDate from, LocalDate to) {}

    private static DateRange dateRange(RawParams p) {
        LocalDate from = date(p, "from");
        LocalDate to = date(p, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadParameterException("from", "must not be after 'to'");
        }
        return new DateRange(from, to);
    }

    private static LocalDate date(RawParams p, String name) {
        String value = p.single(name, null);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, "must be an ISO date such as 2024-03-31");
        }
    }

    private static List<String> languages(RawParams p) {
        List<String> codes = p.all("lang").stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
        codes.stream().filter(c -> !LANGUAGE.matcher(c).matches()).findFirst().ifPresent(c -> {
            throw new BadParameterException("lang", "must be a language code such as en or zh");
        });
        return codes;
    }

    private static List<String> sites(RawParams p) {
        List<String> sites = p.all("site");
        sites.stream().filter(s -> !SITE.matcher(s).matches()).findFirst().ifPresent(s -> {
            throw new BadParameterException("site", "must be a host name such as www.example.gov");
        });
        return sites;
    }
}
