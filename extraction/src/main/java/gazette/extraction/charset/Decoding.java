package gazette.extraction.charset;

import java.nio.charset.Charset;

/** Text decoded from bytes, with the charset used and where that choice came from. */
public record Decoding(String text, Charset charset, Source source) {

    /** Where the charset came from, in the order they are tried. */
    public enum Source { BOM, HEADER, META, DETECTED, DEFAULT }
}
