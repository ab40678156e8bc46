package gazette.extraction.charset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BinaryBodyTest {

    @Test
    void namesKnownFileSignatures() {
        assertThat(BinaryBody.kind(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10})).contains("PNG image");
        assertThat(BinaryBody.kind("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains("PDF document");
        assertThat(BinaryBody.kind(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .contains("JPEG image");
    }

    @Test
    void randomBytesAreBinary() {
        byte[] garbage = new byte[4096];
        new Random(1).nextBytes(garbage);
        assertThat(BinaryBody.kind(garbage)).contains("binary data");
    }

    @Test
    void htmlInAnyEncodingIsText() {
        assertThat(BinaryBody.kind("<html><body>Grüße\t\r\n\f</body></html>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(BinaryBody.kind("<p>民政部</p>".getBytes(java.nio.charset.Charset.forName("GBK")))).isEmpty();
        byte[] utf16 = "\uFEFF<html>text</html>".getBytes(StandardCharsets.UTF_16BE);
        assertThat(BinaryBody.kind(utf16)).isEmpty();
        assertThat(BinaryBody.kind(new byte[0])).isEmpty();
    }

    @Test
    void markupWithControlBytesInsideIsText() {
        assertThat(BinaryBody.kind("<text id=1>a\u0002b\u0002c\u0002d\u0002</text>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
    }

    @Test
    void aStrayControlByteIsTolerated() {
        assertThat(BinaryBody.kind("copied from Word\u000B text".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }
}
