package gazette.samplesite;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The site's languages and stories, loaded from the bundled JSON resources; stories newest first. */
final class SiteContent {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<SiteLanguage> languages;
    private final List<Story> stories;

    private SiteContent(List<SiteLanguage> languages, List<Story> stories) {
        this.languages = List.copyOf(languages);
        this.stories = stories.stream().sorted(Comparator.comparing(Story::published).reversed()).toList();
    }

    /** The bundled content, loaded once per class loader. */
    static SiteContent bundled() {
        return Bundled.CONTENT;
    }

    List<SiteLanguage> languages() {
        return languages;
    }

    List<Story> stories() {
        return stories;
    }

    List<SamplePage> articles() {
        return stories.stream().flatMap(s -> languages.stream().map(l -> s.page(l.code()))).toList();
    }

    private record StoryData(String id, String source, String published, Map<String, List<String>> sentences) {}

    private static SiteContent load() {
        List<SiteLanguage> languages =
                JSON.convertValue(read("languages.json").get("languages"), new TypeReference<>() {});
        List<StoryData> data = JSON.convertValue(read("stories.json").get("stories"), new TypeReference<>() {});
        return new SiteContent(languages, data.stream().map(d -> story(d, languages)).toList());
    }

    private static Story story(StoryData data, List<SiteLanguage> languages) {
        LocalDate published = LocalDate.parse(data.published());
        Map<String, SamplePage> pages = new LinkedHashMap<>();
        for (SiteLanguage language : languages) {
            List<String> sentences = data.sentences().get(language.code());
            if (sentences == null || sentences.isEmpty()) {
                throw new IllegalStateException("story " + data.id() + " has no text in " + language.code());
            }
            String path = SitePaths.article(language.code(), published, data.id());
            String title = Headline.of(sentences.getFirst(), language.code());
            String text = String.join("\n\n", Paragraphs.of(sentences));
            pages.put(language.code(), new SamplePage(path, language.code(), title, published, text, data.id()));
        }
        return new Story(data.id(), published, pages);
    }

    private static JsonNode read(String name) {
        try (InputStream in = SiteContent.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource gazette/samplesite/" + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazette/samplesite/" + name, e);
        }
    }

    private static final class Bundled {
        static final SiteContent CONTENT = load();
    }
}
