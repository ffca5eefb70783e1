package vn.parindex.assessment.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.parindex.account.Access;
import vn.parindex.assessment.AssessmentAccess;
import vn.parindex.assessment.ranking.RankingRow;
import vn.parindex.assessment.ranking.Rankings;
import vn.parindex.assessment.results.NewUnits;
import vn.parindex.assessment.results.ResultFinding;
import vn.parindex.assessment.results.ResultImport;
import vn.parindex.assessment.results.ResultImportReport;
import vn.parindex.assessment.results.UnknownUnitsException;
import vn.parindex.input.Messages;
import vn.parindex.input.NotFoundException;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/** Rankings of a parent's children, and the import of published results tables. */
@RestController
class RankingApiController {

  private final Rankings rankings;
  private final ResultImport resultImport;
  private final Units units;
  private final Messages messages;
  private final AssessmentAccess access;

  RankingApiController(
      Rankings rankings,
      ResultImport resultImport,
      Units units,
      Messages messages,
      AssessmentAccess access) {
    this.access = access;
    this.rankings = rankings;
    this.resultImport = resultImport;
    this.units = units;
    this.messages = messages;
  }

  record RowView(
      int rank,
      int peers,
      String unitCode,
      String unitName,
      BigDecimal total,
      BigDecimal max,
      BigDecimal percent,
      String band,
      Integer change,
      Integer previousRank,
      String note,
      String finding) {}

  record FindingView(
      int row,
      String unitCode,
      String kind,
      String column,
      BigDecimal expected,
      BigDecimal actual,
      String message) {}

  record ImportView(
      int imported,
      int year,
      String parent,
      boolean partialSet,
      List<FindingView> findings,
      List<RowView> ranking,
      List<String> createdUnits) {}

  @GetMapping("/api/v1/rankings")
  @Access(AssessmentAccess.class)
  List<RowView> ranking(@RequestParam String parent, @RequestParam int year) {
    access.checkRanking(parent);
    Unit unit =
        units.findByCode(parent).orElseThrow(() -> new NotFoundException("unit.not.found", parent));
    return rankings.rank(unit.id(), year).stream().map(this::view).toList();
  }

  @PostMapping(value = "/api/v1/results/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Access(AssessmentAccess.class)
  ImportView importResults(
      @RequestParam("file") MultipartFile file,
      @RequestParam String parent,
      @RequestParam int year,
      @RequestParam(defaultValue = "false") boolean createUnits)
      throws IOException {
    access.checkResults(parent);
    ResultImportReport report =
        resultImport.importTable(
            access.actor(),
            parent,
            year,
            file.getOriginalFilename(),
            file.getBytes(),
            createUnits ? NewUnits.ALL : NewUnits.NONE);
    return new ImportView(
        report.imported(),
        report.year(),
        report.parent(),
        report.partialSet(),
        report.findings().stream().map(this::view).toList(),
        report.ranking().stream().map(this::view).toList(),
        report.createdUnits());
  }

  /** 422 naming every unit the parent lacks; sent again with createUnits=true, they are created. */
  @ExceptionHandler(UnknownUnitsException.class)
  ProblemDetail unknownUnits(UnknownUnitsException e) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
    problem.setType(URI.create("https://parindex.vn/problems/unknown-units"));
    problem.setTitle(messages.get("problem.invalid.title"));
    problem.setDetail(
        messages.describe(e.problems().get(0))
            + " "
            + messages.get("ranking.import.units.new.api", e.units().size(), e.parentName()));
    problem.setProperty(
        "errors",
        e.problems().stream()
            .map(
                p ->
                    Map.<String, Object>of(
                        "row", p.row(),
                        "column", p.column() == null ? "" : p.column(),
                        "code", p.messageKey(),
                        "message", messages.describe(p)))
            .toList());
    problem.setProperty("parent", e.parentCode());
    problem.setProperty("unknownUnits", e.units());
    return problem;
  }

  /** Two imports creating the same unit at once: one wins, the other is told to try again. */
  @ExceptionHandler(DuplicateKeyException.class)
  ProblemDetail raced(DuplicateKeyException e) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
    problem.setTitle(messages.get("problem.invalid.title"));
    problem.setDetail(messages.get("ranking.import.units.raced"));
    return problem;
  }

  RowView view(RankingRow r) {
    return new RowView(
        r.rank(),
        r.peers(),
        r.unitCode(),
        r.unitName(),
        r.total(),
        r.max(),
        r.percent(),
        r.band(),
        r.change(),
        r.previousRank(),
        r.noteKey() == null ? null : messages.get(r.noteKey()),
        r.findingKey() == null ? null : messages.get(r.findingKey(), r.findingArgs()));
  }

  FindingView view(ResultFinding f) {
    return new FindingView(
        f.row(),
        f.unitCode(),
        f.kind(),
        f.column(),
        f.expected(),
        f.actual(),
        messages.get(f.messageKey(), f.args()));
  }
}
