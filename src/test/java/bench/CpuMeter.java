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
          ticks += cpuTicks(p);
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

  /** User + system CPU of a process or thread ({@code /proc/…/stat}), in clock ticks. */
  private static long cpuTicks(Path process) throws java.io.IOException {
    String[] fields = Files.readString(process.resolve("stat")).split("\\) ", 2)[1].split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }

  /**
   * CPU time of this JVM's just-in-time compilers' threads ("C1 CompilerThre…", "C2 CompilerThre…"
   * in /proc/self/task), in ms; -1 where /proc cannot tell. Their CPU, not the wall time {@code
   * CompilationMXBean} reports, which grows with the load that starves them.
   */
  static long compilersMs() {
    long ticks = 0;
    try (var tasks = Files.list(Path.of("/proc/self/task"))) {
      for (Path task : tasks.toList()) {
        try {
          if (!Files.readString(task.resolve("comm")).contains("CompilerThre")) {
            continue;
          }
          ticks += cpuTicks(task);
        } catch (Exception vanished) {
          // A compiler thread ended while being read.
        }
      }
    } catch (Exception noProc) {
      return -1;
    }
    return ticks * 10;
  }

  /**
   * The machine's CPU time so far from /proc/stat, in clock ticks: {@code [steal, total]}, steal
   * being the time the hypervisor gave this virtual machine's processors to others; {@code [0, 0]}
   * where /proc cannot tell.
   */
  static long[] machineTicks() {
    try {
      String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long total = 0;
      for (int i = 1; i <= 8 && i < fields.length; i++) {
        total += Long.parseLong(fields[i]);
      }
      return new long[] {fields.length > 8 ? Long.parseLong(fields[8]) : 0, total};
    } catch (Exception noProc) {
      return new long[] {0, 0};
    }
  }

  /** The share of the machine's CPU time the hypervisor took between two {@link #machineTicks}. */
  static double stealShare(long[] before, long[] after) {
    long total = after[1] - before[1];
    return total <= 0 ? 0 : (after[0] - before[0]) / (double) total;
  }
}
