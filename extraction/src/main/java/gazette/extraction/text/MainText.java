package gazette.extraction.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Extracts the main text of a page: strips boilerplate, picks the content container (an explicit
 * {@code itemprop=articleBody} first, else the best-scoring container plus its prose siblings), then drops the
 * link lists and stock phrases left inside it. Paragraphs are separated by a blank line.
 */
public final class MainText {
    private static final Pattern STOCK = Pattern.compile("(?i)^(share( this)?|tweet|print|e-?mail|"
            + "advertisement|anzeige|werbung|publicité|read more|weiterlesen|lire la suite|leer más|"
            + "继续阅读|返回顶部|打印本页|关闭窗口|【打印】|【关闭】|.{0,40}(all rights reserved|©|版权所有).{0,80})$");
    /** Closing calls to action under an article: share it, rate it, comment on it (or comments are closed). */
    private static final Pattern CALL_TO_ACTION = Pattern.compile("(?iu)^(?:"
            + "(?:comments?|kommentare|commentaires|comentarios)( sind| are| sont)? (geschlossen|closed|fermés"
            + "|deaktiviert|cerrados)|"
            + "(?:möchten|wollen) sie (den|diesen) (artikel|beitrag) teilen|(diesen |den )?(artikel|beitrag|seite) "
            + "teilen|share (this|the) (article|post|page|story)( on)?|partager (cet|l'|la) (article|page)|"
            + "compartir (este|esta)? ?(artículo|nota|página)|"
            + "wie (bewerten|finden) sie (diesen|den) (artikel|beitrag)|(war|ist) (der|dieser) (artikel|beitrag) "
            + "(hilfreich|nützlich)|was this (article|page|post) (helpful|useful)|"
            + "leave a (comment|reply)|schreibe einen kommentar|kommentar schreiben|laisser un commentaire|"
            + "deja un comentario|(sie müssen|you must be) (sich )?(eingeloggt|einloggen|angemeldet|logged in).*"
            + ")[\\s.!?:]*$");

    /** The first characters of the stock phrases above that are not written in Latin letters. */
    private static final String CHINESE_STOCK_STARTS = "继返打关【©版";
    /** Picture credits and source lines: "Foto: dpa", "AFP / MARCO BERTORELLO", "Quelle: Landesregierung". */
    private static final Pattern CREDIT = Pattern.compile("(?iu)^(?:(?:fotos?|photos?|bild(?:er)?|images?|"
            + "cr[ée]dits?(?: photos?)?|abbildung(?: \\d+)?|titelbild|quelle|source|źródło|fuente|fonte)\\s*:.{0,100}"
            + "|.{0,60}(?:getty ?images|shutterstock|istock|imago|picture.alliance|afp|dpa|reuters|ap photo|"
            + "wenn\\.com)(?:[ /)]|$).{0,40})$");
    /**
     * Between the items of a widget line ("Kommentarfeed | Kommentare geschlossen | Trackback-URL", "War der
     * Artikel nützlich?" above its vote count): a call to action among them marks the whole line.
     */
    private static final Pattern ITEM_BREAK = Pattern.compile("\\n| [|·•] ");
    private static final int PROSE_UNITS = 80;
    private static final int LABEL_UNITS = 60;
    /** How much other text (date line, byline, share or paywall box) may lie between a standfirst and the body. */
    private static final int LEAD_GAP_UNITS = 400;
    /** A short block with a date in it is a date line or byline ("05.10.2018 – by Jane Doe"), not text. */
    private static final int DATE_LINE_UNITS = 60;
    private static final Pattern DATE = Pattern.compile("(?<!\\d)(?:(?:\\d{1,2}[./-]\\d{1,2}[./-](?:19|20)\\d{2}|"
            + "(?:19|20)\\d{2}[./-]\\d{1,2}[./-]\\d{1,2})(?!\\d)|(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月)");
    private static final Evaluator ARTICLE_BODY = QueryParser.parse("[itemprop=articleBody]");
    private static final Evaluator CAPTION_OR_BYLINE = QueryParser.parse("figure, figcaption, "
            + "[class~=(?i)caption|credit|byline|author]");
    private static final Evaluator P = QueryParser.parse("p");

    private MainText() {
    }

    /** The main text of {@code doc}, which is modified (boilerplate removed); the {@code title} is not repeated. */
    public static String of(Document doc, String title) {
        return of(doc, title, null);
    }

