package gazette.app.reliability;

import gazette.core.Page;
import java.time.Instant;
import java.util.List;

/** Indexed pages whose text carries markup and tricky characters, for the snippets to mishandle if they can. */
final class HostilePages {
    private HostilePages() {}

    static List<Page> all() {
        return List.of(
                page("script", "en", "Budget script notice",
                        "The ministry published the budget. <script>alert('budget')</script> The script ran."),
                page("markup", "en", "Budget <b>bold</b> claims",
                        "Ministry text with <b>bold</b>, <i>italic</i>, <a href=\"javascript:alert(1)\">a link</a>, "
                                + "\"quotes\" & 'apostrophes' and a fake <mark>mark</mark> in the budget."),
                page("img", "en", "Ministry health update",
                        "Health update: \"><img src=x onerror=alert(1)> the ministry budget for health grows."),
                page("zh", "zh", "财政部发布预算", "财政部今天发布了预算。<script>预算</script>预算增加了百分之五。"),
                page("ar", "ar", "الميزانية الجديدة", "أعلنت الوزارة الميزانية \u200Fالجديدة <b>اليوم</b>."),
                page("ru", "ru", "Бюджет министерства", "Министерство опубликовало бюджет <script>x</script>."),
                page("emoji", "en", "Emoji budget 👩‍👩‍👧‍👦",
                        "Budget with emoji 🇺🇳 and zero\u200Bwidth and RTL \u202Emark\u202C text."),
                page("long", "en", "Long ministry budget", "budget ministry ".repeat(300)));
    }

    private static Page page(String slug, String language, String title, String text) {
        String url = "http://fuzz.example/" + slug + ".html";
        return new Page(url, "fuzz.example", title, Instant.parse("2024-03-0" + (1 + slug.length() % 9) + "T08:00:00Z"),
                language, text, Instant.parse("2024-04-01T00:00:00Z"), null, List.of());
    }
}
