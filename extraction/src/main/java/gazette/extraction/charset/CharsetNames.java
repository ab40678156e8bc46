package gazette.extraction.charset;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves charset labels to the charset a browser would really use: legacy labels name a subset of what servers
 * send (a page labelled GB2312 routinely contains GBK characters), so each maps to its superset.
 */
public final class CharsetNames {
    private static final Map<String, String> SUPERSETS = Map.ofEntries(
            Map.entry("gb2312", "GB18030"), Map.entry("gbk", "GB18030"), Map.entry("x-gbk", "GB18030"),
            Map.entry("cp936", "GB18030"), Map.entry("hz-gb-2312", "GB18030"), Map.entry("euc-cn", "GB18030"),
            Map.entry("big5", "Big5-HKSCS"), Map.entry("x-x-big5", "Big5-HKSCS"), Map.entry("cn-big5", "Big5-HKSCS"),
            Map.entry("shift_jis", "windows-31j"), Map.entry("shift-jis", "windows-31j"), Map.entry("sjis", "windows-31j"),
            Map.entry("x-sjis", "windows-31j"), Map.entry("ms932", "windows-31j"),
            Map.entry("euc-kr", "x-windows-949"), Map.entry("ks_c_5601-1987", "x-windows-949"),
            Map.entry("iso-8859-1", "windows-1252"), Map.entry("latin1", "windows-1252"),
            Map.entry("us-ascii", "windows-1252"), Map.entry("ascii", "windows-1252"),
            Map.entry("iso-8859-9", "windows-1254"), Map.entry("tis-620", "x-windows-874"),
            Map.entry("utf8", "UTF-8"), Map.entry("unicode", "UTF-8"));

    private CharsetNames() {
    }

    /** The charset for a label such as {@code gb2312} or {@code "UTF-8"}, if the JVM supports it. */
    public static Optional<Charset> forLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String clean = label.strip().replaceAll("^[\"']|[\"';,]+$", "").toLowerCase(Locale.ROOT);
        if (clean.isEmpty()) {
            return Optional.empty();
        }
        String name = SUPERSETS.getOrDefault(clean, clean);
        try {
            Charset charset = Charset.forName(name);
            // A page cannot really be UTF-16 once we read a label from its ASCII-compatible bytes.
            return Optional.of(charset.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : charset);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
