package gazette.es.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NodeSettingsTest {

    @Test
    void writeThreadsAreEveryCoreButOneAndAtLeastOne() {
        assertThat(NodeSettings.writeThreads(1)).isEqualTo(1);
        assertThat(NodeSettings.writeThreads(2)).isEqualTo(1);
        assertThat(NodeSettings.writeThreads(8)).isEqualTo(7);
    }
}
