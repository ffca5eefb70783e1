package bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU used since a reading: this JVM's (the app and the HTTP clients), the part of it spent on
 * Tomcat's threads (the app's request handling: "http-nio-…"), and the local PostgreSQL processes'
 * (from /proc; unknown, -1, when the server runs elsewhere).
 */
record CpuMeter(long jvmNanos, long tomcatNanos, long tomcatBytes, long postgresTicks) {

  static CpuMeter now() {
    return new CpuMeter(
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime(),
        tomcat(false),
        tomcat(true),
        postgres());
  }

  double jvmMsSince(CpuMeter before) {
    return (jvmNanos - before.jvmNanos) / 1e6;
  }

  double tomcatMsSince(CpuMeter before) {
    return (tomcatNanos - before.tomcatNanos) / 1e6;
  }

  /** Memory allocated by Tomcat's threads since the reading, in KB. */
  double tomcatKbSince(CpuMeter before) {
    return (tomcatBytes - before.tomcatBytes) / 1024.0;
  }

  /** Tomcat's threads' CPU time (ns) or, with {@code bytes}, the bytes they allocated. */
  private static long tomcat(boolean bytes) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long sum = 0;
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().startsWith("http-nio-")) {
        long id = info.getThreadId();
        sum +=
            Math.max(0, bytes ? threads.getThreadAllocatedBytes(id) : threads.getThreadCpuTime(id));
      }
    }
    return sum;
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
