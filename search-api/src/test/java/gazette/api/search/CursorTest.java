package gazette.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void roundTripsSortValues() {
        Cursor cursor = new Cursor(Sort.RELEVANCE,
                List.of(FieldValue.of(3.25), FieldValue.of(1_700_000_000_000L), FieldValue.of("https://a.gov/x")));
        Cursor back = Cursor.decode(cursor.encode());
        assertThat(back.sort()).isEqualTo(Sort.RELEVANCE);
        assertThat(back.after()).extracting(FieldValue::_get).containsExactly(3.25, 1_700_000_000_000L,
                "https://a.gov/x");
    }

    @Test
    void tokenIsUrlSafe() {
        String token = new Cursor(Sort.NEWEST, List.of(FieldValue.of("é?&/+="))).encode();
        assertThat(token).matches("[A-Za-z0-9_-]+");
    }
}
