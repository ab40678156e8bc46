package gazette.app;

import gazette.crawler.CrawlProgress;
import gazette.crawler.ProgressListener;
import java.io.PrintStream;

/** A crawl's progress on one terminal line, redrawn at most a few times a second. */
final class ProgressLine implements ProgressListener {
    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintStream out;
    private final long started = System.nanoTime();
    private long lastDrawn;

    ProgressLine(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void progress(CrawlProgress p) {
        long now = System.nanoTime();
        if (now - lastDrawn >= REDRAW_NANOS) {
            lastDrawn = now;
            draw(p, now);
        }
    }

    /** Draws the final state and ends the line. */
    synchronized void finish(CrawlProgress p) {
        draw(p, System.nanoTime());
        out.println();
    }

    private void draw(CrawlProgress p, long now) {
        double seconds = Math.max(0.001, (now - started) / 1e9);
        out.printf("\rcrawling: %d pages, %d queued, %d failed, %d skipped, %.1f pages/s   ",
                p.fetched(), p.queued(), p.failed(), p.skipped(), p.fetched() / seconds);
        out.flush();
    }
}
