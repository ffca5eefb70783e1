package vn.parindex.framework.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.parindex.account.Access;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSetCsvExport;
import vn.parindex.framework.CriteriaSetImporter;
import vn.parindex.framework.CriteriaSetXlsxExport;
import vn.parindex.framework.CriteriaSetYamlExport;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.FrameworkAccess;
import vn.parindex.input.NotFoundException;

/** Criteria sets over REST: import a file, list, read, export as YAML, XLSX or CSV. */
@RestController
@RequestMapping("/api/v1/frameworks")
@Access(FrameworkAccess.class)
class FrameworkApiController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final CriteriaSets sets;
  private final CriteriaSetImporter importer;
  private final FrameworkAccess access;

  FrameworkApiController(CriteriaSets sets, CriteriaSetImporter importer, FrameworkAccess access) {
    this.access = access;
    this.sets = sets;
    this.importer = importer;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<CriteriaSetView> create(
      @RequestParam("file") MultipartFile file,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String unitType,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String surveyMissing,
      @RequestParam(required = false) String bonusMax,
      @RequestParam(required = false) String penaltyMax)
      throws IOException {
    access.checkImport();
    CriteriaSet set =
        importer.importFile(
            file.getOriginalFilename(),
            file.getBytes(),
            new CriteriaSetImporter.Fields(
                name, year, unitType, surveyMissing, bonusMax, penaltyMax));
    return ResponseEntity.created(URI.create("/api/v1/frameworks/" + set.id()))
        .body(CriteriaSetView.of(set));
  }

  @GetMapping
  List<CriteriaSets.Summary> list() {
    return access.visible(sets.list());
  }

  @GetMapping("/{id}")
  CriteriaSetView get(@PathVariable long id) {
    return CriteriaSetView.of(find(id));
  }

  @GetMapping("/{id}/export.yaml")
  ResponseEntity<byte[]> yaml(@PathVariable long id) {
    return download(
        id, "yaml", MediaType.parseMediaType("application/yaml"), CriteriaSetYamlExport::write);
  }

  @GetMapping("/{id}/export.xlsx")
  ResponseEntity<byte[]> xlsx(@PathVariable long id) {
    return download(id, "xlsx", XLSX, CriteriaSetXlsxExport::write);
  }

  @GetMapping("/{id}/export.csv")
  ResponseEntity<byte[]> csv(@PathVariable long id) {
    return download(
        id, "csv", MediaType.parseMediaType("text/csv;charset=UTF-8"), CriteriaSetCsvExport::write);
  }

  private ResponseEntity<byte[]> download(
      long id, String extension, MediaType type, Function<CriteriaSet, byte[]> export) {
    CriteriaSet set = find(id);
    String fileName =
        "bo-chi-so-%d-%s-v%d.%s"
            .formatted(
                set.year(),
                set.unitType().name().toLowerCase(java.util.Locale.ROOT),
                set.version(),
                extension);
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName).build().toString())
        .body(export.apply(set));
  }

  private CriteriaSet find(long id) {
    access.checkRead(id);
    return sets.findById(id).orElseThrow(() -> new NotFoundException("framework.notfound", id));
  }
}
