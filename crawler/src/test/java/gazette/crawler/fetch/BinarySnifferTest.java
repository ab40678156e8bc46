package gazette.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BinarySnifferTest {
    private static final String HTML = "<html><head><title>Бюджет 预算 予算</title></head><body><p>Текст.</p></body>";

    @Test
    void namesFilesBySignature() throws IOException {
        assertThat(BinarySniffer.binaryKind(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0))).hasValue("png");
        assertThat(BinarySniffer.binaryKind(gzip(HTML.getBytes(StandardCharsets.UTF_8)))).hasValue("gzip");
        assertThat(BinarySniffer.binaryKind("%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII))).hasValue("pdf");
        assertThat(BinarySniffer.binaryKind(bytes('P', 'K', 3, 4, 20, 0))).hasValue("zip");
        assertThat(BinarySniffer.binaryKind(bytes(0xFF, 0xD8, 0xFF, 0xE0))).hasValue("jpeg");
    }

    @Test
    void callsRandomBytesBinaryByTheirControlBytes() {
        byte[] random = new byte[64 * 1024];
        new Random(8).nextBytes(random);

        assertThat(BinarySniffer.binaryKind(random)).hasValueSatisfying(kind ->
                assertThat(kind).matches("control-bytes=\\d+%"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "GBK", "Big5", "Shift_JIS", "EUC-KR", "windows-1251", "ISO-2022-JP",
        "UTF-16LE", "UTF-16BE"})
    void keepsTextInEveryEncodingAsText(String charset) {
        assertThat(BinarySniffer.binaryKind(HTML.repeat(20).getBytes(Charset.forName(charset)))).isEmpty();
    }

    @Test
    void keepsHtmlWithNulBytesAndUtf16WithBomAsText() {
        byte[] nuls = "<title>Nul\u0000s</title><p>a\u0000b\u0000c</p>\u0000".repeat(10).getBytes(StandardCharsets.UTF_8);
        byte[] bom = "\uFEFF<p>x</p>".getBytes(StandardCharsets.UTF_16LE);

        assertThat(BinarySniffer.binaryKind(nuls)).isEmpty();
        assertThat(BinarySniffer.binaryKind(bom)).isEmpty();
        assertThat(BinarySniffer.binaryKind(new byte[0])).isEmpty();
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(data);
        }
        return out.toByteArray();
    }
}
