package gazette.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gazette.core.site.Schedule;
import gazette.core.site.SiteConfig;
import gazette.core.site.SitePoliteness;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitesFileTest {
    static final Path EXAMPLE = Path.of("..", "config", "sites.example.yaml");

    @Test
    void theExampleFileIsValidAndSaysWhatItsCommentsSay() {
        SitesFile file = SitesFile.load(EXAMPLE);
        assertThat(file.all()).extracting(SiteConfig::name)
                .containsExactly("ministry-news", "parliament", "statistics-office");
        SiteConfig ministry = file.get("ministry-news").orElseThrow();
        assertThat(ministry.schedule()).isEqualTo(Schedule.MANUAL);
        assertThat(ministry.politeness()).isEqualTo(SitePoliteness.defaults());
        assertThat(ministry.scope().maxDepth()).isEqualTo(20);
        SiteConfig stats = file.get("statistics-office").orElseThrow();
        assertThat(stats.schedule()).isEqualTo(new Schedule.Every(Duration.ofHours(6)));
        assertThat(stats.scope().admits("https://stats.example/en/releases/1?print=1")).isFalse();
        assertThat(stats.scope().admits("https://stats.example/en/releases/1")).isTrue();
        assertThat(stats.politeness().delay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(file.get("parliament").orElseThrow().schedule().text()).isEqualTo("30 6 * * 1-5");
        assertThat(file.byHost("www.parliament.example")).map(SiteConfig::name).hasValue("parliament");
    }

    @Test
    void errorsNameTheFileTheSiteAndTheField(@TempDir Path dir) throws Exception {
        Path bad = write(dir, "sites:\n  - name: ok\n    seeds: [https://ok.example/]\n"
                + "  - name: broken\n    seeds: [https://b.example/]\n    politeness: {parallel: 0}\n");
        assertThatThrownBy(() -> SitesFile.load(bad)).hasMessage(bad + ": site 'broken': field "
                + "'politeness.parallel' must be a whole number from 1 to 64, not 0");
        Path twice = write(dir, "sites:\n  - {name: a, seeds: [https://a.example/]}\n"
                + "  - {name: a, seeds: [https://b.example/]}\n");
        assertThatThrownBy(() -> SitesFile.load(twice)).hasMessageContaining("site 'a': field 'name' is used by two");
        Path unknown = write(dir, "site:\n  - {name: a, seeds: [https://a.example/]}\n");
        assertThatThrownBy(() -> SitesFile.load(unknown)).hasMessageContaining("must hold one key, 'sites'");
        Path notYaml = write(dir, "sites: [\n");
        assertThatThrownBy(() -> SitesFile.load(notYaml)).hasMessageStartingWith(notYaml + ": not valid YAML");
        assertThatThrownBy(() -> SitesFile.load(dir.resolve("missing.yaml"))).hasMessageContaining("cannot be read");
    }

    @Test
    void changesAreWrittenBackAndReadTheSame(@TempDir Path dir) throws Exception {
        Path path = write(dir, "sites:\n  - {name: a, seeds: [https://a.example/], schedule: 6h}\n");
        SitesFile file = SitesFile.load(path);
        SiteConfig b = file.get("a").orElseThrow().withSchedule(Schedule.parse("0 3 * * *"));
        SiteConfig renamed = new SiteConfig("b", List.of(URI.create("https://b.example/x")), List.of(), b.scope(),
                new SitePoliteness(Duration.ofMillis(1500), 3), b.schedule(), b.removal(), true);
        assertThat(file.put(renamed, true)).isTrue();
        assertThat(file.put(renamed, true)).isFalse();
        file.put(b, false);
        SitesFile again = SitesFile.load(path);
        assertThat(again.all()).containsExactly(b, renamed);
        assertThat(Files.readString(path)).startsWith("# Gazette sites").contains("name: b");
        assertThat(file.changed()).isFalse();
    }

    @Test
    void noticesAChangedFileAndKeepsItsSitesWhenTheNewOneIsBroken(@TempDir Path dir) throws Exception {
        Path path = write(dir, "sites:\n  - {name: a, seeds: [https://a.example/]}\n");
        SitesFile file = SitesFile.load(path);
        Files.writeString(path, "sites:\n  - {name: a, seeds: [https://a.example/], schedule: often}\n");
        Files.setLastModifiedTime(path, FileTime.fromMillis(Files.getLastModifiedTime(path).toMillis() + 5000));
        assertThat(file.changed()).isTrue();
        assertThatThrownBy(file::reload).hasMessageContaining("site 'a': field 'schedule'");
        assertThat(file.get("a").orElseThrow().schedule()).isEqualTo(Schedule.MANUAL);
        assertThat(file.changed()).isFalse(); // reported once, not on every check
        Files.writeString(path, "sites:\n  - {name: a, seeds: [https://a.example/], schedule: 2h}\n");
        Files.setLastModifiedTime(path, FileTime.fromMillis(Files.getLastModifiedTime(path).toMillis() + 10000));
        assertThat(file.changed()).isTrue();
        file.reload();
        assertThat(file.get("a").orElseThrow().schedule()).isEqualTo(Schedule.parse("2h"));
    }

    private static Path write(Path dir, String yaml) throws Exception {
        Path path = Files.createTempFile(dir, "sites", ".yaml");
        Files.writeString(path, yaml, StandardCharsets.UTF_8);
        return path;
    }
}
