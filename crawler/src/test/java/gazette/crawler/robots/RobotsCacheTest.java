package gazette.crawler.robots;

import static org.assertj.core.api.Assertions.assertThat;

import gazette.crawler.fetch.Fetcher;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RobotsCacheTest {

    @Test
    void aRobotsTxtCutAtTheLimitLosesItsPartialLastLine() {
        String rule = "Disallow: /nothing-here/\n";
        // Cut so that the last, partial line reads "Disallow: /": parsed as is, it would disallow everything.
        StringBuilder body = new StringBuilder("User-agent: *\n");
        while (body.length() + rule.length() <= Fetcher.ROBOTS_MAX_BYTES) {
            body.append(rule);
        }
        body.append(rule, 0, Fetcher.ROBOTS_MAX_BYTES - body.length());
        byte[] cut = body.toString().getBytes(StandardCharsets.US_ASCII);
        assertThat(cut).hasSize(Fetcher.ROBOTS_MAX_BYTES);

        String kept = new String(RobotsCache.wholeLines(cut), StandardCharsets.US_ASCII);

        assertThat(kept).endsWith(rule).doesNotContain("Disallow: /\n");
        assertThat(kept.length()).isLessThan(Fetcher.ROBOTS_MAX_BYTES);
    }

    @Test
    void aRobotsTxtUnderTheLimitIsKeptWhole() {
        byte[] body = "User-agent: *\nDisallow: /".getBytes(StandardCharsets.US_ASCII);
        assertThat(RobotsCache.wholeLines(body)).isSameAs(body);
    }
}
