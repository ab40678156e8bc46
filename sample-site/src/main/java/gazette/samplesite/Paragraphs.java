package gazette.samplesite;

import java.util.ArrayList;
import java.util.List;

/** Groups an article's sentences into one to three paragraphs of similar length, keeping their order. */
final class Paragraphs {
    private static final int MAX_PARAGRAPHS = 3;

    private Paragraphs() {}

    static List<String> of(List<String> sentences) {
        int count = Math.min(MAX_PARAGRAPHS, (sentences.size() + 1) / 2);
        int total = sentences.stream().mapToInt(String::length).sum();
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int done = 0;
        for (int i = 0; i < sentences.size(); i++) {
            append(current, sentences.get(i));
            done += sentences.get(i).length();
            int left = sentences.size() - i - 1;
            int wanted = count - paragraphs.size() - 1;
            boolean reachedShare = done * count >= total * (paragraphs.size() + 1);
            if (wanted > 0 && left >= wanted && (reachedShare || left == wanted)) {
                paragraphs.add(current.toString());
                current.setLength(0);
            }
        }
        paragraphs.add(current.toString());
        return List.copyOf(paragraphs);
    }

    /** Chinese sentences end in full-width punctuation and follow each other without a space. */
    private static void append(StringBuilder paragraph, String sentence) {
        if (!paragraph.isEmpty() && "。！？；".indexOf(paragraph.charAt(paragraph.length() - 1)) < 0) {
            paragraph.append(' ');
        }
        paragraph.append(sentence);
    }
}
