package gazette.core.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import gazette.core.Json;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SiteConfigReaderTest {

    private static SiteConfig read(String json) throws Exception {
        JsonNode node = Json.mapper().readTree(json.replace('\'', '"'));
        return SiteConfigReader.read(node);
    }

    @Test
    void fillsTheDocumentedDefaults() throws Exception {
        SiteConfig site = read("{'name':'ministry','seeds':['https://www.gov.example/news/']}");
        assertThat(site.seeds()).containsExactly(URI.create("https://www.gov.example/news/"));
        assertThat(site.sitemaps()).isEmpty();
        assertThat(site.scope()).isEqualTo(SiteScope.defaults());
        assertThat(site.hosts()).containsExactly("www.gov.example");
        assertThat(site.politeness()).isEqualTo(new SitePoliteness(Duration.ofSeconds(1), 1));
        assertThat(site.schedule()).isEqualTo(Schedule.MANUAL);
        assertThat(site.removal()).isEqualTo(new RemovalPolicy(RemovalPolicy.Action.MARK, 2));
        assertThat(site.allowPrivate()).isFalse();
    }

    @Test
    void readsEveryField() throws Exception {
        SiteConfig site = read("""
                {'name':'stats','seeds':'https://stats.example:8443/','sitemaps':['https://stats.example:8443/sm.xml'],
                 'scope':{'hosts':['Stats.example:8443','cdn.example'],'include':['/news/'],'exclude':['\\\\?print='],
                          'max_depth':3,'max_pages':50},
                 'politeness':{'delay':'250ms','parallel':2},'schedule':'0 */6 * * *',
                 'removal':{'action':'mark','gone_after':3},'allow_private':true}""");
        assertThat(site.hosts()).containsExactly("stats.example:8443", "cdn.example");
        assertThat(site.scope()).isEqualTo(new SiteScope(site.scope().hosts(), java.util.List.of("/news/"),
                java.util.List.of("\\?print="), 3, 50));
        assertThat(site.scope().admits("https://stats.example:8443/news/1")).isTrue();
        assertThat(site.scope().admits("https://stats.example:8443/news/1?print=1")).isFalse();
        assertThat(site.scope().admits("https://stats.example:8443/about")).isFalse();
        assertThat(site.politeness()).isEqualTo(new SitePoliteness(Duration.ofMillis(250), 2));
        assertThat(site.schedule().text()).isEqualTo("0 */6 * * *");
        assertThat(site.removal()).isEqualTo(new RemovalPolicy(RemovalPolicy.Action.MARK, 3));
        assertThat(site.allowPrivate()).isTrue();
    }

    @Test
    void errorsNameTheSiteAndTheField() {
        String seeds = "'seeds':['https://a.example/']";
        assertThatThrownBy(() -> read("{" + seeds + "}")).hasMessage(
                "site '?': field 'name' is required: a short key such as 'ministry-news'");
        assertThatThrownBy(() -> read("{'name':'Bad Name'," + seeds + "}")).hasMessageStartingWith(
                "site 'Bad Name': field 'name' must be");
        assertThatThrownBy(() -> read("{'name':'a'}")).hasMessageStartingWith("site 'a': field 'seeds'");
        assertThatThrownBy(() -> read("{'name':'a','seeds':['ftp://a.example/']}")).hasMessage(
                "site 'a': field 'seeds' must hold absolute http(s) URLs, not 'ftp://a.example/'");
        assertThatThrownBy(() -> read("{'name':'a'," + seeds + ",'schedule':'sometimes'}"))
                .hasMessageStartingWith("site 'a': field 'schedule' is wrong: 'sometimes' is not a schedule");
        assertThatThrownBy(() -> read("{'name':'a'," + seeds + ",'scope':{'max_depth':-1}}"))
                .hasMessageStartingWith("site 'a': field 'scope.max_depth' must be a whole number from 0");
        assertThatThrownBy(() -> read("{'name':'a'," + seeds + ",'scope':{'include':['(']}}"))
                .hasMessageStartingWith("site 'a': field 'scope.include' has a pattern");
        assertThatThrownBy(() -> read("{'name':'a'," + seeds + ",'scope':{'hosts':['b.example']}}"))
                .hasMessageContaining("field 'scope.hosts' must include the host of every seed; a.example");
        assertThatThrownBy(() -> read("{'name':'a'," + seeds + ",'politeness':{'delay':'soon'}}"))
                .hasMessageStartingWith("site 'a': field 'politeness.delay' is wrong");
        assertThatThrownBy(() -> read("{'name':'a'," + seeds + ",'politeness':{'parallel':100}}"))
                .hasMessageStartingWith("site 'a': field 'politeness.parallel' must be a whole number from 1 to 64");
        assertThatThrownBy(() -> read("{'name':'a'," + seeds + ",'removal':{'action':'burn'}}"))
                .hasMessageStartingWith("site 'a': field 'removal.action' must be mark");
        assertThatThrownBy(() -> read("{'name':'a'," + seeds + ",'removal':{'action':'purge'}}"))
                .hasMessageStartingWith("site 'a': field 'removal.action' purge is not supported yet");
        assertThatThrownBy(() -> read("{'name':'a'," + seeds + ",'colour':'red'}"))
                .hasMessageStartingWith("site 'a': field 'colour' is not known; expected one of allow_private,");
        assertThatThrownBy(() -> read("{'name':'a'," + seeds + ",'scope':{'depth':2}}"))
                .hasMessageStartingWith("site 'a': field 'scope.depth' is not known");
    }

    @Test
    void writesJsonThatReadsBackTheSame() throws Exception {
        SiteConfig site = read("{'name':'a','seeds':['https://a.example/'],'schedule':'6h',"
                + "'politeness':{'delay':'2s'},'scope':{'exclude':['/print/']}}");
        JsonNode written = Json.mapper().valueToTree(site);
        assertThat(written.path("allow_private").isBoolean()).isTrue();
        assertThat(written.path("scope").path("max_depth").asInt()).isEqualTo(20);
        assertThat(SiteConfigReader.read(written)).isEqualTo(site);
    }
}
