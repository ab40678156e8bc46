package gazette.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WordingTest {

    @Test
    void readsTheTitleThroughCasePunctuationAndSpaces() {
        String title = Wording.of("Neue Förderrichtlinie: Was ändert sich 2024?");
        assertThat(Wording.is("NEUE FÖRDERRICHTLINIE – was ändert sich 2024 ?!", title)).isTrue();
        assertThat(Wording.is("Neue Förderrichtlinie: Was ändert sich 2024? | Ministerium", title)).isFalse();
        assertThat(Wording.is("Neue Förderrichtlinie", title)).isFalse();
        assertThat(Wording.is("…", "")).isTrue();
    }

    /** Random mixes of letters that change length or form when lower-cased, marks, symbols and spaces. */
    @Test
    void agreesWithTheBuiltWording() {
        String[] parts = {"A", "b", "Σ", "ς", "İ", "i", "ß", "中", "😀", " ", "\t", "\u00A0", "\u3000", ".", "—", "«",
            "$", "©", "+", "^", "_", "é", "\u0301", "1"};
        Random random = new Random(7);
        for (int n = 0; n < 50_000; n++) {
            String a = random(parts, random);
            String b = random.nextInt(3) == 0 ? a.toUpperCase(java.util.Locale.ROOT) + "!" : random(parts, random);
            assertThat(Wording.is(a, Wording.of(b))).as("%s / %s", a, b)
                    .isEqualTo(Wording.of(a).equals(Wording.of(b)));
        }
    }

    private static String random(String[] parts, Random random) {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(6); i >= 0; i--) {
            s.append(parts[random.nextInt(parts.length)]);
        }
        return s.toString();
    }
}
