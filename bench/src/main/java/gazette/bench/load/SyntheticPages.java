package gazette.bench.load;

import gazette.core.Page;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The content of the synthetic news site, the same on every run: {@code stories} announcements, each published in
 * every {@link Vocabulary} language at {@code /news/<lang>/<story>.html}, with a title, a date, five paragraphs,
 * links to neighbouring and random stories and hreflang alternates. Page {@code i} is derived from seed {@code i}.
 */
final class SyntheticPages {
    static final int LANGUAGES = Vocabulary.values().length;
    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
    private static final int RANDOM_LINKS = 3;

    private final int stories;

    SyntheticPages(int pages) {
        if (pages < LANGUAGES || pages % LANGUAGES != 0) {
            throw new IllegalArgumentException("pages must be a positive multiple of " + LANGUAGES + ", was " + pages);
        }
        this.stories = pages / LANGUAGES;
    }

    int pages() {
        return stories * LANGUAGES;
    }

    static String path(Vocabulary language, int story) {
        return "/news/" + language.tag() + "/" + story + ".html";
    }

    /** Every page's path, story by story. */
    List<String> paths() {
        List<String> paths = new ArrayList<>(pages());
        for (int s = 0; s < stories; s++) {
            for (Vocabulary v : Vocabulary.values()) {
                paths.add(path(v, s));
            }
        }
        return paths;
    }

    /** One page's content, or null for a path outside the site. */
    Article article(String path) {
        String[] parts = path.split("/");
        if (parts.length != 4 || !parts[1].equals("news") || !parts[3].endsWith(".html")) {
            return null;
        }
        Vocabulary language = language(parts[2]);
        int story = number(parts[3].substring(0, parts[3].length() - ".html".length()));
        return language == null || story < 0 || story >= stories ? null : article(language, story);
    }

    Article article(Vocabulary language, int story) {
        Random random = new Random(story * 31L + language.ordinal());
        String title = language.words(random, 5 + random.nextInt(4));
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < 5; p++) {
            StringBuilder text = new StringBuilder();
            for (int s = 2 + random.nextInt(3); s > 0; s--) {
                text.append(language.sentence(random)).append(language == Vocabulary.ZH ? "" : " ");
            }
            paragraphs.add(text.toString().strip());
        }
        List<String> links = new ArrayList<>(List.of(path(language, Math.floorMod(story - 1, stories)),
                path(language, (story + 1) % stories)));
        for (int i = 0; i < RANDOM_LINKS; i++) {
            links.add(path(language, random.nextInt(stories)));
        }
        return new Article(language, story, title, FIRST.plusDays(story % 2000), paragraphs, links);
    }

    private static Vocabulary language(String tag) {
        for (Vocabulary v : Vocabulary.values()) {
            if (v.tag().equals(tag)) {
                return v;
            }
        }
        return null;
    }

    private static int number(String digits) {
        return digits.matches("\\d{1,9}") ? Integer.parseInt(digits) : -1;
    }

    /** One language version of one story. */
    record Article(Vocabulary language, int story, String title, LocalDate published, List<String> paragraphs,
            List<String> links) {

        /** As the crawler would hand it to the indexer, for filling an index without crawling. */
        Page page(URI base) {
            List<Page.Alternate> alternates = new ArrayList<>();
            for (Vocabulary v : Vocabulary.values()) {
                alternates.add(new Page.Alternate(v.tag(), base.resolve(path(v, story)).toString()));
            }
            Instant date = published.atStartOfDay(ZoneOffset.UTC).toInstant();
            return new Page(base.resolve(path(language, story)).toString(), base.getAuthority(), title, date,
                    language.tag(), String.join("\n\n", paragraphs), Instant.now(), null, alternates);
        }
    }
}
