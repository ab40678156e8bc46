package gazette.extraction.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Names of languages as language switchers print them (mostly each language in its own script, some in English),
 * mapped to BCP-47 codes. A run of these names is site chrome, never content.
 */
public final class LanguageNames {
    private static final String[][] NAMES = {
        {"en", "english", "eng"}, {"fr", "français", "francais", "french", "fra"},
        {"de", "deutsch", "german", "deu"}, {"es", "español", "espanol", "castellano", "spanish", "esp"},
        {"pt", "português", "portugues", "portuguese"}, {"it", "italiano", "italian", "ita"},
        {"ru", "русский язык", "русский", "russian", "рус"}, {"el", "ελληνικά", "ελληνικα", "greek"},
        {"fi", "suomi", "suomeksi", "suomalainen", "finnish"},
        {"id", "bahasa indonesia", "indonesia", "indonesian"}, {"ar", "العربية", "عربي", "arabic"},
        {"zh", "简体中文", "繁體中文", "繁体中文", "中文简体", "中文繁體", "中文版", "中文", "简体", "繁體", "繁体",
            "汉语", "漢語", "chinese"},
        {"ja", "日本語", "japanese"}, {"ko", "한국어", "한어", "조선어", "korean"},
        {"la", "latina", "latin"}, {"sa", "sanskrit", "संस्कृतम्"}, {"hi", "हिन्दी", "हिंदी", "hindi"},
        {"nl", "nederlands", "dutch"}, {"pl", "polski", "polish"}, {"cs", "čeština", "česky", "czech"},
        {"sk", "slovenčina", "slovensky"}, {"sl", "slovenščina"}, {"hr", "hrvatski"}, {"sr", "српски", "srpski"},
        {"bg", "български"}, {"uk", "українська", "ukrainian"}, {"be", "беларуская"}, {"kk", "қазақ тілі", "қазақша"},
        {"mn", "монгол"}, {"ro", "română", "romana"}, {"hu", "magyar"}, {"sv", "svenska", "swedish"},
        {"da", "dansk", "danish"}, {"no", "norsk", "bokmål"}, {"is", "íslenska"}, {"et", "eesti"}, {"lv", "latviešu"},
        {"lt", "lietuvių"}, {"tr", "türkçe", "turkce", "turkish"}, {"fa", "فارسی", "persian"}, {"ur", "اردو"},
        {"he", "עברית", "hebrew"}, {"th", "ไทย", "ภาษาไทย", "thai"}, {"vi", "tiếng việt", "vietnamese"},
        {"ms", "bahasa melayu", "melayu", "malay"}, {"tl", "filipino", "tagalog"}, {"sw", "kiswahili", "swahili"},
        {"bn", "বাংলা"}, {"ta", "தமிழ்"}, {"te", "తెలుగు"}, {"ka", "ქართული"}, {"hy", "հայերեն"},
        {"az", "azərbaycan"}, {"uz", "oʻzbekcha", "o'zbek"}, {"km", "ខ្មែរ"}, {"lo", "ລາວ"}, {"my", "မြန်မာ"},
        {"ne", "नेपाली"}, {"si", "සිංහල"}, {"am", "አማርኛ"}, {"eo", "esperanto"}, {"ca", "català"},
        {"eu", "euskara"}, {"gl", "galego"}, {"ga", "gaeilge"}, {"cy", "cymraeg"}, {"sq", "shqip"},
        {"mk", "македонски"}, {"bs", "bosanski"}, {"ug", "ئۇيغۇرچە"}, {"bo", "བོད་ཡིག"},
    };
    private static final Map<String, String> CODE_BY_NAME = new HashMap<>();
    private static final java.util.Set<String> CODES = new java.util.HashSet<>();
    private static final Map<Character, List<String>> BY_FIRST_CHAR = new HashMap<>();
    /** Longer than any name with its spaces and separators. */
    private static final int NAME_PREFIX = 48;
    private static final String SEPARATOR_CHARS = "|/·•,;:()[]»«>-";

    static {
        for (String[] row : NAMES) {
            for (int i = 1; i < row.length; i++) {
                CODE_BY_NAME.put(squash(row[i]), row[0]);
                CODES.add(row[0]);
            }
        }
        for (String name : CODE_BY_NAME.keySet()) {
            BY_FIRST_CHAR.computeIfAbsent(name.charAt(0), c -> new ArrayList<>()).add(name);
        }
        BY_FIRST_CHAR.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()));
    }

    private LanguageNames() {
    }

    /** The code for a switcher label such as {@code Français}, {@code 中文} or {@code EN}, if it names a language. */
    public static Optional<String> codeOf(String label) {
        String key = squash(label);
        String code = CODE_BY_NAME.get(key);
        if (code != null) {
            return Optional.of(code);
        }
        boolean tag = isCode(key) && TAG.matcher(label.strip()).matches();
        return tag ? Optional.of(key.substring(0, 2)) : Optional.empty();
    }

    /**
     * How many language names {@code text} is made of, ignoring spaces and separators; 0 unless the whole text is
     * such names (the seed page runs them together: {@code 한어Русский языкEnglishFrançais…}).
     */
    public static int namesSpanning(String text) {
        String s = squash(text);
        if (s.chars().anyMatch(Character::isDigit)) {
            return 0;
        }
        int count = 0;
        int pos = 0;
        while (pos < s.length()) {
            int next = matchAt(s, pos);
            if (next < 0) {
                return 0;
            }
            pos = next;
            count++;
        }
        return count;
    }

    /**
     * True when {@code text} begins with a language name or is a language code, as a switcher's label would. Only
     * the start is read, because this runs for every text of every page.
     */
    public static boolean startsWithName(String text) {
        int start = 0;
        while (start < text.length() && isSkipped(text.charAt(start))) {
            start++;
        }
        if (start == text.length() || !mayStartName(text.charAt(start))) {
            return false;
        }
        int end = text.length();
        while (isSkipped(text.charAt(end - 1))) {
            end--;
        }
        boolean whole = end - start <= NAME_PREFIX;
        String s = squash(text.substring(start, Math.min(end, start + NAME_PREFIX)));
        return !s.isEmpty() && (matchAt(s, 0) >= 0 || whole && codeOf(text).isPresent());
    }

    private static boolean mayStartName(char c) {
        char lower = Character.toLowerCase(c);
        return BY_FIRST_CHAR.containsKey(lower) || lower >= 'a' && lower <= 'z';
    }

    private static int matchAt(String s, int pos) {
        for (String name : BY_FIRST_CHAR.getOrDefault(s.charAt(pos), List.of())) {
            if (s.startsWith(name, pos)) {
                return pos + name.length();
            }
        }
        return -1;
    }

    /** A code as a label ("EN", "zh-CN"); a region needs its separator, or "News" would read as ne-WS. */
    private static final java.util.regex.Pattern TAG =
            java.util.regex.Pattern.compile("(?i)[a-z]{2}(?:[-_][a-z]{2})?");

    private static boolean isCode(String key) {
        return (key.length() == 2 || key.length() == 4 && key.chars().allMatch(c -> c >= 'a' && c <= 'z'))
                && CODES.contains(key.substring(0, 2));
    }

    /**
     * Lower case without spaces, separators or punctuation, so labels compare however they are written. A plain
     * scan: it runs for every short element of every page.
     */
    private static boolean isSkipped(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || SEPARATOR_CHARS.indexOf(c) >= 0;
    }

    static String squash(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSkipped(c)) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
