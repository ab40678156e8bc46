package gazette.indexer.lang;

import gazette.core.Language;
import java.lang.Character.UnicodeScript;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the paragraphs of a page written in another language than the page's (a Chinese notice with an English
 * abstract, an English release quoting a Chinese title), so each part is also indexed in its own language's fields.
 * A paragraph counts when its letters are mostly in one script that names a language: Han (Chinese, or Japanese with
 * kana), Hangul, Greek, Cyrillic (Russian unless it has letters Russian lacks), Arabic (unless Persian letters), or
 * Latin when enough of its words are English function words. Anything else stays in the page's language only.
 */
public final class ForeignParagraphs {
    private static final Pattern PARAGRAPHS = Pattern.compile("\\n+");
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}']+");
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "in", "is", "are", "for", "on", "with",
            "by", "that", "this", "was", "were", "be", "has", "have", "from", "as", "at", "its", "an", "will", "which",
            "or", "not", "their", "been", "it");
    private static final Pattern NOT_RUSSIAN = Pattern.compile("[іїєґўђјљњћџ]", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERSIAN = Pattern.compile("[پچژگ]");
    /** Fewer letters than this (a "PDF" link, a name) say nothing about a paragraph's language. */
    private static final int MIN_LETTERS = 12;
    private static final int MIN_HAN_LETTERS = 4;

    private ForeignParagraphs() {}

    /** The page's paragraphs by their language, leaving out those in the page's own language; in text order. */
    public static Map<Language, String> of(String text, Optional<Language> pageLanguage) {
        Map<Language, StringBuilder> parts = new EnumMap<>(Language.class);
        for (String paragraph : PARAGRAPHS.split(text == null ? "" : text)) {
            language(paragraph).filter(l -> pageLanguage.map(p -> !sameWriting(p, l)).orElse(true))
                    .ifPresent(l -> append(parts.computeIfAbsent(l, k -> new StringBuilder()), paragraph.strip()));
        }
        Map<Language, String> result = new LinkedHashMap<>();
        parts.forEach((l, b) -> result.put(l, b.toString()));
        return result;
    }

    /** The language a paragraph is written in, when its script and words say so plainly. */
    static Optional<Language> language(String paragraph) {
        Map<UnicodeScript, Integer> letters = letters(paragraph);
        UnicodeScript main = letters.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(UnicodeScript.UNKNOWN);
        int count = letters.getOrDefault(main, 0);
        int kana = letters.getOrDefault(UnicodeScript.HIRAGANA, 0) + letters.getOrDefault(UnicodeScript.KATAKANA, 0);
        if (main == UnicodeScript.HAN || kana > 0 && main != UnicodeScript.LATIN) {
            return count + kana >= MIN_HAN_LETTERS ? Optional.of(kana > 0 ? Language.JAPANESE : Language.CHINESE)
                    : Optional.empty();
        }
        if (count < MIN_LETTERS || 2 * count < total(letters)) {
            return Optional.empty();
        }
        return switch (main) {
            case HANGUL -> Optional.of(Language.KOREAN);
            case GREEK -> Optional.of(Language.GREEK);
            case CYRILLIC -> NOT_RUSSIAN.matcher(paragraph).find() ? Optional.empty() : Optional.of(Language.RUSSIAN);
            case ARABIC -> PERSIAN.matcher(paragraph).find() ? Optional.empty() : Optional.of(Language.ARABIC);
            case LATIN -> looksEnglish(paragraph) ? Optional.of(Language.ENGLISH) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /**
     * Latin-script languages other than English cannot be told apart here, so they count as the page's own; kanji
     * paragraphs of a Japanese page are Japanese.
     */
    private static boolean sameWriting(Language page, Language paragraph) {
        return page == paragraph || paragraph == Language.ENGLISH && !isCjkOrNonLatin(page)
                || page == Language.JAPANESE && paragraph == Language.CHINESE;
    }

    private static boolean isCjkOrNonLatin(Language l) {
        return l.isCjk() || Set.of(Language.RUSSIAN, Language.GREEK, Language.ARABIC).contains(l);
    }

    private static boolean looksEnglish(String paragraph) {
        String[] words = WORDS.split(paragraph.toLowerCase(Locale.ROOT).strip());
        long hits = Arrays.stream(words).filter(ENGLISH::contains).count();
        return hits >= 2 && hits * 10 >= words.length;
    }

    private static Map<UnicodeScript, Integer> letters(String paragraph) {
        Map<UnicodeScript, Integer> letters = new EnumMap<>(UnicodeScript.class);
        paragraph.codePoints().filter(Character::isLetter)
                .forEach(c -> letters.merge(UnicodeScript.of(c), 1, Integer::sum));
        return letters;
    }

    private static int total(Map<UnicodeScript, Integer> letters) {
        return letters.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static void append(StringBuilder part, String paragraph) {
        part.append(part.isEmpty() ? "" : "\n\n").append(paragraph);
    }
}
