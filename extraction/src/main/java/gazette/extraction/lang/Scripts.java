package gazette.extraction.lang;

import java.util.Optional;

/** Languages that their script alone identifies: kana means Japanese, hangul Korean, Han without either Chinese. */
final class Scripts {
    private Scripts() {
    }

    static Optional<String> decisive(String text) {
        int han = 0;
        int kana = 0;
        int hangul = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            switch (script) {
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                default -> { }
            }
            letters += Character.isLetter(text.charAt(i)) ? 1 : 0;
        }
        if (letters == 0 || (han + kana + hangul) * 2 < letters) {
            return Optional.empty();
        }
        if (kana * 10 >= han + kana && kana > 0) {
            return Optional.of("ja");
        }
        if (hangul > han) {
            return Optional.of("ko");
        }
        return Optional.of(han > 0 ? "zh" : "ja");
    }
}
