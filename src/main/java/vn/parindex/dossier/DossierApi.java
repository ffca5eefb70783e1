package vn.parindex.dossier;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import vn.parindex.account.Access;

/**
 * Dossier records and the procedure catalogue over REST: a JSON body in the portal's sync shape, or
 * a multipart {@code file} (JSON, CSV or XLSX). The unit is checked before the body is read; a JSON
 * body longer than the bound is refused from its declared length, unread, and a file over the
 * uploads' limit ({@link DossierUploadBound}) is a 422 naming {@code file}, like any bad input.
 */
@RestController
@RequestMapping("/api/v1")
@Access(DossierAccess.class)
class DossierApi {

  private final DossierAccess access;
  private final DossierImport dossiers;
  private final ProcedureImport procedures;
  private final DossierLimits limits;
  private final DataSize uploadLimit;

  DossierApi(
      DossierAccess access,
      DossierImport dossiers,
      ProcedureImport procedures,
      DossierLimits limits,
      MultipartProperties uploads) {
    this.uploadLimit = uploads.getMaxRequestSize();
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
  DossierImport.Result upload(
      @RequestParam String unit,
      @RequestParam(name = "file", required = false) MultipartFile given,
      HttpServletRequest request)
      throws IOException, MissingServletRequestPartException {
    long unitId = access.writable(unit).id();
    MultipartFile file = present(given, request);
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
      @RequestParam String unit,
      @RequestParam(name = "file", required = false) MultipartFile given,
      HttpServletRequest request)
      throws IOException, MissingServletRequestPartException {
    long unitId = access.writable(unit).id();
    MultipartFile file = present(given, request);
    try (InputStream in = file.getInputStream()) {
      return procedures.file(unitId, file.getOriginalFilename(), in);
    }
  }

  /** The file sent; one over the uploads' limit is bad input naming {@code file} (422). */
  private MultipartFile present(MultipartFile file, HttpServletRequest request)
      throws MissingServletRequestPartException {
    if (file != null) {
      return file;
    }
    if (DossierUploadBound.wasTooLarge(request)) {
      throw DossierUploadBound.refused(uploadLimit);
    }
    throw new MissingServletRequestPartException("file");
  }
}
