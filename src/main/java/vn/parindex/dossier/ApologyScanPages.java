package vn.parindex.dossier;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.parindex.account.Access;
import vn.parindex.input.NotFoundException;
import vn.parindex.unit.Unit;

/** The scanned copy of an apology letter, shown in the browser (PDF or image, never sniffed). */
@Controller
@Access(IndicatorAccess.class)
class ApologyScanPages {

  private final IndicatorAccess access;
  private final Apologies apologies;

  ApologyScanPages(IndicatorAccess access, Apologies apologies) {
    this.access = access;
    this.apologies = apologies;
  }

  @GetMapping("/indicators/apologies/{id}/file")
  ResponseEntity<byte[]> file(@PathVariable long id, @RequestParam(required = false) Long unit) {
    Unit u = access.byId(unit);
    Apologies.Scan scan =
        apologies
            .scan(u.id(), id)
            .orElseThrow(() -> new NotFoundException("dossier.apology.file.notfound", id));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentDisposition(
        ContentDisposition.inline().filename(scan.name(), StandardCharsets.UTF_8).build());
    headers.set("X-Content-Type-Options", "nosniff");
    headers.setCacheControl("private, no-store");
    return ResponseEntity.ok()
        .headers(headers)
        .contentType(MediaType.parseMediaType(scan.mediaType()))
        .body(scan.content());
  }
}
