package gazette.extraction.text;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the main text by scoring containers: each prose paragraph (length, punctuation)
 * credits its parent fully and its further ancestors less, the sum is discounted by the container's link density,
 * and class/id names and tags nudge it. The idea is Arc90 Readability's, over our own blocks so it works for any
 * script (see {@link Block#units}).
 */
public final class ContentScorer {
    private static final int MIN_UNITS = 25;
    private static final Set<String> CONTAINERS = Set.of("div", "td", "section", "article",
            "main", "center", "body", "dd", "font", "span");
    private static final Pattern GOOD = Pattern.compile("(?i)(?:^|[-_\\s])(?:article|body|content|entry|main|"
            + "post|text|blog|story|detail|zw|zhengwen|trs_editor|con|news_?con|arti)(?:[-_\\s\\d]|$)");
    private static final Pattern BAD = Pattern.compile("(?i)(?:^|[-_\\s])(?:comments?|meta|footer|foot|rodape|"
            + "sidebar|widget|related|share|social|sponsor|ads?|promo|nav|menu|banner|copyright)(?:[-_\\s\\d]|$)");

    /** Below this many units (see {@link Block#units}) a container earns only part of its tag and class weight. */
    private static final double FULL_WEIGHT_UNITS = 250;
    // score from paragraphs, chars, link chars, prose blocks, tag and class weight, units
    private final Map<Element, double[]> stats = new HashMap<>();
    /** The weight of each "class id" string met on the page: most elements repeat a few of them. */
    private final Map<String, Double> nameWeights = new HashMap<>();
    private Map<Element, Double> bestWithin;

    /**
     * The container's score after link-density discount, 0 when it holds no prose. A name like "text" must not
     * lift one short cookie notice above the article, so the weight grows with the text held.
     */
    double score(Element el) {
        double[] s = stats.get(el);
        if (s == null || s[3] == 0) {
            return 0;
        }
        double weight = s[4] * Math.min(1, s[5] / FULL_WEIGHT_UNITS);
        return (s[0] + weight) * (1 - Math.min(1, s[2] / Math.max(1, s[1])));
    }

    /**
     * Credits the block's container and its ancestors. A paragraph element's container is its parent; text lying
     * directly in a {@code div} or {@code td} (common on older sites, with {@code <br>} between paragraphs) makes
     * that element itself the container, so a neighbouring sidebar does not share the credit.
     */
    private void add(Block block) {
        Element el = block.owner();
        int units = Block.units(block.text());
        double credit = 1 + Block.punctuation(block.text()) + Math.min(units / 100.0, 3);
        int level = CONTAINERS.contains(el.normalName()) ? 1 : 0;
        for (; el != null; level++, el = el.parent()) {
            double[] s = stats.computeIfAbsent(el, this::initial);
            s[1] += block.text().length();
            s[5] += units;
            s[2] += block.linkChars();
            if (level > 0 && level <= 4 && units >= MIN_UNITS) {
                s[0] += credit / (level == 1 ? 1 : level == 2 ? 2 : level * 3);
                s[3]++;
            }
        }
    }

    /** The {@code n} best-scoring containers, best first. */
    public List<Element> ranked(int n) {
        return stats.keySet().stream().filter(e -> score(e) > 0)
                .sorted(Comparator.comparingDouble(e -> -score(e))).limit(n).toList();
    }

    private Element top() {
        Element best = null;
        double bestScore = 0;
        for (Element el : stats.keySet()) {
            double score = score(el);
            if (score > bestScore) {
                best = el;
                bestScore = score;
            }
        }
        return best;
    }

    private double[] initial(Element el) {
        double w = switch (el.normalName()) {
            case "article", "main" -> 8;
            case "div", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "ol", "ul", "dl", "dd", "dt", "li", "form", "address" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th", "body", "html" -> -5;
            default -> 0;
        };
        w += nameWeights.computeIfAbsent(el.className() + " " + el.id(), ContentScorer::nameWeight);
        return new double[] {0, 0, 0, 0, w, 0};
    }

    private static double nameWeight(String names) {
        if (names.isBlank()) {
            return 0;
        }
        return (BAD.matcher(names).find() ? -25 : 0) + (GOOD.matcher(names).find() ? 25 : 0);
    }

    /** The best score of {@code el} or any element inside it. */
    double bestWithin(Element el) {
        if (bestWithin == null) {
            bestWithin = new HashMap<>();
            for (Element e : stats.keySet()) {
                double s = score(e);
                for (Element a = e; s > 0 && a != null; a = a.parent()) {
                    if (bestWithin.getOrDefault(a, 0.0) >= s) {
                        break; // the ancestors above already hold at least this much
                    }
                    bestWithin.put(a, s);
                }
            }
        }
        return bestWithin.getOrDefault(el, 0.0);
    }

    /** Total characters of blocks under {@code el}. */
    double chars(Element el) {
        double[] s = stats.get(el);
        return s == null ? 0 : s[1];
    }

    /** Characters inside links under {@code el}. */
    double linkChars(Element el) {
        double[] s = stats.get(el);
        return s == null ? 0 : s[2];
    }

    /** A scorer already fed with {@code blocks}, for asking about several containers. */
    public static ContentScorer of(List<Block> blocks) {
        ContentScorer scorer = new ContentScorer();
        blocks.forEach(scorer::add);
        return scorer;
    }

    /** The best-scoring container, or null when no block looks like prose. */
    public Element best() {
        return top();
    }

    /** Link density of the container. */
    public double linkDensity(Element el) {
        return linkChars(el) / Math.max(1, chars(el));
    }
}
