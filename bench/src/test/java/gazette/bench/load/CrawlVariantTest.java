package gazette.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CrawlVariantTest {

    @Test
    void joinsItsPartsIntoTheChildsCommandLine() {
        CrawlVariant variant = CrawlVariant.parse("nice+carriers1+paced+low-indexing");

        assertThat(variant).isEqualTo(new CrawlVariant("nice+carriers1+paced+low-indexing", 10, 1, true, true));
        assertThat(variant.launcher()).containsExactly("nice", "-n", "10");
        assertThat(variant.jvmOptions()).containsExactly("-Djdk.virtualThreadScheduler.parallelism=1");
    }

    @Test
    void plainRunsTheChildAsItIs() {
        CrawlVariant plain = CrawlVariant.parse("plain");

        assertThat(plain.launcher()).isEmpty();
        assertThat(plain.jvmOptions()).isEmpty();
        assertThat(plain.paced()).isFalse();
        assertThat(plain.lowIndexing()).isFalse();
        assertThat(CrawlVariant.parse("nice19").launcher()).isEqualTo(List.of("nice", "-n", "19"));
    }

    @Test
    void refusesAnUnknownPart() {
        assertThatThrownBy(() -> CrawlVariant.parse("nice+fast")).hasMessageContaining("unknown crawl variant part fast");
        assertThatThrownBy(() -> LoadSettings.parse("crawls=")).isInstanceOf(IllegalArgumentException.class);
    }
}
