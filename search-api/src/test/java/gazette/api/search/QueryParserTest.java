package gazette.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.api.search.ParsedQuery.Term;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryParserTest {

    private static Term word(String text) {
        return new Term(text, false, false);
    }

    private static Term phrase(String text) {
        return new Term(text, true, false);
    }

    @Test
    void wordsAreEachRequired() {
        ParsedQuery q = QueryParser.parse("pension  reform ");
        assertThat(q.groups()).containsExactly(List.of(word("pension")), List.of(word("reform")));
        assertThat(q.excluded()).isEmpty();
    }

    @Test
    void quotedTextIsOnePhrase() {
        ParsedQuery q = QueryParser.parse("minister \"old  age pension\" 2024");
        assertThat(q.groups()).containsExactly(
                List.of(word("minister")), List.of(phrase("old age pension")), List.of(word("2024")));
    }

    @Test
    void unbalancedQuoteRunsToTheEnd() {
        assertThat(QueryParser.parse("tax \"annual report").groups())
                .containsExactly(List.of(word("tax")), List.of(phrase("annual report")));
    }

    @Test
    void minusExcludesWordsAndPhrases() {
        ParsedQuery q = QueryParser.parse("budget -draft -\"press release\"");
        assertThat(q.groups()).containsExactly(List.of(word("budget")));
        assertThat(q.excluded()).containsExactly(word("draft"), phrase("press release"));
    }

    @Test
    void minusInsideOrApartFromAWordIsText() {
        ParsedQuery q = QueryParser.parse("covid-19 - vaccine");
        assertThat(q.groups()).containsExactly(List.of(word("covid-19")), List.of(word("vaccine")));
        assertThat(q.excluded()).isEmpty();
    }

    @Test
    void orJoinsNeighboursIntoOneGroup() {
        ParsedQuery q = QueryParser.parse("pension OR retirement OR \"old age\" reform");
        assertThat(q.groups()).containsExactly(
                List.of(word("pension"), word("retirement"), phrase("old age")), List.of(word("reform")));
    }

    @Test
    void strayOrAndAndAreDropped() {
        assertThat(QueryParser.parse("OR pension AND reform OR").groups())
                .containsExactly(List.of(word("pension")), List.of(word("reform")));
    }

    @Test
    void lowerCaseOrIsAWord() {
        assertThat(QueryParser.parse("this or that").groups())
                .containsExactly(List.of(word("this")), List.of(word("or")), List.of(word("that")));
    }

    @Test
    void excludedTermNeverJoinsAnOrGroup() {
        ParsedQuery q = QueryParser.parse("a OR -b c");
        assertThat(q.groups()).containsExactly(List.of(word("a")), List.of(word("c")));
        assertThat(q.excluded()).containsExactly(word("b"));
    }

    @Test
    void titlePrefixRestrictsTheNextTerm() {
        ParsedQuery q = QueryParser.parse("title:budget Title:\"annual report\" -title:draft title: census");
        assertThat(q.groups()).containsExactly(List.of(new Term("budget", false, true)),
                List.of(new Term("annual report", true, true)), List.of(new Term("census", false, true)));
        assertThat(q.excluded()).containsExactly(new Term("draft", false, true));
    }

    @Test
    void scriptTagIsPlainText() {
        ParsedQuery q = QueryParser.parse("<script>alert(1)</script>");
        assertThat(q.groups()).containsExactly(List.of(word("<script>alert(1)</script>")));
    }

    @Test
    void cjkTextIsKeptWhole() {
        assertThat(QueryParser.parse("老龄 民政部").groups())
                .containsExactly(List.of(word("老龄")), List.of(word("民政部")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"AND", "(", ")", ":", "*", "~", "^", "\\", "/", "\"", "\"\"", "-", "--", "title:",
            "-\"", "a:b:c*", "(a AND b) OR (c", "\\\"", "*:*", "foo~2 bar^3", "/regex/", "||", "&&", "!"})
    void luceneSyntaxNeverFailsAndYieldsOnlyTermsWithLettersOrDigits(String input) {
        ParsedQuery q = QueryParser.parse(input);
        assertThat(q.positiveTerms()).allSatisfy(t -> assertThat(t.text()).containsPattern("[\\p{L}\\p{N}]"));
        assertThat(q.excluded()).allSatisfy(t -> assertThat(t.text()).containsPattern("[\\p{L}\\p{N}]"));
    }

    @Test
    void operatorsOnlyQueryIsEmpty() {
        assertThat(QueryParser.parse("( ) : * ~ ^ \\ / AND OR").hasNoRequiredTerms()).isTrue();
    }

    @Test
    void blankOrNullIsEmpty() {
        assertThat(QueryParser.parse(null)).isEqualTo(ParsedQuery.empty());
        assertThat(QueryParser.parse("   ")).isEqualTo(ParsedQuery.empty());
    }

    @Test
    void renderGivesTheCanonicalSyntaxBack() {
        String canonical = "a OR \"b c\" title:d -e -title:\"f g\"";
        assertThat(QueryParser.parse(canonical).render()).isEqualTo(canonical);
        assertThat(QueryParser.parse(QueryParser.parse(canonical).render())).isEqualTo(QueryParser.parse(canonical));
    }
}
