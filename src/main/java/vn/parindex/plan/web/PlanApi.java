package vn.parindex.plan.web;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.parindex.account.Access;
import vn.parindex.assessment.ranking.UnitRank;
import vn.parindex.input.VersionRequiredException;
import vn.parindex.plan.IssueDate;
import vn.parindex.plan.Plan;
import vn.parindex.plan.PlanAccess;
import vn.parindex.plan.PlanHeader;
import vn.parindex.plan.PlanLine;
import vn.parindex.plan.PlanSection;
import vn.parindex.plan.PlanService;
import vn.parindex.plan.Signature;
import vn.parindex.plan.Wording;
import vn.parindex.plan.document.PlanAppendixXlsx;
import vn.parindex.plan.document.PlanDocxDocument;
import vn.parindex.plan.document.PlanPdfDocument;

/** Remediation plans over REST: draft from an assessment, read, replace, download. */
@RestController
@RequestMapping("/api/v1/plans")
@Access(PlanAccess.class)
class PlanApi {

  private final PlanService service;
  private final PlanAccess access;

  PlanApi(PlanService service, PlanAccess access) {
    this.access = access;
    this.service = service;
  }

  /** A plan as JSON. */
  record PlanJson(
      Long id,
      long unitId,
      int year,
      Long assessmentId,
      PlanHeader header,
      List<String> legalBases,
      List<String> opening,
      List<PlanSection> sections,
      String closing,
      List<String> recipients,
      Signature signature,
      String appendixTitle,
      List<PlanLine> lines,
      Integer version) {

    static PlanJson of(Plan p) {
      return new PlanJson(
          p.id(),
          p.unitId(),
          p.year(),
          p.assessmentId(),
          p.header(),
          p.legalBases(),
          p.opening(),
          p.sections(),
          p.closing(),
          p.recipients(),
          p.signature(),
          p.appendixTitle(),
          p.lines(),
          p.version());
    }
  }

  /**
   * Drafts a plan; {@code rank}/{@code of}/{@code change} state a published rank ("11/18, up 3")
   * when given, else the ranking feature's rank is used (the sentence is left out if unknown).
   */
  @PostMapping
  ResponseEntity<PlanJson> draft(
      @RequestParam long assessment,
      @RequestParam(required = false) Integer rank,
      @RequestParam(required = false) Integer of,
      @RequestParam(required = false) Integer change,
      @RequestParam(defaultValue = "false") boolean replace,
      @RequestParam(required = false) Long replaces) {
    // An assessment that has a plan answers 409 with its link unless replace=true is given;
    // "replaces" names the plan the caller saw (409 if it was replaced since).
    access.checkDraft(assessment);
    Plan plan =
        rank != null && of != null
            ? service.draft(
                access.actor(),
                assessment,
                Optional.of(new UnitRank(rank, of, change, null)),
                replace,
                replaces)
            : service.draft(access.actor(), assessment, replace, replaces);
    return ResponseEntity.created(URI.create("/api/v1/plans/" + plan.id())).body(PlanJson.of(plan));
  }

  @GetMapping("/{id}")
  ResponseEntity<PlanJson> get(@PathVariable long id) {
    access.checkRead(id);
    Plan plan = service.get(id);
    return ResponseEntity.ok().eTag(String.valueOf(plan.version())).body(PlanJson.of(plan));
  }

  /**
   * Replaces the plan's texts, header, signature and lines; 422 naming every broken rule, 409 when
   * the version given ({@code version} in the body or {@code If-Match}) is not the stored one, 428
   * when neither is given.
   */
  @PutMapping("/{id}")
  ResponseEntity<PlanJson> replace(
      @PathVariable long id,
      @RequestBody PlanJson json,
      @RequestHeader(value = "If-Match", required = false) String ifMatch) {
    access.checkWrite(id);
    int version = version(json.version(), ifMatch);
    Plan stored = service.get(id);
    PlanHeader header = json.header() == null ? stored.header() : json.header();
    if (header.issueDate() == null) {
      header = withDate(header, stored.header().issueDate());
    }
    Plan plan =
        new Plan(
            id,
            stored.unitId(),
            stored.year(),
            stored.assessmentId(),
            header,
            new Plan.PlanText(
                orEmpty(json.legalBases()),
                orEmpty(json.opening()),
                orEmpty(json.sections()),
                json.closing(),
                orEmpty(json.recipients()),
                json.appendixTitle()),
            json.signature() == null ? stored.signature() : json.signature(),
            orEmpty(json.lines()));
    plan.atVersion(version);
    Plan saved = service.save(access.actor(), plan);
    return ResponseEntity.ok().eTag(String.valueOf(saved.version())).body(PlanJson.of(saved));
  }

  /**
   * The version the client read: the body's, else If-Match's; neither is refused (428), as taking
   * it would silently overwrite whatever was saved since.
   */
  private static int version(Integer body, String ifMatch) {
    return body != null ? body : VersionRequiredException.parse(ifMatch);
  }

  private static PlanHeader withDate(PlanHeader h, IssueDate date) {
    return new PlanHeader(
        h.authorityUpper(),
        h.authorityUnit(),
        h.unitLabel(),
        h.number(),
        h.place(),
        date,
        h.title(),
        h.subject());
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  @GetMapping("/{id}/document.docx")
  ResponseEntity<byte[]> docx(@PathVariable long id) {
    access.checkRead(id);
    Plan plan = service.get(id);
    return Downloads.attachment(
        plan, name(), "docx", Downloads.DOCX, new PlanDocxDocument().render(plan));
  }

  @GetMapping("/{id}/document.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable long id) {
    access.checkRead(id);
    Plan plan = service.get(id);
    return Downloads.attachment(
        plan,
        name(),
        "pdf",
        org.springframework.http.MediaType.APPLICATION_PDF,
        new PlanPdfDocument().render(plan));
  }

  @GetMapping("/{id}/document.xlsx")
  ResponseEntity<byte[]> xlsx(@PathVariable long id) {
    access.checkRead(id);
    Plan plan = service.get(id);
    return Downloads.attachment(
        plan,
        Wording.get("doc.appendix.sheet") + " " + name(),
        "xlsx",
        Downloads.XLSX,
        new PlanAppendixXlsx().render(plan));
  }

  private static String name() {
    return Wording.get("doc.file.name");
  }
}
