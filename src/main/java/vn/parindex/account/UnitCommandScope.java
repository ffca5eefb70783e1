package vn.parindex.account;

import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import vn.parindex.unit.UnitCommand;
import vn.parindex.unit.Units;

/**
 * A unit created over the API (JSON body) goes under a parent in the caller's scope; only an
 * administrator creates a root unit. The page form is checked by {@link ScopeGuard}.
 */
@ControllerAdvice
class UnitCommandScope extends RequestBodyAdviceAdapter {

  private final UnitScope scope;
  private final Units units;

  UnitCommandScope(UnitScope scope, Units units) {
    this.scope = scope;
    this.units = units;
  }

  @Override
  public boolean supports(
      MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> type) {
    return UnitCommand.class.equals(targetType);
  }

  @Override
  public Object afterBodyRead(
      Object body,
      HttpInputMessage message,
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> type) {
    UnitCommand command = (UnitCommand) body;
    String parent = command.parentCode();
    if (parent == null || parent.isBlank()) {
      scope.require(Role.ADMIN);
    } else {
      // An unknown parent is the registry's 422; a known one must be in scope.
      units
          .findByCode(parent.trim())
          .ifPresent(
              unit -> {
                scope.check(unit.id());
                scope.require(ScopeGuard.UNIT_WRITERS);
              });
    }
    return body;
  }
}
