package gazette.extraction.date;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Month names and abbreviations in the languages of the sites Gazette crawls, including genitive forms. */
final class MonthNames {
    private static final String[] ROWS = {
        "january jan|february feb|march mar|april apr|may|june jun|july jul|august aug|september sep sept"
            + "|october oct|november nov|december dec",
        "janvier janv|février fevrier févr fevr|mars|avril avr|mai|juin|juillet juil|août aout|septembre"
            + "|octobre|novembre|décembre decembre déc",
        "januar jänner jän|februar|märz maerz mär|april|mai|juni|juli|august|september|oktober okt|november"
            + "|dezember dez",
        "enero ene|febrero|marzo|abril abr|mayo|junio|julio|agosto ago|septiembre setiembre set|octubre"
            + "|noviembre|diciembre dic",
        "gennaio gen|febbraio|marzo|aprile|maggio mag|giugno giu|luglio lug|agosto|settembre sett|ottobre ott"
            + "|novembre|dicembre",
        "janeiro|fevereiro fev|março marco|abril|maio|junho|julho|agosto|setembro|outubro out|novembro"
            + "|dezembro",
        "januari|februari|maart mrt|april|mei|juni|juli|augustus|september|oktober|november|december",
        "stycznia styczeń styczen|lutego luty|marca marzec|kwietnia kwiecień|maja maj|czerwca czerwiec"
            + "|lipca lipiec|sierpnia sierpień|września wrzesień|października październik|listopada listopad"
            + "|grudnia grudzień",
        "января январь янв|февраля февраль фев|марта март|апреля апрель апр|мая май|июня июнь|июля июль"
            + "|августа август авг|сентября сентябрь сен|октября октябрь окт|ноября ноябрь ноя|декабря декабрь дек",
        "січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня",
        "ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince",
        "tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|syyskuuta"
            + "|lokakuuta|marraskuuta|joulukuuta",
        "ιανουαρίου|φεβρουαρίου|μαρτίου|απριλίου|μαΐου μαϊου|ιουνίου|ιουλίου|αυγούστου|σεπτεμβρίου"
            + "|οκτωβρίου|νοεμβρίου|δεκεμβρίου",
        "januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember",
        "ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık",
        "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december",
        "ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie",
        "يناير|فبراير|مارس|أبريل ابريل إبريل|مايو|يونيو|يوليو|أغسطس اغسطس|سبتمبر|أكتوبر اكتوبر|نوفمبر|ديسمبر",
        "जनवरी|फ़रवरी फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर सितम्बर|अक्टूबर|नवंबर नवम्बर|दिसंबर दिसम्बर",
        "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม",
    };
    private static final Map<String, Integer> MONTH = new HashMap<>();

    static {
        for (String row : ROWS) {
            String[] months = row.split("\\|");
            for (int m = 0; m < 12; m++) {
                for (String name : months[m].split(" ")) {
                    MONTH.putIfAbsent(name, m + 1);
                }
            }
        }
    }

    private MonthNames() {
    }

    /** A regex alternation of every name, longest first so "sept" wins over "sep". */
    static String alternation() {
        return MONTH.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .collect(Collectors.joining("|"));
    }

    /** The month number (1–12) for a name as written, or 0. */
    static int of(String name) {
        return MONTH.getOrDefault(name.toLowerCase(Locale.ROOT).replace(".", ""), 0);
    }
}
