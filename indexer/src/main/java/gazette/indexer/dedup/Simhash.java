package gazette.indexer.dedup;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A 64-bit simhash over three-token shingles of a text: texts that share most of their shingles differ in few bits.
 * Words are runs of letters and digits; in scripts written without spaces (Han, kana, Hangul) every character is a
 * token, so a Chinese text and a Chinese text with a different footer compare as well as English ones do.
 *
 * @param value the fingerprint
 */
public record Simhash(long value) {
    /** Texts within this many differing bits are near-duplicates; {@link #BANDS} is chosen so they share a band. */
    public static final int MAX_DISTANCE = 3;
    /** One more band than {@link #MAX_DISTANCE}: by pigeonhole, two hashes that close agree on a whole band. */
    public static final int BANDS = MAX_DISTANCE + 1;
    /** Shorter texts (in shingles) are too small to judge: a menu or a one-line notice would collide. */
    public static final int MIN_SHINGLES = 16;
    private static final int SHINGLE = 3;
    private static final int BAND_BITS = 64 / BANDS;
    private static final Pattern LINES = Pattern.compile("\\n+");

    /**
     * The simhash of a text, or null when it has fewer than {@link #MIN_SHINGLES} shingles. Shingles stay within a
     * paragraph (line) and weigh as much as their paragraph has tokens, so short lines (navigation, a footer, "print
     * this page") move few bits while the paragraphs of the announcement decide the hash.
     */
    public static Simhash of(String text) {
        long[] votes = new long[64];
        int shingles = 0;
        for (String paragraph : LINES.split(text == null ? "" : text)) {
            List<String> tokens = tokens(paragraph);
            for (int i = 0; i + SHINGLE <= tokens.size() || i == 0 && !tokens.isEmpty(); i++) {
                String shingle = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + SHINGLE)));
                vote(votes, hash(shingle), tokens.size());
                shingles++;
            }
        }
        if (shingles < MIN_SHINGLES) {
            return null;
        }
        long value = 0;
        for (int bit = 0; bit < 64; bit++) {
            value |= votes[bit] > 0 ? 1L << bit : 0;
        }
        return new Simhash(value);
    }

    /** Parses {@link #hex}. */
    public static Simhash parse(String hex) {
        return new Simhash(Long.parseUnsignedLong(hex, 16));
    }

    public String hex() {
        return String.format(Locale.ROOT, "%016x", value);
    }

    public int distance(Simhash other) {
        return Long.bitCount(value ^ other.value);
    }

    public boolean isNear(Simhash other) {
        return distance(other) <= MAX_DISTANCE;
    }

    /** The bands as keywords {@code <band>:<hex>}; two near hashes share at least one. */
    public List<String> bands() {
        List<String> bands = new ArrayList<>(BANDS);
        for (int band = 0; band < BANDS; band++) {
            long bits = (value >>> (band * BAND_BITS)) & ((1L << BAND_BITS) - 1);
            bands.add(band + ":" + Long.toHexString(bits));
        }
        return bands;
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (isUnspaced(c)) {
                flush(word, tokens);
                tokens.add(Character.toString(c));
            } else if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(Character.toLowerCase(c));
            } else {
                flush(word, tokens);
            }
        });
        flush(word, tokens);
        return tokens;
    }

    private static boolean isUnspaced(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (!word.isEmpty()) {
            tokens.add(word.toString());
            word.setLength(0);
        }
    }

    private static void vote(long[] votes, long hash, int weight) {
        for (int bit = 0; bit < 64; bit++) {
            votes[bit] += ((hash >>> bit) & 1) == 1 ? weight : -weight;
        }
    }

    /** FNV-1a over UTF-8, then a SplitMix64 finaliser so every input bit reaches every output bit. */
    private static long hash(String shingle) {
        long h = 0xcbf29ce484222325L;
        for (byte b : shingle.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}
