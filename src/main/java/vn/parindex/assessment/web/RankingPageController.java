package vn.parindex.assessment.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.parindex.account.Access;
import vn.parindex.account.Accounts;
import vn.parindex.assessment.AssessmentAccess;
import vn.parindex.assessment.ranking.Rankings;
import vn.parindex.assessment.results.NewUnits;
import vn.parindex.assessment.results.ResultImport;
import vn.parindex.assessment.results.ResultImportReport;
import vn.parindex.assessment.results.UnknownUnitsException;
import vn.parindex.input.DecimalText;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Messages;
import vn.parindex.input.NotFoundException;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/**
 * The ranking page: choose a parent and a year, see the table, import a published results table.
 */
@Controller
class RankingPageController {

  private final Rankings rankings;
  private final ResultImport resultImport;
  private final Units units;
  private final Messages messages;
  private final Accounts accounts;
  private final AssessmentAccess access;
  private final Clock clock;
  private final HeldUploads heldUploads;

  RankingPageController(
      Rankings rankings,
      ResultImport resultImport,
      Units units,
      Messages messages,
      Accounts accounts,
      AssessmentAccess access,
      Clock clock,
      HeldUploads heldUploads) {
    this.clock = clock;
    this.heldUploads = heldUploads;
    this.access = access;
    this.accounts = accounts;
    this.rankings = rankings;
    this.resultImport = resultImport;
    this.units = units;
    this.messages = messages;
  }

  /** A finding with its message resolved for the page. */
  record FindingLine(int row, String unitCode, String message) {}

  @GetMapping("/rankings")
  @Access(AssessmentAccess.class)
  String page(
      @RequestParam(required = false) String parent,
      @RequestParam(required = false) Integer year,
      Model model) {
    access.checkRanking(parent);
    return render(model, parent, year);
  }

  /**
   * Imports a results table. A table naming units the parent lacks comes back as a question listing
   * them and holds the file ({@link HeldUploads}, in the database); the confirm sends its token
   * ({@code held}) with the names confirmed ({@code newUnit}), not the file again.
   */
  @PostMapping("/rankings/import")
  @Access(AssessmentAccess.class)
  String importResults(
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(required = false) String held,
      @RequestParam(name = "newUnit", required = false) List<String> newUnits,
      @RequestParam String parent,
      @RequestParam int year,
      Model model)
      throws IOException {
    access.checkResults(parent);
    boolean confirming = file == null || file.isEmpty();
    String name;
    byte[] bytes;
    if (confirming) {
      Optional<HeldUploads.Held> taken =
          heldUploads.take(username(), HeldUploads.Purpose.CREATE_UNITS, held);
      if (taken.isEmpty()) {
        String key = held == null ? "ranking.import.file.missing" : "ranking.import.held.expired";
        model.addAttribute("errors", List.of(messages.get(key)));
        return render(model, parent, year);
      }
      name = taken.get().fileName();
      bytes = taken.get().content();
    } else {
      name = file.getOriginalFilename();
      bytes = file.getBytes();
    }
    try {
      ResultImportReport report =
          resultImport.importTable(
              access.actor(),
              parent,
              year,
              name,
              bytes,
              confirming && newUnits != null ? NewUnits.confirmed(newUnits) : NewUnits.NONE);
      model.addAttribute("imported", report.imported());
      model.addAttribute("createdUnits", report.createdUnits());
      model.addAttribute(
          "findings",
          report.findings().stream()
              .map(
                  f ->
                      new FindingLine(
                          f.row(),
                          f.unitCode(),
                          // its figures in the reader's way; the unit's name (first) as is
                          messages.get(
                              f.messageKey(),
                              DecimalText.figures(f.args(), 1, LocaleContextHolder.getLocale()))))
              .toList());
    } catch (UnknownUnitsException e) {
      model.addAttribute("unknownUnits", e.units());
      model.addAttribute("unknownParent", e.parentName());
      model.addAttribute(
          "held",
          heldUploads.hold(username(), HeldUploads.Purpose.CREATE_UNITS, name, bytes, parent));
    } catch (InvalidInputException e) {
      model.addAttribute("errors", e.problems().stream().map(messages::describe).toList());
    } catch (DuplicateKeyException e) {
      model.addAttribute("errors", List.of(messages.get("ranking.import.units.raced")));
    } catch (NotFoundException e) {
      model.addAttribute("errors", List.of(messages.get(e.messageKey(), e.args())));
    }
    return render(model, parent, year);
  }

  private String username() {
    return accounts.currentIfAny().map(u -> u.username()).orElse("");
  }

  /** The user's own parent when it has results, else the first parent that has, else the first. */
  private Unit defaultParent(List<Unit> parents, Long ownParent) {
    return parents.stream()
        .filter(p -> p.id().equals(ownParent))
        .filter(p -> rankings.latestYear(p.id()).isPresent())
        .findFirst()
        .or(() -> parents.stream().filter(p -> rankings.latestYear(p.id()).isPresent()).findFirst())
        .orElse(parents.get(0));
  }

  private String render(Model model, String parentCode, Integer asked) {
    List<Unit> all = units.all();
    Set<Long> parentIds = new HashSet<>();
    all.forEach(u -> parentIds.add(u.parentId()));
    Long ownParent = units.findById(accounts.current().unitId()).map(Unit::parentId).orElse(null);
    java.util.function.LongPredicate readable = access.readable();
    List<Unit> parents =
        all.stream()
            .filter(u -> parentIds.contains(u.id()))
            .filter(u -> readable.test(u.id()) || u.id().equals(ownParent))
            .toList();
    Unit parent =
        parentCode == null
            ? null
            : all.stream().filter(u -> u.code().equals(parentCode)).findFirst().orElse(null);
    if (parent == null && parentCode == null && !parents.isEmpty()) {
      parent = defaultParent(parents, ownParent);
    }
    // Without a year asked for, the newest with results (rather than an empty table).
    int year =
        asked != null
            ? asked
            : Optional.ofNullable(parent)
                .flatMap(p -> rankings.latestYear(p.id()))
                .orElse(Year.now(clock).getValue() - 1);
    model.addAttribute("parents", parents);
    model.addAttribute("parent", parent);
    model.addAttribute("year", year);
    model.addAttribute("rows", parent == null ? List.of() : rankings.rank(parent.id(), year));
    return "assessment/web/rankings";
  }
}
