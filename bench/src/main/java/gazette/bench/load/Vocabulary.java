package gazette.bench.load;

import java.util.List;
import java.util.Random;

/**
 * The languages of the synthetic site and a small vocabulary of government-news words in each, so titles and bodies
 * are real words of their language for the extractor, the language detector and the analyzers.
 */
enum Vocabulary {
    EN("en", " ", "minister announces new budget for public health schools roads housing energy water agriculture "
            + "transport security council parliament policy reform report programme citizens regional national "
            + "funding support development investment employment environment climate digital services safety"),
    DE("de", " ", "Minister kündigt neuen Haushalt für öffentliche Gesundheit Schulen Straßen Wohnungen Energie "
            + "Wasser Landwirtschaft Verkehr Sicherheit Rat Bundestag Politik Reform Bericht Programm Bürger "
            + "regionale nationale Förderung Entwicklung Investitionen Beschäftigung Umwelt Klima digitale Dienste"),
    RU("ru", " ", "министр объявил новый бюджет для общественного здравоохранения школ дорог жилья энергетики "
            + "воды сельского хозяйства транспорта безопасности совет парламент политика реформа доклад программа "
            + "граждан региональной национальной поддержки развития инвестиций занятости экологии климата"),
    AR("ar", " ", "الوزير يعلن ميزانية جديدة للصحة العامة والمدارس والطرق والإسكان والطاقة والمياه والزراعة "
            + "والنقل والأمن المجلس البرلمان السياسة إصلاح تقرير برنامج المواطنين الإقليمية الوطنية دعم التنمية "
            + "الاستثمار التوظيف البيئة المناخ الخدمات الرقمية السلامة"),
    ZH("zh", "", "部长 宣布 新的 预算 公共 卫生 学校 道路 住房 能源 水利 农业 交通 安全 委员会 人大 政策 改革 报告 "
            + "计划 公民 地区 国家 资金 支持 发展 投资 就业 环境 气候 数字 服务 民政部 国务院 会议 通知");

    private final String tag;
    private final String separator;
    private final List<String> words;

    Vocabulary(String tag, String separator, String words) {
        this.tag = tag;
        this.separator = separator;
        this.words = List.of(words.split(" "));
    }

    String tag() {
        return tag;
    }

    List<String> words() {
        return words;
    }

    /** {@code n} words drawn from {@code random}, joined as the language writes them. */
    String words(Random random, int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(separator);
            }
            out.append(words.get(random.nextInt(words.size())));
        }
        return out.toString();
    }

    /** A sentence of 8–15 words with the language's full stop. */
    String sentence(Random random) {
        String words = words(random, 8 + random.nextInt(8));
        String text = Character.toUpperCase(words.charAt(0)) + words.substring(1);
        return text + (this == ZH ? "。" : ".");
    }
}
