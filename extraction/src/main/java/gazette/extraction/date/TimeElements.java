package gazette.extraction.date;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** Reads {@code <time datetime>} elements, telling a publication time from an update time by their markup. */
final class TimeElements {
    private static final Pattern PUBLISHED = Pattern.compile("(?i)publish|pubdate|entry-date|post-date|created");
    private static final Pattern UPDATED = Pattern.compile("(?i)updated|modified|edited");
    /** Time elements with a machine-readable value. */
    static final Evaluator TIME = QueryParser.parse("time[datetime]");

    private TimeElements() {
    }

    /** Under {@code owner}: the time marked as the publication, else the first not marked as an update, or any. */
    static Optional<DeclaredDate> published(Element owner) {
        Element unmarked = null;
        Element first = null;
        for (Element time : owner.select(TIME)) {
            String marks = time.className() + " " + time.attr("itemprop") + (time.hasAttr("pubdate") ? " pubdate" : "");
            boolean updated = UPDATED.matcher(marks).find();
            if (PUBLISHED.matcher(marks).find() && !updated) {
                return DeclaredDate.read(time.attr("datetime"));
            }
            first = first == null ? time : first;
            if (unmarked == null && !updated) {
                unmarked = time;
            }
        }
        Element pick = unmarked == null ? first : unmarked;
        return pick == null ? Optional.empty() : DeclaredDate.read(pick.attr("datetime"));
    }
}
