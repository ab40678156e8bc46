package gazette.extraction.date;

import gazette.extraction.text.Block;
import java.time.Instant;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.jsoup.nodes.Element;

/** Picks the date line nearest the title among the page's text blocks, skipping places where dates are not this page's. */
final class DateLines {
    private static final Pattern COPYRIGHT = Pattern.compile("(?iu)©|&copy;|\\(c\\)\\s*\\d|copyright|版权|版權|all rights");
    private static final Pattern ELSEWHERE = Pattern.compile("(?i)(?:^|[-_\\s])(?:related|"
            + "recommend|comment|footer|sidebar|more-?news|latest|popular|most-?read|teaser|widget|archive|prev|next|"
            + "other|xgxw|xgwz)");
    /** Blog engines put a post's tags and categories in its class ("tag-next-steps"); those are not layout. */
    private static final Pattern TAXONOMY = Pattern.compile("(?i)(?<=^|\\s)(?:tag|tags|category|categories|cat|"
            + "format|status|type|postid)[-_]\\S*");
    private static final Pattern YEAR = Pattern.compile("(?:19|20|25)\\d\\d");
    private static final int MAX_DISTANCE = 40;
    private static final int MAX_LINE = 300;

    private DateLines() {
    }

    /** Blocks are tried nearest the title first (those before it count 1.5 times as far); the first date wins. */
    static Optional<Instant> nearestTitle(List<Block> blocks, String title, boolean monthFirst) {
        int anchor = titleIndex(blocks, title);
        Map<Element, Boolean> memo = new IdentityHashMap<>();
        List<Integer> order = IntStream.range(0, blocks.size()).boxed()
                .filter(i -> anchor < 0 || distance(i, anchor) <= MAX_DISTANCE)
                .sorted(Comparator.comparingDouble(i -> distance(i, anchor))).toList();
        for (int i : order) {
            Block block = blocks.get(i);
            if (!YEAR.matcher(block.text()).find() || elsewhere(block.owner(), memo)) {
                continue;
            }
            Optional<Instant> date = firstDateLine(block.text(), monthFirst);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** The first date on a short line of the block ({@code <br>}-separated text has many lines in one block). */
    private static Optional<Instant> firstDateLine(String text, boolean monthFirst) {
        for (String line : text.split("\n")) {
            if (line.length() > MAX_LINE || COPYRIGHT.matcher(line).find()) {
                continue;
            }
            List<FoundDate> found = DateText.findAll(line, monthFirst);
            if (!found.isEmpty()) {
                return Optional.of(found.getFirst().instant());
            }
        }
        return Optional.empty();
    }

    private static double distance(int i, int anchor) {
        return anchor < 0 ? i : i >= anchor ? i - anchor : (anchor - i) * 1.5;
    }

    private static int titleIndex(List<Block> blocks, String title) {
        String t = title.strip().toLowerCase(Locale.ROOT);
        int firstH1 = -1;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String text = b.text().toLowerCase(Locale.ROOT);
            if (!t.isEmpty() && b.heading() && (text.equals(t) || text.contains(t) || t.contains(text))) {
                return i;
            }
            if (firstH1 < 0 && b.owner().normalName().equals("h1")) {
                firstH1 = i;
            }
        }
        return firstH1;
    }

    /** True inside footers, asides, navigation, comments, or a list of links to other articles. */
    private static boolean elsewhere(Element el, Map<Element, Boolean> memo) {
        if (el == null || el.normalName().equals("body")) {
            return false;
        }
        Boolean known = memo.get(el);
        if (known == null) {
            known = isElsewhere(el) || elsewhere(el.parent(), memo);
            memo.put(el, known);
        }
        return known;
    }

    private static boolean isElsewhere(Element e) {
        String tag = e.normalName();
        return tag.equals("footer") || tag.equals("aside") || tag.equals("nav")
                || ELSEWHERE.matcher(layoutClass(e) + " " + (e.id().contains("/") ? "" : e.id())).find()
                || tag.equals("li") && e.parent() != null && e.parent().childrenSize() >= 3
                    && e.selectFirst("a[href]") != null;
    }

    private static String layoutClass(Element e) {
        String c = e.className();
        return c.indexOf('-') < 0 && c.indexOf('_') < 0 ? c : TAXONOMY.matcher(c).replaceAll("");
    }
}
