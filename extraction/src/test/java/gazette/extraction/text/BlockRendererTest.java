package gazette.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlockRendererTest {

    @Test
    void tidyCollapsesSpacesKeepsLineBreaksAndTrimsLines() {
        assertThat(BlockRenderer.tidy("  Erste\u00A0 \t Zeile \r\n\n\n  zweite   Zeile\u3000\n \n"))
                .isEqualTo("Erste Zeile\nzweite Zeile");
        assertThat(BlockRenderer.tidy("")).isEmpty();
        assertThat(BlockRenderer.tidy("一\n二")).isEqualTo("一\n二");
    }
}
