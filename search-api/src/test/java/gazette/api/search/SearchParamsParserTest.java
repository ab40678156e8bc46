package gazette.api.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchParamsParserTest {

    private static Map<String, List<String>> params(String... nameValues) {
        Map<String, List<String>> map = new HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            map.computeIfAbsent(nameValues[i], k -> new java.util.ArrayList<>()).add(nameValues[i + 1]);
        }
        return map;
    }

    private static void assertRejected(String parameter, String... nameValues) {
        assertThatThrownBy(() -> SearchParamsParser.parse(params(nameValues)))
                .isInstanceOfSatisfying(BadParameterException.class, e -> {
                    assertThat(e.parameter()).isEqualTo(parameter);
                    assertThat(e.getMessage()).startsWith("Parameter '" + parameter + "'");
                });
    }

    @Test
    void defaultsWhenNothingIsGiven() {
        SearchParams p = SearchParamsParser.parse(Map.of());
        assertThat(p.q()).isEmpty();
        assertThat(p.page()).isEqualTo(1);
        assertThat(p.size()).isEqualTo(10);
        assertThat(p.sort()).isEqualTo(Sort.RELEVANCE);
        assertThat(p.effectiveSort()).isEqualTo(Sort.NEWEST);
        assertThat(p.languages()).isEmpty();
        assertThat(p.cursor()).isNull();
    }

    @Test
    void readsEveryParameter() {
        SearchParams p = SearchParamsParser.parse(params("q", "pension", "lang", "EN", "lang", "zh", "site",
                "www.gov.uk", "from", "2024-01-01", "to", "2024-12-31", "sort", "oldest", "page", "3", "size", "20"));
        assertThat(p.query().groups()).hasSize(1);
        assertThat(p.languages()).containsExactly("en", "zh");
        assertThat(p.sites()).containsExactly("www.gov.uk");
        assertThat(p.from()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(p.to()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(p.sort()).isEqualTo(Sort.OLDEST);
        assertThat(p.offset()).isEqualTo(40);
    }

    @Test
    void explainIsTrueOrFalse() {
        assertThat(SearchParamsParser.parse(params("explain", "true")).explain()).isTrue();
        assertThat(SearchParamsParser.parse(params()).explain()).isFalse();
        assertRejected("explain", "explain", "yes");
    }

    @Test
    void feedDefaultsToNewestFirst() {
        assertThat(SearchParamsParser.parse(params("q", "tax"), Sort.NEWEST).effectiveSort()).isEqualTo(Sort.NEWEST);
    }

    @Test
    void rejectsUnknownParameter() {
        assertRejected("color", "q", "x", "color", "red");
    }

    @Test
    void rejectsPageSizeAbove100() {
        assertRejected("size", "size", "101");
    }

    @Test
    void rejectsSizeZeroAndNonNumbers() {
        assertRejected("size", "size", "0");
        assertRejected("size", "size", "ten");
        assertRejected("page", "page", "0");
        assertRejected("page", "page", "-1");
        assertRejected("page", "page", "99999999999");
    }

    @Test
    void rejectsPagesBeyondTheResultWindowAndPointsToTheCursor() {
        assertThat(SearchParamsParser.parse(params("page", "100", "size", "100")).offset()).isEqualTo(9900);
        assertThatThrownBy(() -> SearchParamsParser.parse(params("page", "101", "size", "100")))
                .hasMessageContaining("cursor");
    }

    @Test
    void rejectsBadDates() {
        assertRejected("from", "from", "yesterday");
        assertRejected("to", "to", "2024-13-01");
        assertRejected("from", "from", "2024-02-01", "to", "2024-01-01");
    }

    @Test
    void rejectsBadSortLanguageAndSite() {
        assertRejected("sort", "sort", "popular");
        assertRejected("lang", "lang", "english!");
        assertRejected("site", "site", "a b");
    }

    @Test
    void rejectsSingleValuedParameterGivenTwice() {
        assertRejected("q", "q", "a", "q", "b");
    }

    @Test
    void rejectsOverlongAndOverfullQueries() {
        assertRejected("q", "q", "x".repeat(1001));
        assertRejected("q", "q", "w ".repeat(65));
    }

    @Test
    void acceptsALongQuestionWrittenInSyllables() {
        String question = "Sự xóa bỏ tình trạng phân biệt chủng tộc trong trường học ở Hoa Kỳ đã dẫn đến sự gia tăng "
                + "số lượng học sinh thuộc sắc tộc nào trong các trường công lập?";
        assertThat(SearchParamsParser.parse(params("q", question)).query().termCount()).isEqualTo(34);
    }

    @Test
    void rejectsForgedCursorAndCursorWithPage() {
        assertRejected("cursor", "cursor", "not-a-cursor");
        assertRejected("cursor", "cursor", "eyJzb3J0IjoibmV3ZXN0In0");
        String valid = new Cursor(Sort.NEWEST, List.of(FieldValue.of(1L), FieldValue.of("u"))).encode();
        assertRejected("page", "cursor", valid, "page", "2");
    }

    @Test
    void blankValuesCountAsAbsent() {
        SearchParams p = SearchParamsParser.parse(params("q", "", "lang", "", "size", " "));
        assertThat(p.size()).isEqualTo(10);
        assertThat(p.languages()).isEmpty();
    }

    @Test
    void relevanceWithWordsStaysRelevance() {
        assertThat(SearchParamsParser.parse(params("q", "tax")).effectiveSort()).isEqualTo(Sort.RELEVANCE);
    }
}
