package vn.parindex.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.NotFoundException;
import vn.parindex.input.Text;

/**
 * Registers units and their lineage, checking every field first: a blank code or name, an unknown
 * type or parent, a code already taken (422, field "code") or dates in the wrong order.
 */
@Service
public class UnitRegistry {

  private final Units units;

  UnitRegistry(Units units) {
    this.units = units;
  }

  @Transactional
  public Unit register(UnitCommand command) {
    List<InputProblem> problems = new ArrayList<>();
    String code = Text.cleanOrNull(command.code());
    String name = Text.cleanOrNull(command.name());
    if (code == null) {
      problems.add(InputProblem.of(0, "code", "unit.code.blank"));
    } else if (!code.matches("[\\p{L}\\p{N}._-]{1,32}")) {
      problems.add(InputProblem.of(0, "code", "unit.code.invalid", code));
    } else if (units.findByCode(code).isPresent()) {
      problems.add(InputProblem.of(0, "code", "unit.code.duplicate", code));
    }
    if (name == null) {
      problems.add(InputProblem.of(0, "name", "unit.name.blank"));
    } else if (name.length() > 255) {
      problems.add(InputProblem.of(0, "name", "unit.name.long"));
    }
    UnitType type = UnitType.parse(command.type()).orElse(null);
    if (type == null) {
      problems.add(InputProblem.of(0, "type", "unit.type.invalid", String.valueOf(command.type())));
    }
    Long parentId = null;
    String parentCode = Text.cleanOrNull(command.parentCode());
    if (parentCode != null) {
      parentId = units.findByCode(parentCode).map(Unit::id).orElse(null);
      if (parentId == null) {
        problems.add(InputProblem.of(0, "parentCode", "unit.parent.unknown", parentCode));
      }
    }
    if (command.validFrom() != null
        && command.validTo() != null
        && !command.validTo().isAfter(command.validFrom())) {
      problems.add(InputProblem.of(0, "validTo", "unit.valid.order"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return units.save(
        new Unit(null, code, name, type, parentId, command.validFrom(), command.validTo(), false));
  }

  @Transactional
  public Lineage link(String predecessorCode, LineageCommand command) {
    Unit predecessor = find(predecessorCode);
    List<InputProblem> problems = new ArrayList<>();
    String successorCode = Text.cleanOrNull(command.successorCode());
    Unit successor = successorCode == null ? null : units.findByCode(successorCode).orElse(null);
    if (successor == null) {
      problems.add(
          InputProblem.of(
              0, "successorCode", "unit.successor.unknown", String.valueOf(successorCode)));
    } else if (successor.id().equals(predecessor.id())) {
      problems.add(InputProblem.of(0, "successorCode", "unit.successor.self"));
    } else if (units.successorsOf(predecessor.id()).stream()
        .anyMatch(l -> l.successorId().equals(successor.id()))) {
      problems.add(InputProblem.of(0, "successorCode", "unit.lineage.duplicate", successorCode));
    }
    LineageKind kind = null;
    try {
      kind = LineageKind.valueOf(String.valueOf(command.kind()).strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(InputProblem.of(0, "kind", "unit.kind.invalid", String.valueOf(command.kind())));
    }
    if (command.effectiveOn() == null) {
      problems.add(InputProblem.of(0, "effectiveOn", "unit.effective.blank"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Lineage lineage = new Lineage(predecessor.id(), successor.id(), kind, command.effectiveOn());
    units.link(lineage);
    return lineage;
  }

  public Unit find(String code) {
    return units.findByCode(code).orElseThrow(() -> new NotFoundException("unit.not.found", code));
  }

  public UnitView view(Unit unit) {
    String parentCode =
        unit.parentId() == null
            ? null
            : units.findById(unit.parentId()).map(Unit::code).orElse(null);
    List<UnitView.Link> into =
        units.successorsOf(unit.id()).stream().map(l -> link(l.successorId(), l)).toList();
    List<UnitView.Link> from =
        units.predecessorsOf(unit.id()).stream().map(l -> link(l.predecessorId(), l)).toList();
    return new UnitView(
        unit.code(),
        unit.name(),
        unit.type(),
        parentCode,
        unit.validFrom(),
        unit.validTo(),
        unit.demo(),
        into,
        from);
  }

  private UnitView.Link link(long otherId, Lineage l) {
    Unit other = units.findById(otherId).orElseThrow();
    return new UnitView.Link(other.code(), other.name(), l.kind(), l.effectiveOn());
  }
}
