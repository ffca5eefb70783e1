package vn.parindex.assessment.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.parindex.account.Access;
import vn.parindex.assessment.AssessmentAccess;
import vn.parindex.assessment.AssessmentQueries;
import vn.parindex.assessment.AssessmentStage;
import vn.parindex.assessment.Assessments;
import vn.parindex.assessment.Finding;
import vn.parindex.assessment.StatedRank;
import vn.parindex.assessment.TreeView;
import vn.parindex.assessment.imports.AssessmentImport;
import vn.parindex.assessment.imports.ImportCommand;
import vn.parindex.assessment.imports.ImportResult;
import vn.parindex.input.Bounds;
import vn.parindex.input.Decimals;
import vn.parindex.input.InputProblem;
import vn.parindex.input.Messages;
import vn.parindex.input.NotFoundException;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/** The assessments REST API: import a score table, read the scored tree and its findings. */
@RestController
@RequestMapping("/api/v1/assessments")
@Access(AssessmentAccess.class)
class AssessmentApi {

  private final AssessmentImport importer;
  private final AssessmentQueries queries;
  private final Assessments assessments;
  private final Units units;
  private final Messages messages;
  private final AssessmentAccess access;

  AssessmentApi(
      AssessmentImport importer,
      AssessmentQueries queries,
      Assessments assessments,
      Units units,
      Messages messages,
      AssessmentAccess access) {
    this.access = access;
    this.importer = importer;
    this.queries = queries;
    this.assessments = assessments;
    this.units = units;
    this.messages = messages;
  }

  @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  ImportResult importTable(
      @RequestParam("file") MultipartFile file,
      @RequestParam("unit") String unit,
      @RequestParam("year") int year,
      @RequestParam(value = "framework", required = false) Long framework,
      @RequestParam(value = "stage", required = false) AssessmentStage stage,
      @RequestParam(value = "statedLoss", required = false) String statedLoss,
      @RequestParam(value = "rank", required = false) Integer rank,
      @RequestParam(value = "rankOf", required = false) Integer rankOf,
      @RequestParam(value = "rankChange", required = false) Integer rankChange,
      @RequestParam(value = "replace", defaultValue = "false") boolean replace,
      @RequestParam(value = "replaces", required = false) Long replaces)
      throws IOException {
    access.checkImport(unit, null, null, framework);
    List<InputProblem> problems = new ArrayList<>();
    BigDecimal loss = Decimals.read(statedLoss, 0, "statedLoss", problems).orElse(null);
    Bounds.check(problems);
    // Without replace=true a unit's second table for the same year and round answers 409 with
    // the current one's link; "replaces" names the version the caller saw (409 if replaced since).
    return importer.importTable(
        access.actor(),
        new ImportCommand(
            unit,
            year,
            framework,
            stage,
            file.getOriginalFilename(),
            file.getBytes(),
            loss,
            new StatedRank(rank, rankOf, rankChange),
            replace,
            replaces));
  }

  @GetMapping("/{id}")
  TreeView tree(@PathVariable long id) {
    access.checkRead(id);
    return queries.tree(id);
  }

  /** A finding with its message in the caller's language. */
  record FindingView(
      Finding.Severity severity,
      String code,
      Finding.Kind kind,
      BigDecimal expected,
      BigDecimal actual,
      String message) {}

  @GetMapping("/{id}/findings")
  List<FindingView> findings(@PathVariable long id) {
    access.checkRead(id);
    return queries.findings(id).stream().map(this::view).toList();
  }

  FindingView view(Finding f) {
    return new FindingView(
        f.severity(),
        f.code(),
        f.kind(),
        f.expected(),
        f.actual(),
        messages.get(f.messageKey(), f.args()));
  }

  record Summary(
      long id,
      String unit,
      String unitName,
      int year,
      AssessmentStage stage,
      String sourceName,
      LocalDateTime createdAt) {}

  @GetMapping
  List<Summary> list(@RequestParam(value = "unit", required = false) String unit) {
    if (unit == null) {
      java.util.function.LongPredicate readable = access.readable();
      return assessments.list().stream()
          .filter(s -> readable.test(s.unitId()))
          .map(
              s ->
                  new Summary(
                      s.id(),
                      units.findById(s.unitId()).map(Unit::code).orElse(null),
                      s.unitName(),
                      s.year(),
                      s.stage(),
                      s.sourceName(),
                      s.createdAt()))
          .toList();
    }
    access.checkUnit(unit);
    Unit u =
        units
            .findByCode(unit)
            .orElseThrow(() -> new NotFoundException("assessment.unit.notfound", unit));
    return assessments.findByUnit(u.id()).stream()
        .map(
            a ->
                new Summary(
                    a.id(), u.code(), u.name(), a.year(), a.stage(), a.sourceName(), a.createdAt()))
        .toList();
  }
}
