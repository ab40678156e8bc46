package gazette.extraction.charset;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes an HTML body: byte-order mark, then the Content-Type header, then a meta tag in the first bytes, then
 * detection. A label is checked against the bytes, because mislabelled pages are common: a page declared UTF-8 that
 * is not valid UTF-8, or declared single-byte while it is valid UTF-8, is decoded by detection instead. The BOM
 * comes before the header (as browsers do) because it cannot be wrong.
 */
public final class HtmlDecoder {
    private static final int META_SCAN = 4096;
    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+?charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");

    private HtmlDecoder() {
    }

    /** Decodes {@code body} given the {@code Content-Type} header (may be null). */
    public static Decoding decode(byte[] body, String contentType) {
        Optional<Decoding> bom = fromBom(body);
        if (bom.isPresent()) {
            return bom.get();
        }
        BodyDecodings decodings = new BodyDecodings(body);
        Optional<Charset> header = label(HEADER_CHARSET, contentType);
        Optional<String> byHeader = header.flatMap(decodings::fitting);
        if (byHeader.isPresent()) {
            return new Decoding(byHeader.get(), header.get(), Decoding.Source.HEADER);
        }
        String head = new String(body, 0, Math.min(body.length, META_SCAN), StandardCharsets.ISO_8859_1);
        Optional<Charset> meta = label(META_CHARSET, head);
        Optional<String> byMeta = meta.flatMap(decodings::fitting);
        if (byMeta.isPresent()) {
            return new Decoding(byMeta.get(), meta.get(), Decoding.Source.META);
        }
        return detect(decodings, meta.or(() -> header).orElse(null));
    }

    private static Optional<Charset> label(Pattern pattern, String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(text);
        return m.find() ? CharsetNames.forLabel(m.group(1)) : Optional.empty();
    }

    private static Optional<Decoding> fromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(new Decoding(new String(b, 3, b.length - 3, StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8, Decoding.Source.BOM));
        }
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
            Charset utf16 = (b[0] & 0xFF) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            return Optional.of(new Decoding(new String(b, 2, b.length - 2, utf16), utf16, Decoding.Source.BOM));
        }
        return Optional.empty();
    }

    private static Decoding detect(BodyDecodings decodings, Charset hint) {
        if (decodings.isValidUtf8()) {
            return new Decoding(decodings.text(StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                    decodings.hasHighBytes() ? Decoding.Source.DETECTED : Decoding.Source.DEFAULT);
        }
        Charset detected = icuGuess(decodings.body(), hint)
                .orElse(hint != null ? hint : Charset.forName("windows-1252"));
        return new Decoding(decodings.text(detected), detected, Decoding.Source.DETECTED);
    }

    private static Optional<Charset> icuGuess(byte[] body, Charset hint) {
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(true); // skip markup, which is ASCII and says nothing about the charset
        if (hint != null) {
            detector.setDeclaredEncoding(hint.name());
        }
        detector.setText(body);
        CharsetMatch match = detector.detect();
        return match == null ? Optional.empty() : CharsetNames.forLabel(match.getName());
    }
}
