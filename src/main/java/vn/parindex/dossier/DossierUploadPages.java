package vn.parindex.dossier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.parindex.account.Access;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Messages;
import vn.parindex.page.Form;
import vn.parindex.unit.Unit;

/**
 * The officer's upload of a unit's dossiers or procedure catalogue. The result (added, updated,
 * unchanged) shows above the form; a refused file shows every problem beside the file field, the
 * unit and kind chosen kept, and nothing stored; a unit outside the caller's scope is refused
 * beside the unit field. Uploading the same file again changes nothing.
 */
@Controller
@Access(DossierAccess.class)
class DossierUploadPages {

  private final DossierAccess access;
  private final DossierImport dossiers;
  private final ProcedureImport procedures;
  private final Messages messages;
  private final DataSize uploadLimit;

  DossierUploadPages(
      DossierAccess access,
      DossierImport dossiers,
      ProcedureImport procedures,
      Messages messages,
      MultipartProperties uploads) {
    this.uploadLimit = uploads.getMaxRequestSize();
    this.access = access;
    this.dossiers = dossiers;
    this.procedures = procedures;
    this.messages = messages;
  }

  @GetMapping("/dossiers/upload")
  String form(
      @RequestParam(required = false) String unit,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    List<Unit> units = units();
    String chosen =
        unit != null
            ? unit
            : units.stream()
                .filter(u -> u.id() == access.ownUnit())
                .map(Unit::code)
                .findFirst()
                .orElse("");
    Form form = Form.empty().with("unit", chosen).with("kind", "dossiers");
    if (DossierUploadBound.wasTooLarge(request)) {
      // a post whose file was over the limit, shown as this form: nothing was read or stored
      response.setStatus(422);
      // beside the file field, the message needs no field name
      String refused = messages.get("dossier.ingest.file.large", uploadLimit.toMegabytes());
      return render(form, List.of(refused), null, model);
    }
    return render(form, List.of(), null, model);
  }

  @PostMapping("/dossiers/upload")
  String upload(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String kind,
      @RequestParam(name = "file", required = false) MultipartFile file,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model)
      throws IOException {
    Form form = Form.of(request.getParameterMap());
    if (unit == null || unit.isBlank()) {
      response.setStatus(422);
      return render(
          form.withError("unit", messages.get("dossier.ingest.unit.unknown", "")),
          List.of(),
          null,
          model);
    }
    long unitId;
    try {
      unitId = access.writable(unit).id();
    } catch (InvalidInputException e) {
      response.setStatus(422);
      return render(
          form.withError(
              "unit", messages.get(e.problems().get(0).messageKey(), e.problems().get(0).args())),
          List.of(),
          null,
          model);
    }
    try (InputStream in = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
      String name = file == null ? "" : file.getOriginalFilename();
      DossierImport.Result result =
          "procedures".equals(kind)
              ? procedures.file(unitId, name, in)
              : dossiers.file(unitId, name, in);
      String text =
          messages.get(
              "dossier.ingest.result", result.added(), result.updated(), result.unchanged());
      return render(form, List.of(), text, model);
    } catch (InvalidInputException e) {
      response.setStatus(422);
      return render(form, problems(e), null, model);
    }
  }

  private List<String> problems(InvalidInputException e) {
    return e.problems().stream().map(messages::describe).toList();
  }

  private List<Unit> units() {
    if (!access.writer()) {
      throw new AccessDeniedException("dossier.ingest.writer");
    }
    return access.writableUnits();
  }

  private String render(Form form, List<String> problems, String result, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("units", units());
    model.addAttribute("problems", problems);
    model.addAttribute("result", result);
    return "dossier/upload";
  }
}
