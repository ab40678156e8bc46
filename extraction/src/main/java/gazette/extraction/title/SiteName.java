package gazette.extraction.title;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Cuts the site name off a declared title: "Title | Site", "Site – Title", "标题_网站名", "标题-搜狐财经". The part
 * naming the site ({@code og:site_name} or the host) goes; otherwise a clearly longest part is the title, else the
 * last part is taken for the site name (the commonest layout) and dropped.
 */
final class SiteName {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|–—•·»:/-]{1,2}\\s+|\\s*[|_｜]\\s*|\\s+::\\s+"
            + "|(?<=\\p{IsHan})\\s*(?<![-—])[-—](?![-—])\\s*(?=\\p{IsHan})");

    private static final Pattern TRAILING = Pattern.compile("[\\s|–—•·»:/_｜-]+$");
    /** A separator at either end with nothing on its far side: "Site name -". */
    private static final Pattern DANGLING = Pattern.compile("^\\s*[|–—•·»:/_｜-]+\\s+|\\s+[|–—•·»:/_｜-]+\\s*$");

    /** What title comparisons ignore: punctuation, symbols, spaces and invisible format characters. */
    private static final Pattern NOISE = Pattern.compile("[\\p{P}\\p{S}\\p{Z}\\p{Cf}\\s]+");

    private SiteName() {
    }

    static String strip(String title, Site site) {
        List<String> parts = parts(title);
        if (parts.size() < 2) {
            return DANGLING.matcher(title).replaceAll(""); // "Site name -": the title part left empty
        }
        int first = 0;
        while (first < parts.size() - 1 && site.names(parts.get(first))) {
            first++;
        }
        int last = first;
        while (last + 1 < parts.size() && !site.names(parts.get(last + 1))) {
            last++; // what follows the site's name is a tagline ("Title | Site | Since 2005")
        }
        if (first == 0 && last == parts.size() - 1) {
            return byLength(title, parts);
        }
        List<String> rest = parts.subList(first, last + 1);
        return clearlyLongest(rest).orElse(span(title, parts.get(first), parts.get(last)));
    }

    /** The part at least half as long again as any other ("Blog Archive » A post with a long title"). */
    private static Optional<String> clearlyLongest(List<String> parts) {
        if (parts.size() < 2) {
            return Optional.empty();
        }
        List<String> sorted = new ArrayList<>(parts);
        sorted.sort((a, b) -> b.length() - a.length());
        return sorted.get(0).length() >= 1.5 * sorted.get(1).length() ? Optional.of(sorted.get(0)) : Optional.empty();
    }

    /** The parts of a title between separators. */
    static List<String> parts(String title) {
        List<String> parts = new ArrayList<>();
        for (String p : SEPARATOR.split(title)) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        return parts;
    }

    /** The title from the start of one part to the end of another, separators between them kept. */
    private static String span(String title, String from, String to) {
        int start = title.indexOf(from);
        int end = title.lastIndexOf(to) + to.length();
        return start >= 0 && end > start ? title.substring(start, end) : from;
    }

    private static String byLength(String title, List<String> parts) {
        Optional<String> longest = clearlyLongest(parts);
        if (longest.isPresent()) {
            return longest.get();
        }
        String last = parts.getLast();
        String head = title.substring(0, title.lastIndexOf(last));
        return TRAILING.matcher(head).replaceAll("").strip();
    }

    static String normal(String s) {
        return s == null ? "" : NOISE.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
