package gazette.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IndexNamesTest {

    @Test
    void namesTheIndexAfterTheLowercasedSimpleClassName() {
        assertThat(IndexNames.forClass(IndexNamesTest.class)).matches("t-indexnamestest-[0-9a-f]{4}-\\d{4}");
    }

    @Test
    void givesEveryClassANewNameThatIsNoPrefixOfAnother() {
        String first = IndexNames.forClass(Inner.class);
        String second = IndexNames.forClass(Inner.class);
        assertThat(first).isNotEqualTo(second).hasSameSizeAs(second);
        assertThat(second).doesNotStartWith(first);
    }

    @Nested
    class Inner {}
}
