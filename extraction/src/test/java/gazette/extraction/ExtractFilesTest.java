package gazette.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractFilesTest {
    @TempDir
    Path dir;

    @Test
    void printsOneJsonObjectPerPageFileRecursively() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        try (InputStream in = getClass().getResourceAsStream("/pages/ministry-news-en.html")) {
            Files.write(dir.resolve("a.html"), in.readAllBytes());
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("sub/b.html.gz")))) {
            out.write("<html lang=de><title>Hinweis</title><p>Kurz.</p></html>".getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("notes.txt"), "not a page");

        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        new ExtractFiles().run(List.of(dir), new PrintStream(buffer, true, StandardCharsets.UTF_8));
        List<String> lines = buffer.toString(StandardCharsets.UTF_8).lines().toList();

        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.get("path").asText()).endsWith("a.html");
        assertThat(first.get("title").asText()).isEqualTo("National Aging Office Directors' Meeting Held in Beijing");
        assertThat(first.get("published").asText()).isEqualTo("2024-09-12");
        assertThat(first.get("language").asText()).isEqualTo("en");
        assertThat(first.get("text").asText()).startsWith("On September 11,");
        JsonNode second = new ObjectMapper().readTree(lines.get(1));
        assertThat(second.get("title").asText()).isEqualTo("Hinweis");
        assertThat(second.get("published").isNull()).isTrue();
        assertThat(second.get("language").asText()).isEqualTo("de");
    }
}
