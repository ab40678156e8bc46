package gazette.extraction.charset;

/**
 * Checks bytes against the well-formed UTF-8 sequences of the Unicode standard (table 3-7), the same bytes Java's
 * UTF-8 decoder accepts without a replacement character: no overlong forms, surrogates or code points past
 * U+10FFFF, no lone or missing continuation bytes.
 */
final class Utf8 {
    private Utf8() {
    }

    static boolean isWellFormed(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int lead = b[i] & 0xFF;
            int length = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                    : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
            if (length == 0 || i + length > b.length || length > 1 && !secondFits(lead, b[i + 1] & 0xFF)) {
                return false;
            }
            for (int k = 2; k < length; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += length;
        }
        return true;
    }

    /** The second byte's range depends on the lead: it rules out overlong forms, surrogates and the top planes. */
    private static boolean secondFits(int lead, int second) {
        return switch (lead) {
            case 0xE0 -> second >= 0xA0 && second <= 0xBF;
            case 0xED -> second >= 0x80 && second <= 0x9F;
            case 0xF0 -> second >= 0x90 && second <= 0xBF;
            case 0xF4 -> second >= 0x80 && second <= 0x8F;
            default -> second >= 0x80 && second <= 0xBF;
        };
    }
}
