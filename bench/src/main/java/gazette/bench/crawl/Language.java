package gazette.bench.crawl;

import java.util.Random;

/**
 * The generated site's languages, each with a small vocabulary of government-news words, so that the extractor's
 * language detection and Elasticsearch's per-language analyzers do their real work on every page.
 */
enum Language {
    EN("en", " ", "minister announces new budget for public health schools roads housing energy water agriculture "
            + "transport security council parliament policy reform report programme citizens regional national "
            + "funding support development investment employment environment climate digital services safety"),
    DE("de", " ", "Minister kündigt neuen Haushalt für öffentliche Gesundheit Schulen Straßen Wohnungen Energie "
            + "Wasser Landwirtschaft Verkehr Sicherheit Rat Bundestag Politik Reform Bericht Programm Bürger "
            + "regionale nationale Förderung Entwicklung Investitionen Beschäftigung Umwelt Klima digitale Dienste"),
    FR("fr", " ", "le ministre annonce un nouveau budget pour la santé publique les écoles les routes le logement "
            + "énergie eau agriculture transports sécurité conseil parlement politique réforme rapport programme "
            + "citoyens régional national financement soutien développement investissement emploi environnement"),
    ES("es", " ", "el ministro anuncia un nuevo presupuesto para la salud pública escuelas carreteras vivienda "
            + "energía agua agricultura transporte seguridad consejo parlamento política reforma informe programa "
            + "ciudadanos regional nacional financiación apoyo desarrollo inversión empleo medio ambiente clima"),
    RU("ru", " ", "министр объявил новый бюджет для общественного здравоохранения школ дорог жилья энергетики "
            + "воды сельского хозяйства транспорта безопасности совет парламент политика реформа доклад программа "
            + "граждан региональной национальной поддержки развития инвестиций занятости экологии климата"),
    ZH("zh", "", "部长 宣布 新的 预算 公共 卫生 学校 道路 住房 能源 水利 农业 交通 安全 委员会 议会 政策 改革 报告 "
            + "计划 公民 地区 国家 资金 支持 发展 投资 就业 环境 气候 数字 服务");

    private final String tag;
    private final String separator;
    private final String[] words;

    Language(String tag, String separator, String words) {
        this.tag = tag;
        this.separator = separator;
        this.words = words.split(" ");
    }

    String tag() {
        return tag;
    }

    /** {@code count} words drawn from the vocabulary, joined as the language writes them. */
    String words(Random random, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(i == 0 ? "" : separator).append(words[random.nextInt(words.length)]);
        }
        return out.toString();
    }

    /** A sentence of 8 to 15 words with its full stop. */
    String sentence(Random random) {
        return words(random, 8 + random.nextInt(8)) + (this == ZH ? "。" : ".");
    }
}
