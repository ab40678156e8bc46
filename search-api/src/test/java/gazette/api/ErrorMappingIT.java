package gazette.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.ConnectException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The exceptions no route expects, over real HTTP: an I/O failure buried in a wrapper (as the Elasticsearch client
 * reports a connection it could not get from its pool) is still 503, anything else is a 500; neither shows a trace.
 * The unwrapped I/O failure is covered by {@link SearchApiWithoutElasticsearchIT}.
 */
class ErrorMappingIT {
    private static Javalin app;
    private static Http http;

    @BeforeAll
    static void start() {
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JacksonJsonMapper());
            config.routes.get("/wrapped-io", ctx -> {
                throw new IllegalStateException("request failed", new ExecutionException(
                        new ConnectException("Timeout waiting for connection from pool")));
            });
            config.routes.get("/wrapped-timeout", ctx -> {
                throw new IllegalStateException("request failed", new ExecutionException(
                        new TimeoutException("Deadline: 30000 MILLISECONDS")));
            });
            config.routes.get("/bug", ctx -> {
                throw new IllegalStateException("a bug", new ArithmeticException("/ by zero"));
            });
            ErrorMapping.register(config.routes);
        }).start("127.0.0.1", 0);
        http = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void ioFailureWrappedInOtherExceptionsIs503() throws Exception {
        Http.Response r = http.get("/wrapped-io");
        assertThat(r.status()).isEqualTo(503);
        JsonNode body = r.json();
        assertThat(body.path("status").asInt()).isEqualTo(503);
        assertThat(body.path("title").asText()).isEqualTo("Service Unavailable");
        assertThat(body.path("detail").asText())
                .isEqualTo("Elasticsearch cannot be reached: Timeout waiting for connection from pool");
        assertThat(r.body()).doesNotContain("\tat ", "Exception");
    }

    @Test
    void clientTimeoutWrappedInOtherExceptionsIs503() throws Exception {
        Http.Response r = http.get("/wrapped-timeout");
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.json().path("detail").asText())
                .isEqualTo("Elasticsearch did not answer in time: Deadline: 30000 MILLISECONDS");
        assertThat(r.body()).doesNotContain("\tat ", "Exception");
    }

    @Test
    void anyOtherUnexpectedFailureIs500WithoutItsMessage() throws Exception {
        Http.Response r = http.get("/bug");
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.json().path("detail").asText()).isEqualTo("The server failed to answer");
        assertThat(r.body()).doesNotContain("by zero", "a bug", "\tat ");
    }
}
