package gazette.bench.crawl;

import java.lang.management.ManagementFactory;

/**
 * CPU time of this JVM (crawler, embedded Elasticsearch and site alike). On a shared machine wall time depends on
 * what else runs; CPU seconds per page depend much less on it, so both are reported.
 */
final class ProcessCpu {
    private ProcessCpu() {}

    /** CPU seconds this process has used so far; NaN where the JVM does not say. */
    static double seconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }
}
