package bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The heap's peak use over a stretch of work: every heap pool's peak, summed, since {@link #reset}.
 */
final class HeapPeak {

  private HeapPeak() {}

  private static List<MemoryPoolMXBean> heap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
        .toList();
  }

  static void reset() {
    System.gc();
    heap().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** MB; an upper bound of the live peak (pools peak at different moments). */
  static double peakMb() {
    return heap().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024.0 * 1024.0);
  }

  static double maxMb() {
    return Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0);
  }
}
