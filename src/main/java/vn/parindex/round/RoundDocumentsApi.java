package vn.parindex.round;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.parindex.account.Access;
import vn.parindex.input.Attachment;
import vn.parindex.round.document.Decision;
import vn.parindex.round.document.DecisionDocument;
import vn.parindex.round.document.DecisionXlsx;
import vn.parindex.round.document.SelfReport;
import vn.parindex.round.document.SelfReportDocument;

/**
 * The round's official documents: a unit's self-assessment report (a draft before submission) and
 * the decision approving and publishing the index with its annex (409 before publication).
 */
@RestController
@RequestMapping("/api/v1/rounds/{id}")
@Access(RoundAccess.class)
class RoundDocumentsApi {

  static final MediaType DOCX =
      MediaType.parseMediaType(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final RoundDocuments documents;
  private final Clock clock;

  RoundDocumentsApi(RoundDocuments documents, Clock clock) {
    this.documents = documents;
    this.clock = clock;
  }

  @GetMapping("/units/{unit}/report.docx")
  ResponseEntity<byte[]> reportDocx(@PathVariable long id, @PathVariable String unit) {
    SelfReport report = documents.report(id, unit, LocalDate.now(clock));
    return Attachment.of(
        SelfReportDocument.fileName(report) + ".docx", DOCX, SelfReportDocument.docx(report));
  }

  @GetMapping("/units/{unit}/report.pdf")
  ResponseEntity<byte[]> reportPdf(@PathVariable long id, @PathVariable String unit) {
    SelfReport report = documents.report(id, unit, LocalDate.now(clock));
    return Attachment.of(
        SelfReportDocument.fileName(report) + ".pdf",
        MediaType.APPLICATION_PDF,
        SelfReportDocument.pdf(report));
  }

  @GetMapping("/decision.docx")
  ResponseEntity<byte[]> decisionDocx(@PathVariable long id) {
    Decision decision = documents.decision(id);
    return Attachment.of(
        DecisionDocument.fileName(decision) + ".docx", DOCX, DecisionDocument.docx(decision));
  }

  @GetMapping("/decision.pdf")
  ResponseEntity<byte[]> decisionPdf(@PathVariable long id) {
    Decision decision = documents.decision(id);
    return Attachment.of(
        DecisionDocument.fileName(decision) + ".pdf",
        MediaType.APPLICATION_PDF,
        DecisionDocument.pdf(decision));
  }

  @GetMapping("/decision.xlsx")
  ResponseEntity<byte[]> decisionXlsx(@PathVariable long id) {
    Decision decision = documents.decision(id);
    return Attachment.of(
        DecisionDocument.fileName(decision) + ".xlsx", XLSX, DecisionXlsx.render(decision));
  }
}
