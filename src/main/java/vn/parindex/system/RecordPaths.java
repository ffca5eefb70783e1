package vn.parindex.system;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.standard.expression.VariableExpression;

/**
 * Evaluates the pages' plainest expressions, a page variable alone or followed by components of our
 * own records ({@code ${rows}}, {@code ${r.counts.overdue}}, {@code ${c.total()}}, {@code
 * ${nav?.admin}}), without SpEL: each step is a method handle found once per record type. That is
 * most of the expressions in a table's cells. Every other expression, and any path that meets a
 * null, a missing variable or a type that is not one of ParIndex's records, goes to the SpEL
 * evaluator, which gives it the result or the error it always did.
 */
final class RecordPaths implements IStandardVariableExpressionEvaluator {

  private static final Pattern PATH =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\??\\.[A-Za-z_][A-Za-z0-9_]*(\\(\\))?)*");

  /** Parsed paths per expression text; beyond this many texts, new ones are parsed each time. */
  private static final int MAX_CACHED = 4096;

  /**
   * A path's steps, the variable first; {@code nullSafe[i]} when step {@code i} is followed by
   * {@code ?.} (a null there makes the whole path null).
   */
  private record Path(String[] steps, boolean[] nullSafe) {

    static Path parse(String text) {
      String[] parts = text.split("\\.");
      boolean[] nullSafe = new boolean[parts.length];
      for (int i = 0; i < parts.length; i++) {
        nullSafe[i] = parts[i].endsWith("?");
        parts[i] = nullSafe[i] ? parts[i].substring(0, parts[i].length() - 1) : parts[i];
      }
      return new Path(parts, nullSafe);
    }
  }

  private static final Path NOT_PARSED = new Path(new String[0], new boolean[0]);

  private static final Object NOT_A_PATH = new Object();

  /**
   * A record's components by name, and its public no-argument methods by {@code name()}, for the
   * records of ParIndex's packages; empty for every other type.
   */
  private static final ClassValue<Map<String, MethodHandle>> MEMBERS =
      new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
          if (!type.isRecord() || !type.getName().startsWith("vn.parindex.")) {
            return Map.of();
          }
          Map<String, MethodHandle> handles = new HashMap<>();
          for (RecordComponent component : type.getRecordComponents()) {
            handles.put(component.getName(), handle(component.getAccessor()));
          }
          for (Method method : type.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers())
                && !Modifier.isStatic(method.getModifiers())
                && method.getParameterCount() == 0
                && method.getReturnType() != void.class
                && !method.isSynthetic()
                && !List.of("hashCode", "toString").contains(method.getName())) {
              handles.put(method.getName() + "()", handle(method));
            }
          }
          return Map.copyOf(handles);
        }
      };

  private final IStandardVariableExpressionEvaluator spel;
  private final Map<String, Path> paths = new ConcurrentHashMap<>();

  RecordPaths(IStandardVariableExpressionEvaluator spel) {
    this.spel = spel;
  }

  /**
   * The members of a record of ParIndex's packages: its components by name, its public no-argument
   * methods by {@code name()}; none for any other type.
   */
  static Map<String, MethodHandle> members(Class<?> type) {
    return MEMBERS.get(type);
  }

  private static MethodHandle handle(Method method) {
    method.setAccessible(true); // records are package-private by default
    try {
      return MethodHandles.lookup().unreflect(method);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Object evaluate(
      IExpressionContext context,
      IStandardVariableExpression expression,
      StandardExpressionExecutionContext expContext) {
    if (expression instanceof VariableExpression && !expContext.getPerformTypeConversion()) {
      Path path = path(expression.getExpression());
      if (path != NOT_PARSED) {
        Object value = walk(context.getVariable(path.steps()[0]), path);
        if (value != NOT_A_PATH) {
          return value;
        }
      }
    }
    return spel.evaluate(context, expression, expContext);
  }

  private Path path(String text) {
    if (text == null) {
      return NOT_PARSED;
    }
    Path path = paths.get(text);
    if (path == null) {
      path = PATH.matcher(text).matches() ? Path.parse(text) : NOT_PARSED;
      if (paths.size() < MAX_CACHED) {
        paths.put(text, path);
      }
    }
    return path;
  }

  /** The value at the end of the path, or {@link #NOT_A_PATH} when SpEL must decide. */
  private static Object walk(Object value, Path path) {
    if (value == null) {
      return NOT_A_PATH; // a missing variable, or one SpEL knows by another name
    }
    String[] steps = path.steps();
    for (int i = 1; i < steps.length; i++) {
      if (value == null) {
        return path.nullSafe()[i - 1] ? null : NOT_A_PATH;
      }
      MethodHandle member = MEMBERS.get(value.getClass()).get(steps[i]);
      if (member == null) {
        return NOT_A_PATH;
      }
      try {
        value = member.invoke(value);
      } catch (Throwable e) {
        return NOT_A_PATH; // SpEL evaluates it again and reports the failure as it always did
      }
    }
    return value;
  }
}
