package vn.parindex.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every compiled page fits the JIT. HotSpot never compiles a method of more than 8,000 bytes of
 * bytecode ({@code -XX:HugeMethodLimit}, with {@code DontCompileHugeMethods} on by default): such a
 * method runs interpreted for the life of the server, several times slower. jte compiles a template
 * into one method, so a page that grows past the limit would slow down without anything failing.
 * The appraiser's unit page was at 7,282 bytes (7/12/2026) and took a minute under load before C2
 * compiled it; its leaf and forms are now templates of their own.
 */
class TemplatesFitTheJitTest {

  /** HotSpot's {@code HugeMethodLimit}. */
  static final int HUGE_METHOD = 8000;

  private static final Path COMPILED = Path.of("target/classes/vn/parindex");

  @Test
  void noCompiledTemplateMethodIsTooBigForTheJit() throws IOException {
    Map<String, Integer> sizes = templateMethodSizes();
    assertThat(sizes).as("compiled templates found").hasSizeGreaterThan(100);
    List<String> huge = new ArrayList<>();
    sizes.forEach(
        (method, size) -> {
          if (size >= HUGE_METHOD && !method.endsWith(".<clinit>")) {
            huge.add(method + ": " + size + " bytes");
          }
        });
    assertThat(huge).as("template methods HotSpot will never compile").isEmpty();
  }

  @Test
  void theAppraisersUnitPageRendersALeafInAMethodOfItsOwn() throws IOException {
    Map<String, Integer> sizes = templateMethodSizes();
    assertThat(sizes.keySet()).anyMatch(m -> m.startsWith("round/web/JteleafGenerated.render"));
    int unitPage =
        sizes.entrySet().stream()
            .filter(e -> e.getKey().startsWith("round/web/JteunitGenerated"))
            .mapToInt(Map.Entry::getValue)
            .max()
            .orElseThrow();
    assertThat(unitPage).isLessThan(HUGE_METHOD / 2);
  }

  /**
   * The task page was one method of 7,216 bytes (7/12/2026); its sections (fields, milestones,
   * actions, assignment, progress report, evidence, history) are templates of their own.
   */
  @Test
  void theTaskPageRendersEachSectionInAMethodOfItsOwn() throws IOException {
    Map<String, Integer> sizes = templateMethodSizes();
    assertThat(sizes.keySet())
        .anyMatch(m -> m.startsWith("task/web/JtedetailUpdateGenerated.render"))
        .anyMatch(m -> m.startsWith("task/web/JtedetailHistoryGenerated.render"));
    int taskPage =
        sizes.entrySet().stream()
            .filter(e -> e.getKey().startsWith("task/web/JtedetailGenerated."))
            .mapToInt(Map.Entry::getValue)
            .max()
            .orElseThrow();
    assertThat(taskPage).isLessThan(HUGE_METHOD / 2);
    int largestSection =
        sizes.entrySet().stream()
            .filter(e -> e.getKey().startsWith("task/web/Jtedetail"))
            .filter(e -> !e.getKey().endsWith(".<clinit>"))
            .mapToInt(Map.Entry::getValue)
            .max()
            .orElseThrow();
    assertThat(largestSection).isLessThan(HUGE_METHOD / 2);
  }

  /** The bytecode length of every method of the classes jte generated, by class and method. */
  static Map<String, Integer> templateMethodSizes() throws IOException {
    Map<String, Integer> sizes = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(COMPILED)) {
      for (Path file : files.filter(TemplatesFitTheJitTest::isTemplate).toList()) {
        String name = COMPILED.relativize(file).toString().replace(".class", "");
        try (InputStream in = Files.newInputStream(file)) {
          ClassCode.methods(in).forEach((method, size) -> sizes.put(name + "." + method, size));
        }
      }
    }
    return sizes;
  }

  private static boolean isTemplate(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith("Jte") && name.contains("Generated") && name.endsWith(".class");
  }

  /** Reads a class file's methods and the length of each one's code (JVMS §4). */
  static final class ClassCode {

    private ClassCode() {}

    static Map<String, Integer> methods(InputStream stream) throws IOException {
      DataInputStream in = new DataInputStream(stream);
      if (in.readInt() != 0xCAFEBABE) {
        throw new IOException("not a class file");
      }
      in.readUnsignedShort();
      in.readUnsignedShort();
      String[] utf8 = constants(in);
      in.skipBytes(6);
      in.skipBytes(2 * in.readUnsignedShort());
      members(in, utf8, null);
      Map<String, Integer> methods = new LinkedHashMap<>();
      members(in, utf8, methods);
      return methods;
    }

    /** The constant pool, keeping its UTF-8 entries (names) by index. */
    private static String[] constants(DataInputStream in) throws IOException {
      int count = in.readUnsignedShort();
      String[] utf8 = new String[count];
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> utf8[i] = in.readUTF();
          case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
          case 5, 6 -> {
            in.skipBytes(8);
            i++;
          }
          case 7, 8, 16, 19, 20 -> in.skipBytes(2);
          case 15 -> in.skipBytes(3);
          default -> throw new IOException("constant tag " + tag);
        }
      }
      return utf8;
    }

    /** Fields (into nothing) or methods (name → code length). */
    private static void members(DataInputStream in, String[] utf8, Map<String, Integer> into)
        throws IOException {
      int count = in.readUnsignedShort();
      for (int m = 0; m < count; m++) {
        in.skipBytes(2);
        String name = utf8[in.readUnsignedShort()];
        in.skipBytes(2);
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
          String attribute = utf8[in.readUnsignedShort()];
          int length = in.readInt();
          if (into != null && attribute.equals("Code")) {
            in.skipBytes(4);
            int code = in.readInt();
            into.merge(name, code, Math::max);
            in.skipBytes(length - 8);
          } else {
            in.skipBytes(length);
          }
        }
      }
    }
  }
}
