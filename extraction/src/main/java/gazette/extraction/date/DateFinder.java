package gazette.extraction.date;

import gazette.extraction.meta.JsonLd;
import gazette.extraction.text.BlockRenderer;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the publication date: JSON-LD {@code datePublished} or a publication meta tag, read on the page's own clock
 * (see {@link #onPagesClock}); else the date line beside the title; else a generic date meta tag or JSON-LD
 * {@code dateCreated}; else the date line nearest the title; else a date in the URL. Footers, asides, navigation,
 * comments, related-article lists and copyright lines never give a date line.
 */
public final class DateFinder {
    /** Meta names that state the publication itself, in order of trust. */
    private static final String[] PUBLISHED_META = {"article:published_time", "og:published_time",
        "published_time", "datePublished", "article.published", "pubdate", "publishdate", "publish_date",
        "publish-date", "publication_date", "pubtime", "publishtime", "firstpublishedtime",
        "originalpublicationdate", "sailthru.date", "parsely-pub-date", "citation_publication_date",
        "dc.date.issued", "dcterms.issued"};
    /** Meta names that many sites fill with the last change or the time the page was generated. */
    private static final String[] GENERIC_META = {"citation_date", "dc.date.created", "dcterms.created", "dc.date",
        "dcterms.date", "date", "created"};
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-]?(\\d{2})[/-]?(\\d{2})(?:[/_.-]|$)|[/_t]((?:19|20)\\d{2})(\\d{2})(\\d{2})[_/.]");
    /** A day-first date as a whole path segment: {@code /meldungen/29-10-2021}. */
    private static final Pattern URL_DAY_FIRST = Pattern.compile(
            "/(\\d{1,2})[-.](\\d{1,2})[-.]((?:19|20)\\d{2})(?:[/_.]|$)");
    /** The largest gap between two clocks showing the same moment (UTC−12 to UTC+14). */
    private static final long MAX_CLOCK_GAP_MINUTES = 14 * 60;
    private static final Evaluator META = QueryParser.parse("meta, [itemprop]");

    private DateFinder() {
    }

    /**
     * The publication date of {@code doc} (unmodified), or null. {@code title} anchors the search in the text;
     * {@code lang} (the page's declared language, may be empty) decides whether {@code 09/12/2024} is in September.
     */
    public static Instant find(Document doc, JsonLd jsonLd, String title, String lang) {
        Map<String, List<String>> meta = metaValues(doc);
        Optional<DeclaredDate> declared = jsonLd.first("datePublished").flatMap(DeclaredDate::read)
                .or(() -> fromMeta(meta, PUBLISHED_META));
        Optional<Instant> url = fromUrl(doc.location());
        if (declared.isPresent() && !declared.get().hasTime()) {
            return declared.get().instant();
        }
        Optional<DateLine> line = fromText(doc, title, monthFirst(lang));
        if (declared.isPresent()) {
            return onPagesClock(declared.get(), line.filter(l -> l.byTitle() && !l.update()), url);
        }
        if (line.isPresent() && line.get().byTitle()) {
            return line.get().instant();
        }
        return fromMeta(meta, GENERIC_META).or(() -> jsonLd.first("dateCreated").flatMap(DeclaredDate::read))
                .map(DeclaredDate::instant).or(() -> line.map(DateLine::instant)).or(() -> url).orElse(null);
    }

    /**
     * The declared moment on the clock the page shows it by: the date line beside the title when it shows the
     * same moment on another clock ("19. Oktober 2019 00:04" for {@code 2019-10-18T22:04:00Z}), or the URL's day
     * when a time declared in UTC falls on the day before or after it.
     */
    private static Instant onPagesClock(DeclaredDate declared, Optional<DateLine> beside, Optional<Instant> url) {
        DateLine shown = beside.filter(DateLine::hasTime).orElse(null);
        if (shown != null && sameMoment(shown.wallClock(), declared.wallClock())) {
            return shown.instant();
        }
        Instant instant = declared.instant();
        if (url.isPresent() && ZoneOffset.UTC.equals(declared.offset())
                && Math.abs(Duration.between(url.get(), day(instant)).toDays()) == 1) {
            return url.get();
        }
        return instant;
    }

    /** Two wall clocks a whole number of quarter hours apart, on different days: one moment in two time zones. */
    private static boolean sameMoment(LocalDateTime shown, LocalDateTime declared) {
        long minutes = Duration.between(declared.truncatedTo(ChronoUnit.MINUTES),
                shown.truncatedTo(ChronoUnit.MINUTES)).toMinutes();
        return !shown.toLocalDate().equals(declared.toLocalDate()) && minutes % 15 == 0
                && Math.abs(minutes) <= MAX_CLOCK_GAP_MINUTES;
    }

    private static Instant day(Instant i) {
        return i.truncatedTo(ChronoUnit.DAYS);
    }

    private static Optional<DeclaredDate> fromMeta(Map<String, List<String>> values, String[] names) {
        for (String name : names) {
            for (String value : values.getOrDefault(name.toLowerCase(Locale.ROOT), List.of())) {
                Optional<DeclaredDate> parsed = DeclaredDate.read(value);
                if (parsed.isPresent()) {
                    return parsed;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Values of meta tags by their property, name or itemprop ({@code dcterms:created} read as
     * {@code dcterms.created}), and of other elements carrying an itemprop with a {@code content} or
     * {@code datetime}, in document order: one pass instead of one query per name.
     */
    private static Map<String, List<String>> metaValues(Document doc) {
        Map<String, List<String>> values = new HashMap<>();
        for (Element el : doc.select(META)) {
            String value = el.hasAttr("datetime") ? el.attr("datetime") : el.attr("content");
            boolean meta = el.normalName().equals("meta");
            if (!meta && !el.hasAttr("content") && !(el.normalName().equals("time") && el.hasAttr("datetime"))) {
                continue;
            }
            for (String key : meta ? new String[] {"property", "name", "itemprop"} : new String[] {"itemprop"}) {
                if (el.hasAttr(key)) {
                    String name = el.attr(key).strip().toLowerCase(Locale.ROOT).replace("dcterms:", "dcterms.");
                    values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                }
            }
        }
        return values;
    }

    private static Optional<DateLine> fromText(Document doc, String title, boolean monthFirst) {
        Element body = doc.body();
        if (body == null) {
            return Optional.empty();
        }
        return DateLines.nearestTitle(BlockRenderer.render(body), title, monthFirst, DateLines.timed(body));
    }

    static Optional<Instant> fromUrl(String url) {
        String path;
        try {
            path = URI.create(url).getPath();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Matcher m = URL_DATE.matcher(path == null ? "" : path);
        Matcher dayFirst = URL_DAY_FIRST.matcher(path == null ? "" : path);
        LocalDate date;
        if (m.find()) {
            int g = m.group(1) != null ? 1 : 4;
            date = DateText.date(m.group(g), m.group(g + 1), m.group(g + 2));
        } else if (dayFirst.find()) {
            date = DateText.date(dayFirst.group(3), dayFirst.group(2), dayFirst.group(1));
        } else {
            return Optional.empty();
        }
        return date == null ? Optional.empty() : Optional.of(date.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** US English writes month first; everyone else day first. */
    static boolean monthFirst(String lang) {
        String l = lang == null ? "" : lang.toLowerCase(Locale.ROOT).replace('_', '-');
        return l.equals("en") || l.equals("en-us") || l.equals("en-ph");
    }
}
