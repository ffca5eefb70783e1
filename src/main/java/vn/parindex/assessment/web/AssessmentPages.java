package vn.parindex.assessment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import vn.parindex.account.Access;
import vn.parindex.assessment.AssessmentAccess;
import vn.parindex.assessment.AssessmentHistory;
import vn.parindex.assessment.AssessmentQueries;
import vn.parindex.assessment.Checker;
import vn.parindex.assessment.Finding;
import vn.parindex.assessment.Scorecard;
import vn.parindex.assessment.StatedRank;
import vn.parindex.assessment.TreeView;
import vn.parindex.assessment.imports.AssessmentImport;
import vn.parindex.assessment.imports.ImportCommand;
import vn.parindex.assessment.imports.ImportResult;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.FrameworkAccess;
import vn.parindex.input.Decimals;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Messages;
import vn.parindex.input.NotFoundException;
import vn.parindex.input.Text;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.UnitVisibility;
import vn.parindex.unit.Units;

/** The upload page and the scored tree with its findings. */
@Controller
class AssessmentPages {

  private final AssessmentImport importer;
  private final AssessmentQueries queries;
  private final Units units;
  private final CriteriaSets sets;
  private final Messages messages;
  private final UnitVisibility visibility;
  private final AssessmentHistory history;
  private final AssessmentAccess access;
  private final FrameworkAccess frameworks;

  AssessmentPages(
      AssessmentImport importer,
      AssessmentQueries queries,
      Units units,
      CriteriaSets sets,
      Messages messages,
      UnitVisibility visibility,
      AssessmentHistory history,
      AssessmentAccess access,
      FrameworkAccess frameworks) {
    this.frameworks = frameworks;
    this.access = access;
    this.history = history;
    this.visibility = visibility;
    this.importer = importer;
    this.queries = queries;
    this.units = units;
    this.sets = sets;
    this.messages = messages;
  }

  /** A problem as the page lists it. */
  record ProblemLine(int row, String column, String message) {}

  @GetMapping("/assessments/upload")
  @Access(AssessmentAccess.class)
  String upload(Model model) {
    return uploadPage(model, List.of(), Year.now().getValue() - 1);
  }

  private String uploadPage(Model model, List<ProblemLine> errors, int year) {
    model.addAttribute(
        "units", units.all().stream().filter(u -> visibility.canSee(u.id())).toList());
    model.addAttribute("frameworks", frameworks.visible(sets.list()));
    model.addAttribute("errors", errors);
    model.addAttribute("year", year);
    return "assessment/upload";
  }

  @PostMapping("/assessments/upload")
  @Access(AssessmentAccess.class)
  String submit(
      @RequestParam("file") MultipartFile file,
      @RequestParam(value = "unit", required = false) String unit,
      @RequestParam(value = "newCode", required = false) String newCode,
      @RequestParam(value = "newName", required = false) String newName,
      @RequestParam(value = "newParent", required = false) Long newParent,
      @RequestParam(value = "year", required = false) String yearText,
      @RequestParam(value = "framework", required = false) Long framework,
      @RequestParam(value = "statedLoss", required = false) String statedLoss,
      @RequestParam(value = "rank", required = false) Integer rank,
      @RequestParam(value = "rankOf", required = false) Integer rankOf,
      @RequestParam(value = "rankChange", required = false) Integer rankChange,
      Model model,
      HttpServletResponse response)
      throws IOException {
    access.checkImport(unit, newCode, newParent, framework);
    int year = Year.now().getValue() - 1;
    try {
      year = parseYear(yearText);
      BigDecimal loss = parseLoss(statedLoss);
      ImportCommand command =
          new ImportCommand(
              Text.cleanOrNull(unit),
              year,
              framework,
              null,
              file.getOriginalFilename(),
              file.getBytes(),
              loss,
              new StatedRank(rank, rankOf, rankChange));
      ImportResult result;
      if (!Text.isBlank(newCode)) {
        if (Text.isBlank(newName)) {
          throw new InvalidInputException(
              InputProblem.of(0, "newName", "assessment.upload.unit.required"));
        }
        Unit created =
            new Unit(
                null,
                Text.clean(newCode),
                Text.clean(newName),
                UnitType.COMMUNE,
                newParent,
                null,
                null,
                false);
        result = importer.importWithNewUnit(created, command);
      } else if (Text.isBlank(unit)) {
        throw new InvalidInputException(
            InputProblem.of(0, "unit", "assessment.upload.unit.required"));
      } else {
        result = importer.importTable(command);
      }
      return "redirect:/assessments/" + result.id();
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      List<ProblemLine> errors =
          e.problems().stream()
              .map(
                  p -> new ProblemLine(p.row(), p.column(), messages.get(p.messageKey(), p.args())))
              .toList();
      model.addAttribute("selectedUnit", unit);
      model.addAttribute("newCode", newCode);
      model.addAttribute("newName", newName);
      model.addAttribute("statedLoss", statedLoss);
      return uploadPage(model, errors, year);
    }
  }

  private static int parseYear(String text) {
    try {
      return Integer.parseInt(Text.clean(text == null ? "" : text));
    } catch (NumberFormatException e) {
      throw new InvalidInputException(InputProblem.of(0, "year", "input.param.invalid", "year"));
    }
  }

  private static BigDecimal parseLoss(String text) {
    try {
      return Decimals.parse(text).orElse(null);
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          InputProblem.of(0, "statedLoss", "input.number.invalid", text));
    }
  }

  @GetMapping("/assessments/{id}")
  @Access(AssessmentAccess.class)
  String view(@PathVariable long id, Model model) {
    access.checkRead(id);
    Scorecard card = queries.scorecard(id);
    TreeView tree = queries.tree(card);
    List<Finding> findings = Checker.check(card);
    Set<String> flagged =
        findings.stream().map(Finding::code).filter(c -> c != null).collect(Collectors.toSet());
    model.addAttribute("tree", tree);
    model.addAttribute("rows", tree.flat());
    model.addAttribute(
        "findings",
        findings.stream()
            .map(
                f ->
                    new FindingLine(
                        f.severity().name(), f.code(), messages.get(f.messageKey(), f.args())))
            .toList());
    model.addAttribute("flagged", flagged);
    model.addAttribute("changes", history.of(id));
    model.addAttribute(
        "demo", units.findById(card.assessment().unitId()).map(Unit::demo).orElse(false));
    return "assessment/view";
  }

  /** A finding as the page lists it. */
  record FindingLine(String severity, String code, String message) {}

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(NotFoundException e, Model model) {
    model.addAttribute("message", messages.get(e.messageKey(), e.args()));
    return "assessment/notfound";
  }
}
