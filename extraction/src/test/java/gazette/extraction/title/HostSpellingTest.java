package gazette.extraction.title;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostSpellingTest {

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = ';', textBlock = """
            sassag       ; SASS DATENTECHNIK AG           ; true
            nationalrail ; National Rail Enquiries        ; true
            faz          ; Frankfurter Allgemeine Zeitung ; true
            bummfilm     ; bumm film GmbH                 ; true
            berlin       ; Berlin Marathon                ; false
            news         ; News of the day                ; false
            bbc          ; Budget cuts announced          ; false
            ab           ; A B                            ; false
            """)
    void spellsANameFromWholeWordsInitialsAndOneSkippedWord(String label, String name, boolean spelled) {
        assertThat(HostSpelling.spells(label, name)).isEqualTo(spelled);
    }
}
