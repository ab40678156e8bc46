package gazette.core;

import java.util.List;

/**
 * Guesses the language of a text as short as a search query, so search can use that language's analysed fields.
 * Implemented where the language models live (extraction); the search API receives one from the wiring.
 */
public interface LanguageDetector {

    /**
     * BCP-47 primary tags ({@code en}, {@code zh}, {@code tr}, …) of the languages {@code text} is plausibly in, most
     * likely first; empty when it cannot tell. Tags may name languages without a field of their own in the pages
     * index (such text is searched through the neutral fields).
     */
    List<String> plausible(String text);

    /** Knows nothing: every query searches every language's fields. */
    LanguageDetector NONE = text -> List.of();
}
