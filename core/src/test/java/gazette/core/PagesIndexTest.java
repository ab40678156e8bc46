package gazette.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PagesIndexTest {

    @Test
    void versionIsReadBackFromTheConcreteName() {
        assertThat(PagesIndex.versionOf(PagesIndex.versioned("gazette-pages"))).isEqualTo(PagesIndex.VERSION);
        assertThat(PagesIndex.versionOf(PagesIndex.versioned("t-v2-x", 12))).isEqualTo(12);
        assertThat(PagesIndex.versionOf("gazette-pages")).isZero();
    }
}
