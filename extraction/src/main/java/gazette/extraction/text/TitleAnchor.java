package gazette.extraction.text;

import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The region of the page that belongs to its title: the nearest ancestor of the title heading that holds prose.
 * Pages that list several articles (infinite scroll, teasers with full text) keep the one the page is about there.
 */
final class TitleAnchor {
    private static final double MIN_SHARE = 0.2;

    private TitleAnchor() {
    }

    /** The best container inside the title's region if it is a fair rival to {@code best}, else {@code best}. */
    static Element prefer(Element body, String title, Element best, ContentScorer scorer) {
        Element region = region(body, title, scorer);
        if (region == null || isInside(best, region) || isInside(region, best)) {
            return best;
        }
        Element local = null;
        for (Element el : scorer.ranked(Integer.MAX_VALUE)) {
            if (isInside(el, region)) {
                local = el;
                break;
            }
        }
        return local != null && scorer.score(local) >= MIN_SHARE * scorer.score(best) ? local : best;
    }

    private static Element region(Element body, String title, ContentScorer scorer) {
        String t = normal(title);
        if (t.length() < 4) {
            return null;
        }
        for (Element h : body.select("h1, h2")) {
            String text = normal(h.text());
            if (!text.isEmpty() && (text.equals(t) || text.contains(t) || t.contains(text) && text.length() * 2 > t.length())) {
                for (Element a = h.parent(); a != null && a != body; a = a.parent()) {
                    if (scorer.score(a) > 0) {
                        return a;
                    }
                }
                return null;
            }
        }
        return null;
    }

    static boolean isInside(Element el, Element ancestor) {
        for (Element e = el; e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\p{S}\\s]+", "");
    }
}
