package gazette.extraction.date;

import gazette.extraction.text.Block;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/** Reads the date a text block shows, telling date lines from dates mentioned in running text. */
final class BlockDates {
    private static final Pattern COPYRIGHT = Pattern.compile("(?iu)©|&copy;|\\(c\\)\\s*\\d|copyright|版权|版權|all rights");
    /** Words that introduce a publication date: such a line counts as half as far from the title as it is. */
    private static final Pattern PUBLISHED = Pattern.compile("(?iu)publish|posted|publié|publica|pubblica|"
            + "veröffentlich|erschienen|erstellt|mise en ligne|opublikow|опубликов|发表|发布|發表|發佈|公開|게시");
    /** Words that introduce the date of a later change rather than of publication. */
    private static final Pattern UPDATED = Pattern.compile("(?iu)updated|aktualisiert|geändert|stand:|modifié|"
            + "mis à jour|actualizado|aggiornato|zaktualizowano|обновлено|更新");
    /** A cheap test for a year before any date is parsed: four digits, or two after a point ("28.01.22"). */
    private static final Pattern YEAR = Pattern.compile("(?:19|20|25)\\d\\d|\\.\\d\\d(?!\\d)");
    private static final int MAX_LINE = 150;
    /**
     * In a longer line only a date this close to its start counts, and only near the title: a dateline opening
     * the first paragraph, not an event mentioned further down.
     */
    private static final int LEAD = 60;
    private static final Pattern DATELINE_END = Pattern.compile("\\s*(?:[-–—|:.,;)(„\"“«»/]|uhr|$)",
            Pattern.CASE_INSENSITIVE);
    /** A block with more dates than this is a list (an archive, a schedule), not a date line. */
    private static final int MAX_DATES = 3;

    private BlockDates() {
    }

    /** A cheap test before any date is parsed. */
    static boolean mayHoldDate(String text) {
        return YEAR.matcher(text).find();
    }

    /**
     * The date a block shows: the first date of its lines (a line saying "published" first, and counting half as
     * far), else one read with spaces between its text nodes, else its {@code <time datetime>}; none when the
     * block lists more dates than a date line holds.
     */
    static DateLine read(Block block, double distance, boolean byTitle, boolean monthFirst, boolean hasTime) {
        int dates = 0;
        DateLine first = null;
        for (String line : block.text().split("\n")) {
            boolean lead = line.length() > MAX_LINE;
            if (lead && !byTitle && distance > 2 * DateLines.BESIDE) {
                continue;
            }
            line = lead ? line.substring(0, LEAD + 40) : line;
            if (!mayHoldDate(line) || COPYRIGHT.matcher(line).find()) {
                continue; // every date form has a year, so a line without one has no date
            }
            List<FoundDate> all = DateText.findAll(line, monthFirst);
            dates += all.size();
            List<FoundDate> found = ownDates(line, all, lead);
            boolean published = !found.isEmpty() && PUBLISHED.matcher(line).find();
            if (!found.isEmpty() && (first == null || published && first.distance() == distance)) {
                FoundDate date = found.getFirst();
                first = new DateLine(date.value(), date.hasTime(), published ? distance / 2 : distance, byTitle,
                        UPDATED.matcher(line).find());
            }
        }
        if (dates > MAX_DATES) {
            return null;
        }
        if (first == null && block.text().length() <= MAX_LINE && YEAR.matcher(block.text()).find()) {
            first = spaced(block, distance, byTitle, monthFirst);
        }
        if (first == null && hasTime) {
            return TimeElements.published(block.owner())
                    .map(t -> new DateLine(t.wallClock(), t.hasTime(), distance, byTitle, false)).orElse(null);
        }
        return first;
    }

    /** The dates of a line that can be its date: not the end of a range, nor inside a long line's sentence. */
    private static List<FoundDate> ownDates(String line, List<FoundDate> all, boolean lead) {
        return all.stream().filter(d -> !closesRange(line, d.start()) && (!lead || opensParagraph(line, d))).toList();
    }

    /**
     * The block's date read with a space between its text nodes: inline elements run together in the rendered
     * text ("Original Research7 April 2020", "10. Februar 20199. Februar 2019" from two {@code <time>}s).
     */
    private static DateLine spaced(Block block, double distance, boolean byTitle, boolean monthFirst) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && text.length() <= MAX_LINE) {
                text.append(t.text()).append(' ');
            }
        }, block.owner());
        List<FoundDate> found = ownDates(text.toString(), DateText.findAll(text.toString(), monthFirst), false);
        return found.isEmpty() || found.size() > MAX_DATES ? null
                : new DateLine(found.getFirst().value(), found.getFirst().hasTime(), distance, byTitle, false);
    }

    /** The second date of a range ("vom 9.1. - 10.2.2023") is when something ends, not when it was published. */
    private static boolean closesRange(String line, int start) {
        int i = start - 1;
        while (i >= 0 && line.charAt(i) == ' ') {
            i--;
        }
        if (i < 0 || "-–—".indexOf(line.charAt(i)) < 0) {
            return false;
        }
        i--;
        while (i >= 0 && line.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && (Character.isDigit(line.charAt(i)) || line.charAt(i) == '.');
    }

    /**
     * A dateline opening a paragraph: the date near its start and set apart from the sentence after it ("29.11.2022
     * – Mehrfach…", "Berlin, (12.11.2021). Traditionell…"), unlike "Mit der am 15. Januar 2022 in Kraft…".
     */
    private static boolean opensParagraph(String line, FoundDate date) {
        return date.start() < LEAD && (date.end() >= line.length() || DATELINE_END.matcher(line)
                .region(date.end(), line.length()).lookingAt());
    }
}
