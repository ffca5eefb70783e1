package vn.parindex.dossier;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.parindex.account.Access;

/**
 * Dossier records and the procedure catalogue over REST: a JSON body in the portal's sync shape, or
 * a multipart {@code file} (JSON, CSV or XLSX). The unit is checked before the body is read; a JSON
 * body longer than the bound is refused from its declared length, unread.
 */
@RestController
@RequestMapping("/api/v1")
@Access(DossierAccess.class)
class DossierApi {

  private final DossierAccess access;
  private final DossierImport dossiers;
  private final ProcedureImport procedures;
  private final DossierLimits limits;

  DossierApi(
      DossierAccess access,
      DossierImport dossiers,
      ProcedureImport procedures,
      DossierLimits limits) {
    this.access = access;
    this.dossiers = dossiers;
    this.procedures = procedures;
    this.limits = limits;
  }

  @PostMapping(path = "/dossiers", consumes = MediaType.APPLICATION_JSON_VALUE)
  DossierImport.Result push(@RequestParam String unit, HttpServletRequest request)
      throws IOException {
    long unitId = access.writable(unit).id();
    BoundedInput.checkDeclared(request.getContentLengthLong(), limits.maxBodyMb());
    return dossiers.json(unitId, request.getInputStream());
  }

  @PostMapping(path = "/dossiers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  DossierImport.Result upload(@RequestParam String unit, @RequestParam("file") MultipartFile file)
      throws IOException {
    long unitId = access.writable(unit).id();
    try (InputStream in = file.getInputStream()) {
      return dossiers.file(unitId, file.getOriginalFilename(), in);
    }
  }

  @PostMapping(path = "/procedures", consumes = MediaType.APPLICATION_JSON_VALUE)
  DossierImport.Result pushProcedures(@RequestParam String unit, HttpServletRequest request)
      throws IOException {
    long unitId = access.writable(unit).id();
    BoundedInput.checkDeclared(request.getContentLengthLong(), limits.maxBodyMb());
    return procedures.json(unitId, request.getInputStream());
  }

  @PostMapping(path = "/procedures", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  DossierImport.Result uploadProcedures(
      @RequestParam String unit, @RequestParam("file") MultipartFile file) throws IOException {
    long unitId = access.writable(unit).id();
    try (InputStream in = file.getInputStream()) {
      return procedures.file(unitId, file.getOriginalFilename(), in);
    }
  }
}
