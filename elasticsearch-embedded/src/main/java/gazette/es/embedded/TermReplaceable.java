package gazette.es.embedded;

import com.ibm.icu.text.Replaceable;
import com.ibm.icu.text.UTF16;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A token's term as ICU's {@link Replaceable}, edited in place, as in Lucene's {@code ICUTransformFilter}: ICU's own
 * {@code ReplaceableString} goes through a synchronized {@code StringBuffer}, a lock for every character read.
 */
final class TermReplaceable implements Replaceable {
    private final CharTermAttribute term;
    private char[] buffer;
    private int length;

    TermReplaceable(CharTermAttribute term) {
        this.term = term;
    }

    /** Takes up the term's current text; call before each transform. */
    void reset() {
        buffer = term.buffer();
        length = term.length();
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int offset) {
        return buffer[offset];
    }

    @Override
    public int char32At(int offset) {
        return UTF16.charAt(buffer, 0, length, offset);
    }

    @Override
    public void getChars(int srcStart, int srcLimit, char[] dst, int dstStart) {
        System.arraycopy(buffer, srcStart, dst, dstStart, srcLimit - srcStart);
    }

    @Override
    public void replace(int start, int limit, String text) {
        int newLength = makeRoom(start, limit, text.length());
        text.getChars(0, text.length(), buffer, start);
        setLength(newLength);
    }

    @Override
    public void replace(int start, int limit, char[] chars, int charsStart, int charsLen) {
        int newLength = makeRoom(start, limit, charsLen);
        System.arraycopy(chars, charsStart, buffer, start, charsLen);
        setLength(newLength);
    }

    @Override
    public void copy(int start, int limit, int dest) {
        char[] copied = new char[limit - start];
        getChars(start, limit, copied, 0);
        replace(dest, dest, copied, 0, copied.length);
    }

    /** As Lucene's: a term has no metadata (styles), but saying so keeps ICU on the path Lucene's filter takes. */
    @Override
    public boolean hasMetaData() {
        return true;
    }

    /** Shifts the text after {@code limit} so {@code replacementLength} chars fit at {@code start}; the new length. */
    private int makeRoom(int start, int limit, int replacementLength) {
        int newLength = length - (limit - start) + replacementLength;
        if (newLength > buffer.length) {
            buffer = term.resizeBuffer(newLength);
        }
        if (limit - start != replacementLength && limit < length) {
            System.arraycopy(buffer, limit, buffer, start + replacementLength, length - limit);
        }
        return newLength;
    }

    private void setLength(int newLength) {
        length = newLength;
        term.setLength(newLength);
    }
}
