package vn.parindex.unit;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.parindex.account.Access;

/** Administrative units: register, list children, show one with its lineage, link lineage. */
@RestController
class UnitApiController {

  private final UnitRegistry registry;
  private final Units units;
  private final UnitVisibility visibility;
  private final UnitAccess access;

  UnitApiController(
      UnitRegistry registry, Units units, UnitVisibility visibility, UnitAccess access) {
    this.access = access;
    this.visibility = visibility;
    this.registry = registry;
    this.units = units;
  }

  @PostMapping("/api/v1/units")
  @ResponseStatus(HttpStatus.CREATED)
  @Access(UnitAccess.class)
  UnitView create(@RequestBody UnitCommand command) {
    access.create(command.parentCode());
    return registry.view(registry.register(command));
  }

  /** Children of {@code parent}; the roots when no parent is given. */
  @GetMapping("/api/v1/units")
  @Access(UnitAccess.class)
  List<UnitView> children(@RequestParam(required = false) String parent) {
    Long parentId = parent == null || parent.isBlank() ? null : access.read(parent).id();
    return units.children(parentId).stream()
        .filter(u -> visibility.canSee(u.id()))
        .map(registry::view)
        .toList();
  }

  @GetMapping("/api/v1/units/{code}")
  @Access(UnitAccess.class)
  UnitView one(@PathVariable String code) {
    return registry.view(access.read(code));
  }

  @PostMapping("/api/v1/units/{code}/lineage")
  @ResponseStatus(HttpStatus.CREATED)
  @Access(UnitAccess.class)
  UnitView link(@PathVariable String code, @RequestBody LineageCommand command) {
    access.link(code, command);
    registry.link(code, command);
    return registry.view(registry.find(code));
  }
}
