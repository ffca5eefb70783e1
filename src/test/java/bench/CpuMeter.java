package bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU used since a reading: this JVM's (the app and the HTTP clients) and the local PostgreSQL
 * processes' (from /proc; unknown, -1, when the server runs elsewhere).
 */
record CpuMeter(long jvmNanos, long postgresTicks) {

  static CpuMeter now() {
    return new CpuMeter(
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime(),
        postgres());
  }

  double jvmMsSince(CpuMeter before) {
    return (jvmNanos - before.jvmNanos) / 1e6;
  }

  /** Clock ticks are 10 ms. */
  double postgresMsSince(CpuMeter before) {
    return postgresTicks < 0 || before.postgresTicks < 0
        ? -1
        : (postgresTicks - before.postgresTicks) * 10.0;
  }

  /** User + system CPU of every local "postgres" process, in clock ticks; -1 if none. */
  private static long postgres() {
    long ticks = 0;
    boolean found = false;
    try (var processes = Files.list(Path.of("/proc"))) {
      for (Path p : processes.toList()) {
        try {
          if (!Files.readString(p.resolve("comm")).strip().startsWith("postgres")) {
            continue;
          }
          String[] fields = Files.readString(p.resolve("stat")).split("\\) ", 2)[1].split(" ");
          ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
          found = true;
        } catch (Exception vanished) {
          // Not a process, or it ended while being read.
        }
      }
    } catch (Exception noProc) {
      return -1;
    }
    return found ? ticks : -1;
  }
}
