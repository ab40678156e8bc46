package gazette.crawler;

import java.nio.charset.StandardCharsets;

/** Minimal pages for the test server. */
final class Html {
    private Html() {}

    static byte[] page(String title, String... links) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(title).append("</title></head><body><h1>").append(title).append("</h1><p>Text of ")
                .append(title).append(".</p><ul>");
        for (String link : links) {
            html.append("<li><a href=\"").append(link).append("\">").append(link).append("</a></li>");
        }
        return html.append("</ul></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }
}
