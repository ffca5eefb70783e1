package vn.parindex.assessment.publicresults;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.parindex.account.Access;
import vn.parindex.input.Messages;

/**
 * The published results as JSON and CSV, without sign-in: they are published by the council, and
 * only published results are read ({@link PublishedQueries}). Listed public in the security
 * configuration.
 */
@RestController
class PublicResultsApi {

  private final PublicResults results;
  private final Messages messages;

  PublicResultsApi(PublicResults results, Messages messages) {
    this.results = results;
    this.messages = messages;
  }

  @GetMapping("/api/v1/public/results")
  @Access(open = Access.Open.PUBLIC)
  PublicRanking results(@RequestParam String parent, @RequestParam(required = false) Integer year) {
    return results.ranking(parent, year);
  }

  @GetMapping("/api/v1/public/results.csv")
  @Access(open = Access.Open.PUBLIC)
  ResponseEntity<byte[]> csv(
      @RequestParam String parent, @RequestParam(required = false) Integer year) {
    PublicRanking ranking = results.ranking(parent, year);
    String name =
        "ket-qua-" + ranking.parentCode() + (ranking.year() == null ? "" : "-" + ranking.year());
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(name + ".csv", StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(PublicResultsCsv.write(ranking, messages));
  }
}