    /** As {@link #of(Document, String)}, with the page's language switchers already found (null: find them). */
    public static String of(Document doc, String title, List<Element> switchers) {
        Element body = doc.body();
        if (body == null) {
            return "";
        }
        Boilerplate.strip(body, switchers);
        List<Block> blocks = BlockRenderer.render(body);
        ContentScorer scorer = ContentScorer.of(blocks);
        Element top = scorer.best();
        Element promoted = top == null ? null : Promotion.promote(top, scorer);
        Set<Element> roots = new HashSet<>(containers(body, promoted, scorer));
        Set<Element> wider = roots.size() == 1 ? Set.of(Promotion.widen(roots.iterator().next(), scorer)) : roots;
        if (promoted != null && !roots.contains(body)) {
            Promotion.splitParts(promoted, scorer).ifPresent(roots::addAll);
        }
        String heading = Wording.of(title);
        boolean[] wanted = new boolean[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            wanted[i] = (inside(block.owner(), roots) ? keep(block) : inside(block.owner(), wider) && isProse(block))
                    && !(block.text().length() >= heading.length() && Wording.is(block.text(), heading));
        }
        keepLead(blocks, wanted, heading);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (wanted[i] && !(isLabel(blocks.get(i)) && i + 1 < blocks.size() && !wanted[i + 1])) {
                kept.add(blocks.get(i).text());
            }
        }
        return String.join("\n\n", kept);
    }

    /**
     * The standfirst: prose between the title heading and the first kept paragraph, which sites often set in the
     * article's or the page's header, apart from the body container.
     */
    private static void keepLead(List<Block> blocks, boolean[] wanted, String heading) {
        int title = 0;
        while (title < blocks.size() && !(blocks.get(title).heading() && !heading.isEmpty()
                && Wording.is(blocks.get(title).text(), heading))) {
            title++;
        }
        List<Integer> lead = new ArrayList<>();
        int skipped = 0;
        for (int i = title + 1; i < blocks.size() && skipped <= LEAD_GAP_UNITS; i++) {
            if (wanted[i]) {
                lead.forEach(k -> wanted[k] = true);
                return;
            }
            if (isProse(blocks.get(i))) {
                lead.add(i);
            } else {
                skipped += Block.units(blocks.get(i).text());
            }
        }
    }

    /**
     * A heading or a short line announcing what follows ("Related articles:", "Mehr zum Thema"): when what it
     * announces was dropped as boilerplate, the label goes too.
     */
    private static boolean isLabel(Block block) {
        String text = block.text();
        return block.heading() && Block.units(text) < LABEL_UNITS
                || Block.units(text) < LABEL_UNITS && (text.endsWith(":") || text.endsWith("："));
    }

    private static Set<Element> containers(Element body, Element promoted, ContentScorer scorer) {
        Element explicit = body.select(ARTICLE_BODY).stream()
                .max(Comparator.comparingInt(e -> e.text().length())).orElse(null);
        if (explicit != null && Block.units(explicit.text()) > 200) {
            return Set.of(explicit);
        }
        return promoted == null ? Set.of(body) : withSiblings(promoted, scorer);
    }

    /** Outside the chosen container only real paragraphs count: long, punctuated, hardly linked. */
    private static boolean isProse(Block block) {
        return !block.heading() && Block.units(block.text()) >= PROSE_UNITS && block.linkDensity() < 0.2
                && Block.punctuation(block.text()) >= 2 && block.owner().closest(CAPTION_OR_BYLINE) == null;
    }

    /** The top container and those siblings that score well or read as prose (split article bodies). */
    private static Set<Element> withSiblings(Element top, ContentScorer scorer) {
        Set<Element> roots = new HashSet<>();
        roots.add(top);
        Element parent = top.parent();
        if (parent == null) {
            return roots;
        }
        double threshold = Math.max(10, scorer.score(top) * 0.2);
        for (Element sibling : parent.children()) {
            if (sibling != top && (scorer.score(sibling) >= threshold || isProse(sibling, scorer))) {
                roots.add(sibling);
            }
        }
        return roots;
    }

    private static boolean isProse(Element el, ContentScorer scorer) {
        int units = Block.units(el.text());
        double density = scorer.linkDensity(el);
        if (!el.normalName().equals("p")) {
            // a lead or excerpt kept in its own div beside the body
            return units > 120 && density < 0.1 && Block.punctuation(el.text()) >= 2 && el.select(P).size() <= 1;
        }
        return units > 80 && density < 0.25 || units > 0 && density == 0 && el.text().matches("(?s).*[.。!?！？]$");
    }

    private static boolean inside(Element el, Set<Element> roots) {
        for (Element e = el; e != null; e = e.parent()) {
            if (roots.contains(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean keep(Block block) {
        int units = Block.units(block.text());
        if (block.linkDensity() > 0.6 && units < 300 || units < DATE_LINE_UNITS && DATE.matcher(block.text()).find()) {
            return false;
        }
        String text = block.text();
        if (text.length() >= 160) {
            return true;
        }
        boolean latin = hasLatinLetter(text);
        return !(latin || hasAny(text, CHINESE_STOCK_STARTS)) || !(STOCK.matcher(text).matches() || latin
                && (CREDIT.matcher(text).matches() || Arrays.stream(ITEM_BREAK.split(text))
                        .anyMatch(part -> CALL_TO_ACTION.matcher(part).matches())));
    }

    /**
     * Whether {@code text} has a letter that the case-insensitive patterns above can read as a Latin one (dotless
     * and dotted i, long s and the Kelvin sign fold to ASCII): every stock phrase, credit and call to action needs
     * one, apart from the Chinese stock phrases and the copyright marks.
     */
    private static boolean hasLatinLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == 'ı' || c == 'İ' || c == 'ſ' || c == '\u212A') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
