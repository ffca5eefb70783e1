package vn.parindex.unit.catalogue;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.parindex.account.Access;
import vn.parindex.input.Messages;

/**
 * The 2025 catalogue of administrative units: its size, and its import (administrators only;
 * idempotent, so a script may run it on every deployment).
 */
@RestController
class CatalogueApiController {

  private final CatalogueImport catalogue;
  private final Messages messages;

  CatalogueApiController(CatalogueImport catalogue, Messages messages) {
    this.catalogue = catalogue;
    this.messages = messages;
  }

  record Size(int provinces, int communes, String inForce, String source) {}

  @GetMapping("/api/v1/unit-catalogue")
  @Access(open = Access.Open.SIGNED_IN)
  Size size() {
    int[] size = CatalogueImport.size();
    return new Size(
        size[0],
        size[1],
        CatalogueImport.IN_FORCE.toString(),
        "thanglequoc/vietnamese-provinces-database (MIT)");
  }

  @PostMapping("/api/v1/unit-catalogue")
  @Access(open = Access.Open.ADMIN)
  ResponseEntity<?> run(HttpServletRequest request) {
    if (!request.isUserInRole("ADMIN")) {
      ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.FORBIDDEN);
      problem.setDetail(messages.get("unit.catalogue.admin.only"));
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }
    return ResponseEntity.ok(catalogue.run());
  }
}
