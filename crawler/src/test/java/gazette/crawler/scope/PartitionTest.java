package gazette.crawler.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PartitionTest {

    @Test
    void everyHostHasExactlyOneOwner() {
        for (String host : IntStream.range(0, 200).mapToObj(i -> "site" + i + ".gov.example").toList()) {
            long owners = IntStream.range(0, 3).filter(i -> new Partition(i, 3).owns(host)).count();
            assertThat(owners).as(host).isEqualTo(1);
        }
    }

    @Test
    void spreadsHostsOverThePartitions() {
        long first = IntStream.range(0, 300).filter(i -> new Partition(0, 3).owns("site" + i + ".example")).count();

        assertThat(first).isBetween(70L, 130L);
    }

    @Test
    void parsesIndexSlashCountAndRefusesNonsense() {
        assertThat(Partition.parse(" 1/4 ")).isEqualTo(new Partition(1, 4));
        assertThat(Partition.ALL.owns("anything.example")).isTrue();
        assertThatThrownBy(() -> Partition.parse("4/4")).hasMessageContaining("0 <= index < count");
        assertThatThrownBy(() -> Partition.parse("half")).hasMessageContaining("index/count, e.g. 0/3");
    }
}
