package gazette.extraction.charset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8Test {

    @Test
    void acceptsWellFormedTextAndRejectsLegacyBytes() {
        assertThat(Utf8.isWellFormed("Grüße, 中文, 😀, \uFFFD".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(Utf8.isWellFormed("中文新闻".getBytes(java.nio.charset.Charset.forName("GB18030")))).isFalse();
        assertThat(Utf8.isWellFormed(new byte[] {(byte) 0xC0, (byte) 0xAF})).isFalse(); // overlong "/"
        assertThat(Utf8.isWellFormed(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).isFalse(); // surrogate
        assertThat(Utf8.isWellFormed(new byte[] {(byte) 0xE4, (byte) 0xB8})).isFalse(); // cut off
    }

    /** Random short sequences, biased to lead and continuation bytes, judged as Java's own decoder judges them. */
    @Test
    void agreesWithJavasDecoder() {
        Random random = new Random(42);
        int[] pool = {0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED,
            0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF};
        for (int n = 0; n < 50_000; n++) {
            byte[] bytes = new byte[1 + random.nextInt(6)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) pool[random.nextInt(pool.length)];
            }
            assertThat(Utf8.isWellFormed(bytes)).as("%s", java.util.HexFormat.of().formatHex(bytes))
                    .isEqualTo(decodes(bytes));
        }
    }

    private static boolean decodes(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
