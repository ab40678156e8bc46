package gazette.testing;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.core.PagesIndex;
import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every test class sees through the extension. Two classes run it; whichever runs second checks the first's
 * record: same cluster URL, a different index name, and the index the first created already deleted.
 */
abstract class SharedClusterContract {
    /** Classes run one after another in the test JVM, each after the previous one's afterAll. */
    private static final Map<Class<?>, TestElasticsearch> FIRST_SEEN = new ConcurrentHashMap<>();

    private TestElasticsearch es;

    @BeforeEach
    void connect(TestElasticsearch es) {
        this.es = es;
    }

    @Test
    void indexIsLowercaseAndNamedAfterTheClass() {
        String className = getClass().getSimpleName().toLowerCase(Locale.ROOT);
        assertThat(es.index()).matches("t-" + className + "-[0-9a-f]{4}-\\d{4}");
    }

    @Test
    void everyTestOfTheClassGetsTheSameIndexAndClient(TestElasticsearch fromTheMethod) {
        TestElasticsearch first = FIRST_SEEN.computeIfAbsent(getClass(), c -> es);
        assertThat(fromTheMethod).isEqualTo(es).isEqualTo(first);
    }

    @Test
    void createsThePagesIndexFromItsDefinitionUnderItsName() throws IOException {
        FIRST_SEEN.computeIfAbsent(getClass(), c -> es);
        String versioned = es.index() + "-v1";
        es.client().indices().create(c -> c.index(versioned).withJson(new StringReader(PagesIndex.definition())));
        assertThat(es.client().indices().exists(e -> e.index(versioned)).value()).isTrue();
    }

    @Test
    void sharesTheClusterWithOtherClassesButNotTheirIndices() throws IOException {
        for (var other : FIRST_SEEN.entrySet()) {
            if (other.getKey() != getClass()) {
                assertThat(es.url()).isEqualTo(other.getValue().url());
                assertThat(es.index()).isNotEqualTo(other.getValue().index());
                String deleted = other.getValue().index() + "-v1";
                assertThat(es.client().indices().exists(e -> e.index(deleted)).value()).isFalse();
            }
        }
    }
}
