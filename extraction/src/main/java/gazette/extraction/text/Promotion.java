package gazette.extraction.text;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Moves the chosen container up when the article is split over several scored blocks: when most of the other
 * strong candidates share an ancestor, or when an ancestor scores better than the path below it (Readability's
 * rules). Stops at {@code body}.
 */
final class Promotion {
    private static final int ALTERNATIVES = 3;
    private static final int MAX_WIDEN = 8;
    private static final double WIDEN_LINK_DENSITY = 0.15;
    private static final double WIDEN_GROWTH = 4;
    private static final int SPLIT_LEVELS = 3;
    private static final double SPLIT_LINK_DENSITY = 0.2;
    private static final double PART_SHARE = 0.6;
    private static final double MIN_PART_SCORE = 10;

    private Promotion() {
    }

    static Element promote(Element top, ContentScorer scorer) {
        return climb(sharedAncestor(top, scorer), scorer);
    }

    /**
     * Takes in the surrounding container while it adds text without adding links: articles assembled from
     * several content modules, each a sibling box, sit in one such container.
     */
    static Element widen(Element top, ContentScorer scorer) {
        Element current = top;
        for (int step = 0; step < MAX_WIDEN; step++) {
            Element parent = current.parent();
            if (parent == null || isRoot(parent) || scorer.linkDensity(parent) > WIDEN_LINK_DENSITY
                    || scorer.chars(parent) > WIDEN_GROWTH * scorer.chars(current)) {
                break;
            }
            current = parent;
        }
        return current;
    }

    /**
     * The parts of an article split over sibling boxes a few levels up ("text module, image module, text module"):
     * the branch holding {@code top} and each sibling branch holding a container that scores at least half as well,
     * found at the nearest ancestor that has such siblings and is not mostly links. Empty when there are none.
     */
    static Optional<Set<Element>> splitParts(Element top, ContentScorer scorer) {
        double threshold = Math.max(MIN_PART_SCORE, PART_SHARE * scorer.score(top));
        Element branch = top;
        for (int level = 0; level < SPLIT_LEVELS; level++) {
            Element parent = branch.parent();
            if (parent == null || isRoot(parent) || scorer.linkDensity(parent) > SPLIT_LINK_DENSITY) {
                break;
            }
            Set<Element> parts = new HashSet<>();
            for (Element sibling : parent.children()) {
                if (sibling != branch && scorer.bestWithin(sibling) >= threshold) {
                    parts.add(sibling);
                }
            }
            if (!parts.isEmpty()) {
                parts.add(branch);
                return Optional.of(parts);
            }
            branch = parent;
        }
        return Optional.empty();
    }

    private static Element sharedAncestor(Element top, ContentScorer scorer) {
        double topScore = scorer.score(top);
        List<Element> strong = scorer.ranked(6).stream()
                .filter(e -> e != top && scorer.score(e) >= 0.75 * topScore).toList();
        if (strong.size() < ALTERNATIVES) {
            return top;
        }
        for (Element ancestor = top.parent(); ancestor != null && !isRoot(ancestor); ancestor = ancestor.parent()) {
            Element a = ancestor;
            long inside = strong.stream().filter(e -> e.parents().contains(a) || e == a).count();
            if (inside >= ALTERNATIVES) {
                return ancestor;
            }
        }
        return top;
    }

    private static Element climb(Element top, ContentScorer scorer) {
        double last = scorer.score(top);
        double threshold = last / 3;
        for (Element parent = top.parent(); parent != null && !isRoot(parent); parent = parent.parent()) {
            double score = scorer.score(parent);
            if (score == 0) {
                continue;
            }
            if (score < threshold) {
                break;
            }
            if (score > last) {
                return parent;
            }
            last = score;
        }
        return top;
    }

    private static boolean isRoot(Element el) {
        return el.normalName().equals("body") || el.normalName().equals("html");
    }
}
