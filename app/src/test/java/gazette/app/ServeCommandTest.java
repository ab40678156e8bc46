package gazette.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServeCommandTest {

    @Test
    void refusesAShortAdminTokenBeforeStartingAnythingAndDoesNotEchoIt() {
        StringWriter err = new StringWriter();
        CommandLine cli = Gazette.commandLine();
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute("serve", "--admin-token", "tiny-secret", "--es-url", "http://127.0.0.1:9");
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("admin token must be at least 16 characters").doesNotContain("tiny-secret");
    }

    @Test
    void helpDocumentsTheAdminTokenAndStallLimit() {
        StringWriter out = new StringWriter();
        CommandLine cli = Gazette.commandLine();
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("serve", "--help")).isZero();
        assertThat(out.toString()).contains("--admin-token", "GAZETTE_ADMIN_TOKEN", "--stall-after", "PT2M");
    }
}
