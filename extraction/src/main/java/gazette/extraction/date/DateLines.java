package gazette.extraction.date;

import gazette.extraction.text.Block;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Picks the date line nearest the title among the page's text blocks, skipping places with other pages' dates. */
final class DateLines {
    /**
     * Words that say "published" and nothing else: such a date is the page's own even in a box whose class name
     * suggests other content ("footerRow", "sidebar"), and so is the value after such a label in a label/value pair.
     */
    private static final Pattern PUBLISHED_ONLY = Pattern.compile("(?iu)publish|publié|publica|pubblica|"
            + "veröffentlich|erschienen|mise en ligne|opublikow|опубликов");
    /** The longest block read as the label of the block after it ("Mise en ligne", "Veröffentlicht am"). */
    private static final int MAX_LABEL = 40;
    private static final int MAX_DISTANCE = 40;
    /** Blocks this close to the title (before it: two thirds of this) are beside it. */
    static final double BESIDE = 5;

    private DateLines() {
    }

    /**
     * The date line nearest the title: the first date of a short line in each block, or a {@code <time datetime>}
     * in a block whose text shows none. A date in the title itself counts as one just beyond the title's side.
     */
    static Optional<DateLine> nearestTitle(List<Block> blocks, String title, boolean monthFirst, Set<Element> timed) {
        int anchor = titleIndex(blocks, title);
        Element group = anchor < 0 ? null : TitleGroup.of(blocks.get(anchor).owner());
        Elsewhere elsewhere = new Elsewhere(group);
        DateLine best = inTitle(blocks, anchor, monthFirst).orElse(null);
        for (int i = 0; i < blocks.size(); i++) {
            double distance = distance(i, anchor);
            boolean tooFar = anchor >= 0 && distance > MAX_DISTANCE || best != null && distance / 2 >= best.distance();
            if (i == anchor || tooFar) {
                continue;
            }
            Block block = blocks.get(i);
            boolean hasTime = timed.contains(block.owner());
            boolean byTitle = distance <= BESIDE || group != null && Elsewhere.within(block.owner(), group);
            DateLine line = hasTime || BlockDates.mayHoldDate(block.text())
                    ? lineAt(blocks, i, distance, byTitle, elsewhere, monthFirst, hasTime) : null;
            if (line != null && (best == null || line.distance() < best.distance())) {
                best = line;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The date line of block {@code i}, read as labelled when the short block above it says "published". */
    private static DateLine lineAt(List<Block> blocks, int i, double distance, boolean byTitle, Elsewhere elsewhere,
            boolean monthFirst, boolean hasTime) {
        Block block = blocks.get(i);
        boolean labelAbove = i > 0 && blocks.get(i - 1).text().length() <= MAX_LABEL
                && PUBLISHED_ONLY.matcher(blocks.get(i - 1).text()).find();
        if (elsewhere.test(block.owner(), byTitle || labelAbove || PUBLISHED_ONLY.matcher(block.text()).find())) {
            return null;
        }
        DateLine line = BlockDates.read(block, labelAbove ? distance / 2 : distance, byTitle, monthFirst, hasTime);
        return line != null && !line.byTitle() && line.distance() <= BESIDE ? line.besideTitle() : line;
    }

    private static Optional<DateLine> inTitle(List<Block> blocks, int anchor, boolean monthFirst) {
        if (anchor < 0) {
            return Optional.empty();
        }
        List<FoundDate> found = DateText.findAll(blocks.get(anchor).text(), monthFirst);
        return found.isEmpty() ? Optional.empty()
                : Optional.of(new DateLine(found.getFirst().value(), found.getFirst().hasTime(), BESIDE + 0.5,
                        false, false));
    }

    private static double distance(int i, int anchor) {
        return anchor < 0 ? i : i >= anchor ? i - anchor : (anchor - i) * 1.5;
    }

    /**
     * The heading that repeats the title, else one that contains it or is contained in it, else the first h1; an
     * h1 first each time, since menus and teaser lists may repeat the title in smaller headings before it.
     */
    private static int titleIndex(List<Block> blocks, String title) {
        String t = title.strip().toLowerCase(Locale.ROOT);
        int[] best = new int[4];
        Arrays.fill(best, -1);
        int firstH1 = -1;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            boolean h1 = b.owner().normalName().equals("h1");
            firstH1 = firstH1 < 0 && h1 ? i : firstH1;
            if (t.isEmpty() || !b.heading()) {
                continue;
            }
            String text = b.text().toLowerCase(Locale.ROOT);
            int rank = text.equals(t) ? (h1 ? 0 : 1) : overlaps(text, t) ? (h1 ? 2 : 3) : -1;
            if (rank >= 0 && best[rank] < 0) {
                best[rank] = i;
            }
        }
        return Arrays.stream(best).filter(i -> i >= 0).findFirst().orElse(firstH1);
    }

    /** One contains the other and is at least half as long: "Kicker: Title" and "Title", not "News" and a title. */
    private static boolean overlaps(String a, String b) {
        String shorter = a.length() < b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() * 2 >= longer.length() && longer.contains(shorter);
    }

    /** Every element that holds a {@code <time datetime>}, so that blocks without one are skipped cheaply. */
    static Set<Element> timed(Element body) {
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element time : body.select(TimeElements.TIME)) {
            for (Element e = time; e != null && out.add(e); e = e.parent()) {
                // ancestors of an earlier time element are already in
            }
        }
        return out;
    }
}
