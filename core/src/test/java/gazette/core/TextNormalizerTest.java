package gazette.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    /** The rules as regular expressions, the form they had before the character loops: the loops must agree. */
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n?|[\u2028\u2029\u0085]");
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}&&[^\t\n]]|[\u00AD\u200B\u2060\uFEFF]");
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\t\\p{Zs}]+");

    @Test
    void foldsWidthsLineBreaksSpacesAndDropsInvisibleCharacters() {
        assertThat(TextNormalizer.normalize("Ｇａｚｅｔｔｅ\u3000２０２４\r\nline\rnext\u2028end"))
                .isEqualTo("Gazette 2024\nline\nnext\nend");
        assertThat(TextNormalizer.normalize("soft\u00ADhy\u200Bphen\u0007 \t\u00A0 word\uFEFF"))
                .isEqualTo("softhyphen word");
        assertThat(TextNormalizer.normalize("می\u200Cخواهم")).isEqualTo("می\u200Cخواهم");
        assertThat(TextNormalizer.normalize(null)).isNull();
    }

    @Test
    void agreesWithTheRegularExpressionsOnRandomText() {
        char[] alphabet = "ab \t\r\n\u0000\u0007\u0085\u00A0\u00AD\u1680\u2000\u200B\u200C\u2028\u2029\u2060\u3000\uFEFFＡ１ﬁ陆é"
                .toCharArray();
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            assertThat(TextNormalizer.normalize(text.toString())).as("%s", text.codePoints().boxed().toList())
                    .isEqualTo(byExpressions(text.toString()));
        }
    }

    private static String byExpressions(String text) {
        String lines = LINE_BREAK.matcher(text).replaceAll("\n");
        String visible = INVISIBLE.matcher(lines).replaceAll("");
        String nfkc = Normalizer.normalize(visible, Normalizer.Form.NFKC);
        return HORIZONTAL_SPACE.matcher(nfkc).replaceAll(" ");
    }
}
