package vn.parindex.system;

import java.lang.invoke.MethodHandle;
import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.TypedValue;

/**
 * Reads the components of ParIndex's own records (the pages' view models) in page expressions:
 * {@code ${row.title}} calls {@code row.title()} through a method handle looked up once per record
 * type ({@link RecordPaths#members}). Thymeleaf's default accessor re-checks its list of forbidden
 * members and re-resolves the getter on every read (its cached accessor is never the one in the
 * context's list), which was the largest single cost of rendering a table. Nothing else is readable
 * through this accessor: other types and other members go to Thymeleaf's own, unchanged.
 */
final class RecordProperties implements PropertyAccessor {

  static final RecordProperties INSTANCE = new RecordProperties();

  private RecordProperties() {}

  @Override
  public Class<?>[] getSpecificTargetClasses() {
    return new Class<?>[] {Record.class};
  }

  @Override
  public boolean canRead(EvaluationContext context, Object target, String name) {
    return target != null && RecordPaths.members(target.getClass()).containsKey(name);
  }

  @Override
  public TypedValue read(EvaluationContext context, Object target, String name)
      throws AccessException {
    MethodHandle handle = target == null ? null : RecordPaths.members(target.getClass()).get(name);
    if (handle == null) {
      throw new AccessException("No record component " + name);
    }
    try {
      return new TypedValue(handle.invoke(target));
    } catch (Throwable e) {
      throw new AccessException("Cannot read " + name, e instanceof Exception ex ? ex : null);
    }
  }

  @Override
  public boolean canWrite(EvaluationContext context, Object target, String name) {
    return false;
  }

  @Override
  public void write(EvaluationContext context, Object target, String name, Object value)
      throws AccessException {
    throw new AccessException("Records are read-only");
  }
}
