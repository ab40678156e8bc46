package gazette.api.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AdminTokenTest {
    private static final String SECRET = "correct-horse-battery-staple";

    @Test
    void matchesOnlyTheExactToken() {
        AdminToken token = AdminToken.of(SECRET);
        assertThat(token.matches(SECRET)).isTrue();
        assertThat(token.matches(SECRET + " ")).isFalse();
        assertThat(token.matches(SECRET.substring(1))).isFalse();
        assertThat(token.matches("")).isFalse();
        assertThat(token.matches(null)).isFalse();
    }

    @Test
    void neverShowsTheTokenWhenPrinted() {
        AdminToken token = AdminToken.of(SECRET);
        assertThat(token.toString()).doesNotContain(SECRET).isEqualTo("AdminToken[hidden]");
        assertThat(AdminAccess.on(new FakeCrawlControl(), token).toString()).doesNotContain(SECRET);
    }

    @Test
    void rejectsShortOrSpacedTokens() {
        assertThatThrownBy(() -> AdminToken.of("short")).hasMessageContaining("at least 16");
        assertThatThrownBy(() -> AdminToken.of("has a space in the middle")).hasMessageContaining("without spaces");
    }
}
