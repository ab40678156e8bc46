package gazette.es.embedded;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Keeps Elasticsearch's indexing threads in this JVM (bulk writes, refreshes, flushes, merges) at the lowest CPU
 * priority, so the searches the same JVM serves get the CPU first; a daemon looks again every second because the node
 * starts pool threads on demand. Only where the JVM maps Java priorities to the OS (HotSpot on Linux:
 * {@value #JVM_FLAGS}); elsewhere it says so once and does nothing.
 */
public final class IndexingThreadPriority implements AutoCloseable {
    /** The JVM options that let a Java thread priority reach the OS: priority 1 becomes nice 19, no privilege needed. */
    public static final String JVM_FLAGS = "-XX:ThreadPriorityPolicy=1 -XX:JavaPriority1_To_OSPriority=19";
    /**
     * {@code lowest} lets the embedded node lower its indexing threads, {@code normal} (default) leaves them as
     * Elasticsearch starts them; also the environment variable {@link #ENV}.
     */
    public static final String PROPERTY = "gazette.es.indexing-priority";
    public static final String ENV = "GAZETTE_ES_INDEXING_PRIORITY";
    /** {@code elasticsearch[<node>][<pool>][T#n]}, and Lucene's own merge threads if the node starts any. */
    private static final Pattern INDEXING_THREAD = Pattern.compile(
            "elasticsearch\\[[^]]*]\\[(write|write_coordination|refresh|flush|merge|force_merge)].*"
                    + "|.*Lucene Merge Thread.*");
    private static final Duration RESCAN = Duration.ofSeconds(1);
    private static final Logger LOG = LogManager.getLogger(IndexingThreadPriority.class);

    private final Thread daemon;

    private IndexingThreadPriority(Thread daemon) {
        this.daemon = daemon;
    }

    /** Starts lowering indexing threads if the JVM honours priorities; logs once which it is. */
    public static IndexingThreadPriority start() {
        OptionalInt nice = lowestNice();
        if (nice.isEmpty()) {
            LOG.info("Elasticsearch indexing runs at the same CPU priority as searches: this JVM ignores thread "
                    + "priorities; start it with {} to let searches come first", JVM_FLAGS);
            return new IndexingThreadPriority(null);
        }
        IndexingThreadPriority priority = new IndexingThreadPriority(
                Thread.ofPlatform().daemon().name("gazette-indexing-priority").unstarted(IndexingThreadPriority::watch));
        priority.daemon.start();
        LOG.info("Elasticsearch indexing threads run at the lowest CPU priority (nice {}), so searches come first",
                nice.getAsInt());
        return priority;
    }

    /**
     * The nice value of a thread at {@link Thread#MIN_PRIORITY}, or empty when the JVM does not pass Java priorities
     * on to the OS (HotSpot's default {@code ThreadPriorityPolicy=0}, or not HotSpot).
     */
    public static OptionalInt lowestNice() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (!vm.getVMOption("ThreadPriorityPolicy").getValue().equals("1")
                    || !vm.getVMOption("UseThreadPriorities").getValue().equals("true")) {
                return OptionalInt.empty();
            }
            int mapped = Integer.parseInt(vm.getVMOption("JavaPriority1_To_OSPriority").getValue());
            return OptionalInt.of(mapped == -1 ? 4 : mapped); // -1: HotSpot's own table, nice 4 on Linux
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return OptionalInt.empty(); // no such option: not HotSpot
        }
    }

    /** One pass: lowers every indexing thread not yet at the lowest priority; returns how many it lowered. */
    static int lowerIndexingThreads() {
        int lowered = 0;
        for (Thread thread : platformThreads()) {
            if (thread.getPriority() != Thread.MIN_PRIORITY && isIndexing(thread)) {
                thread.setPriority(Thread.MIN_PRIORITY);
                lowered++;
            }
        }
        return lowered;
    }

    static boolean isIndexing(Thread thread) {
        return INDEXING_THREAD.matcher(thread.getName()).matches();
    }

    /**
     * Stops lowering and gives the indexing threads back the normal priority. Raising a nice value needs privilege
     * (root or {@code CAP_SYS_NICE}); without it the OS keeps them at the lowest.
     */
    @Override
    public void close() {
        if (daemon == null) {
            return;
        }
        daemon.interrupt();
        try {
            daemon.join(RESCAN.multipliedBy(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        platformThreads().stream().filter(IndexingThreadPriority::isIndexing)
                .forEach(t -> t.setPriority(Thread.NORM_PRIORITY));
    }

    private static void watch() {
        while (!Thread.currentThread().isInterrupted()) {
            int lowered = lowerIndexingThreads();
            if (lowered > 0) {
                LOG.debug("event=indexing_threads_lowered count={}", lowered);
            }
            try {
                Thread.sleep(RESCAN);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Every live platform thread of the JVM, without the cost of {@code Thread.getAllStackTraces()}. */
    private static List<Thread> platformThreads() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 32];
        return Arrays.asList(threads).subList(0, root.enumerate(threads, true));
    }
}
