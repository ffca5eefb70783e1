package vn.parindex.framework.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.parindex.account.Access;
import vn.parindex.account.Accounts;
import vn.parindex.account.Role;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSetImporter;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.FrameworkAccess;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Messages;
import vn.parindex.input.NotFoundException;
import vn.parindex.page.Form;
import vn.parindex.unit.UnitType;

/** The criteria-set pages: the list with an upload form, and one set's tree. */
@Controller
class FrameworkPagesController {

  private static final String SAMPLE = "bo-chi-so-xa-2025.yaml";

  private final CriteriaSets sets;
  private final CriteriaSetImporter importer;
  private final Messages messages;
  private final ParamsDescription describe;
  private final Accounts accounts;
  private final FrameworkAccess access;

  FrameworkPagesController(
      CriteriaSets sets,
      CriteriaSetImporter importer,
      Messages messages,
      ParamsDescription describe,
      Accounts accounts,
      FrameworkAccess access) {
    this.access = access;
    this.sets = sets;
    this.importer = importer;
    this.messages = messages;
    this.describe = describe;
    this.accounts = accounts;
  }

  /** The upload form's own fields: a problem with one of them is shown beside it. */
  private static final Set<String> FIELDS = Set.of("year", "unitType", "name");

  @GetMapping("/frameworks")
  @Access(FrameworkAccess.class)
  String list(Model model) {
    return listPage(model, Form.empty().with("unitType", UnitType.COMMUNE.name()));
  }

  @PostMapping("/frameworks")
  @Access(FrameworkAccess.class)
  String upload(
      @RequestParam(required = false) MultipartFile file,
      HttpServletRequest request,
      Model model,
      HttpServletResponse response)
      throws IOException {
    access.checkImport();
    Form typed = Form.of(request.getParameterMap());
    try {
      if (file == null || file.isEmpty()) {
        throw new InvalidInputException(
            InputProblem.ofFile(
                "input.file.empty",
                file == null ? "" : String.valueOf(file.getOriginalFilename())));
      }
      CriteriaSet set =
          importer.importFile(
              file.getOriginalFilename(),
              file.getBytes(),
              new CriteriaSetImporter.Fields(
                  typed.value("name"), typed.value("year"), typed.value("unitType")));
      return "redirect:/frameworks/" + set.id();
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return listPage(model, refused(typed, e.problems()));
    }
  }

  /**
   * The form as typed, with each problem of its own fields beside that field and the file's
   * problems (rows, columns, the file itself) above it.
   */
  private Form refused(Form typed, List<InputProblem> problems) {
    Form form = typed;
    List<String> above = new ArrayList<>();
    for (InputProblem p : problems) {
      if (p.row() == 0 && FIELDS.contains(p.column())) {
        form = form.withError(p.column(), messages.get(p.messageKey(), p.args()));
      } else {
        above.add(messages.describe(p));
      }
    }
    return form.withErrors(above);
  }

  /** The example set a user can start from. */
  @GetMapping("/frameworks/sample.yaml")
  @Access(open = Access.Open.SIGNED_IN)
  ResponseEntity<Resource> sample() {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/yaml"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(SAMPLE).build().toString())
        .body(new ClassPathResource("samples/" + SAMPLE));
  }

  @GetMapping("/frameworks/{id}")
  @Access(FrameworkAccess.class)
  String show(@PathVariable long id, Model model) {
    access.checkRead(id);
    CriteriaSet set =
        sets.findById(id).orElseThrow(() -> new NotFoundException("framework.notfound", id));
    model.addAttribute("set", set);
    model.addAttribute("rows", TreeRow.of(set, describe));
    model.addAttribute("total", ParamsDescription.number(set.totalMax()));
    int newest = sets.nextVersion(set.year(), set.unitType()) - 1;
    model.addAttribute("newestVersion", newest);
    model.addAttribute(
        "canEditObligations",
        newest == set.version()
            && accounts
                .currentIfAny()
                .map(u -> u.hasAny(Role.ADMIN, Role.APPRAISER))
                .orElse(false));
    return "framework/web/show";
  }

  private String listPage(Model model, Form form) {
    model.addAttribute("sets", access.visible(sets.list()));
    model.addAttribute("unitTypes", UnitType.values());
    model.addAttribute("form", form);
    return "framework/web/list";
  }
}
