package gazette.extraction.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A text's wording: lower-cased, without punctuation, symbols and spaces, for telling that a block repeats the
 * title ("Title — Site" is not it, "TITLE!" is).
 */
final class Wording {
    private static final Pattern NOT_WORD = Pattern.compile("[\\p{P}\\p{S}\\s]+");

    private Wording() {
    }

    static String of(String s) {
        return NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /**
     * Whether {@code of(text)} equals {@code wording}, read without building it: this runs for every block of a
     * page, and most differ from the title in their first letters.
     */
    static boolean is(String text, String wording) {
        String lower = text.toLowerCase(Locale.ROOT);
        int k = 0;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (notWord(c)) {
                continue;
            }
            if (k >= wording.length() || wording.codePointAt(k) != c) {
                return false;
            }
            k += Character.charCount(c);
        }
        return k == wording.length();
    }

    /** What {@code [\p{P}\p{S}\s]} matches. */
    private static boolean notWord(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                 Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
        };
    }
}
