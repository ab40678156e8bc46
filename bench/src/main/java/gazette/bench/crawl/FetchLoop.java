package gazette.bench.crawl;

import gazette.crawler.fetch.FetchException;
import gazette.crawler.fetch.FetchSettings;
import gazette.crawler.fetch.Fetcher;
import gazette.crawler.fetch.Response;
import gazette.crawler.politeness.Politeness;
import gazette.crawler.politeness.PolitenessSettings;
import gazette.crawler.politeness.Sleeper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ceiling of a crawl: the crawler's own {@link Fetcher} getting a fixed list of pages with {@code concurrency}
 * requests in flight and no delay, and nothing else (no robots, no parsing, no frontier, no Elasticsearch).
 */
final class FetchLoop {
    private FetchLoop() {}

    /** What the loop got: pages answered 200 with a body, other answers or failures, bytes, wall time. */
    record Result(int pages, int failed, long bytes, double seconds, double cpuSeconds, double jitSeconds) {
        double pagesPerSecond() {
            return pages / seconds;
        }

        double cpuMsPerPage() {
            return cpuSeconds * 1000 / pages;
        }

        double jitMsPerPage() {
            return jitSeconds * 1000 / pages;
        }
    }

    static Result run(List<URI> urls, int concurrency) {
        PolitenessSettings noDelay = PolitenessSettings.defaults().withMinDelay(Duration.ZERO)
                .withMaxParallelPerHost(concurrency);
        Queue<URI> queue = new ConcurrentLinkedQueue<>(urls);
        AtomicInteger pages = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        long start = System.nanoTime();
        double cpu = ProcessCpu.seconds();
        double jit = ProcessCpu.jitSeconds();
        try (Fetcher fetcher = new Fetcher(FetchSettings.defaults().withAllowPrivate(true),
                new Politeness(noDelay, Clock.systemUTC(), Sleeper.SYSTEM));
                ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < concurrency; i++) {
                workers.submit(() -> drain(fetcher, queue, pages, failed, bytes));
            }
        }
        return new Result(pages.get(), failed.get(), bytes.get(), (System.nanoTime() - start) / 1e9,
                ProcessCpu.seconds() - cpu, ProcessCpu.jitSeconds() - jit);
    }

    private static void drain(Fetcher fetcher, Queue<URI> queue, AtomicInteger pages, AtomicInteger failed,
            AtomicLong bytes) {
        for (URI url = queue.poll(); url != null; url = queue.poll()) {
            try {
                Response response = fetcher.get(url, Fetcher.Accept.HTML);
                if (response.status() == 200 && response.body() != null) {
                    pages.incrementAndGet();
                    bytes.addAndGet(response.body().length);
                } else {
                    failed.incrementAndGet();
                }
            } catch (FetchException e) {
                failed.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
