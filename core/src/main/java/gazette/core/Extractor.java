package gazette.core;

/** Turns a fetched HTML body into title, date, language, main text and links; never throws on bad input. */
public interface Extractor {
    Extracted extract(Fetched fetched);
}
