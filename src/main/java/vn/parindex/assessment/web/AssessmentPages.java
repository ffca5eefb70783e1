package vn.parindex.assessment.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import vn.parindex.account.Access;
import vn.parindex.account.Accounts;
import vn.parindex.assessment.AssessmentAccess;
import vn.parindex.assessment.StatedRank;
import vn.parindex.assessment.imports.AssessmentImport;
import vn.parindex.assessment.imports.ImportCommand;
import vn.parindex.assessment.imports.ImportResult;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.FrameworkAccess;
import vn.parindex.input.ConflictException;
import vn.parindex.input.Decimals;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Messages;
import vn.parindex.input.NotFoundException;
import vn.parindex.input.Text;
import vn.parindex.page.Form;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.UnitVisibility;
import vn.parindex.unit.Units;

/** The upload page: a table in, its scores out, or the question whether to replace them. */
@Controller
class AssessmentPages {

  private final AssessmentImport importer;
  private final Units units;
  private final CriteriaSets sets;
  private final Messages messages;
  private final UnitVisibility visibility;
  private final PendingUploads pending;
  private final Accounts accounts;
  private final AssessmentAccess access;
  private final FrameworkAccess frameworks;
  private final Clock clock;

  AssessmentPages(
      AssessmentImport importer,
      Units units,
      CriteriaSets sets,
      Messages messages,
      UnitVisibility visibility,
      PendingUploads pending,
      Accounts accounts,
      AssessmentAccess access,
      FrameworkAccess frameworks,
      Clock clock) {
    this.clock = clock;
    this.pending = pending;
    this.accounts = accounts;
    this.frameworks = frameworks;
    this.access = access;
    this.visibility = visibility;
    this.importer = importer;
    this.units = units;
    this.sets = sets;
    this.messages = messages;
  }

  @GetMapping("/assessments/upload")
  @Access(AssessmentAccess.class)
  String upload(Model model) {
    return uploadPage(model, Form.empty().with("year", lastYear()));
  }

  private String uploadPage(Model model, Form form) {
    model.addAttribute(
        "units", units.all().stream().filter(u -> visibility.canSee(u.id())).toList());
    model.addAttribute("frameworks", frameworks.visible(sets.list()));
    model.addAttribute("form", form);
    return "assessment/web/upload";
  }

  private int lastYear() {
    return Year.now(clock).getValue() - 1;
  }

  @PostMapping("/assessments/upload")
  @Access(AssessmentAccess.class)
  String submit(
      @RequestParam("file") MultipartFile file,
      @RequestParam(value = "unit", required = false) String unit,
      @RequestParam(value = "newCode", required = false) String newCode,
      @RequestParam(value = "newName", required = false) String newName,
      @RequestParam(value = "newParent", required = false) Long newParent,
      @RequestParam(value = "year", required = false) String yearText,
      @RequestParam(value = "framework", required = false) Long framework,
      @RequestParam(value = "statedLoss", required = false) String statedLoss,
      @RequestParam(value = "rank", required = false) String rank,
      @RequestParam(value = "rankOf", required = false) String rankOf,
      @RequestParam(value = "rankChange", required = false) String rankChange,
      HttpServletRequest request,
      Model model,
      HttpServletResponse response)
      throws IOException {
    access.checkImport(unit, newCode, newParent, framework);
    ImportCommand command = null;
    try {
      int year = parseYear(yearText);
      BigDecimal loss = parseLoss(statedLoss);
      command =
          new ImportCommand(
              Text.cleanOrNull(unit),
              year,
              framework,
              null,
              file.getOriginalFilename(),
              file.getBytes(),
              loss,
              statedRank(rank, rankOf, rankChange));
      ImportResult result;
      if (!Text.isBlank(newCode)) {
        if (Text.isBlank(newName)) {
          throw new InvalidInputException(
              InputProblem.of(0, "newName", "assessment.upload.unit.required"));
        }
        Unit created =
            new Unit(
                null,
                Text.clean(newCode),
                Text.clean(newName),
                UnitType.COMMUNE,
                newParent,
                null,
                null,
                false);
        result = importer.importWithNewUnit(access.actor(), created, command);
      } else if (Text.isBlank(unit)) {
        throw new InvalidInputException(
            InputProblem.of(0, "unit", "assessment.upload.unit.required"));
      } else {
        result = importer.importTable(access.actor(), command);
      }
      return "redirect:/assessments/" + result.id();
    } catch (ConflictException e) {
      return askToReplace(e, command, Form.of(request.getParameterMap()), model, response);
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return uploadPage(
          model,
          UploadForm.refused(
              request.getParameterMap(), !Text.isBlank(newCode), e.problems(), messages));
    }
  }

  /**
   * The unit already has scores for that year and round: shows the current version with its date
   * and holds the upload for the confirm button, which makes it the new version.
   */
  private String askToReplace(
      ConflictException e,
      ImportCommand command,
      Form form,
      Model model,
      HttpServletResponse response) {
    response.setStatus(HttpStatus.CONFLICT.value());
    model.addAttribute("conflict", messages.get(e.messageKey(), e.args()));
    model.addAttribute("existing", e.existing());
    if (command != null && e.existing() != null) {
      model.addAttribute("token", pending.hold(username(), command));
      model.addAttribute("seenId", e.existing().substring(e.existing().lastIndexOf('/') + 1));
    }
    return uploadPage(model, form);
  }

  /** "Thay bằng phiên bản mới": the held upload becomes the new current version. */
  @PostMapping("/assessments/upload/replace")
  @Access(AssessmentAccess.class)
  String replace(
      @RequestParam("token") String token,
      @RequestParam("seen") long seenId,
      Model model,
      HttpServletResponse response) {
    var held = pending.take(username(), token);
    if (held.isEmpty()) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return uploadPage(
          model,
          UploadForm.refused(
              Map.of("year", lastYear()), messages.get("assessment.replace.expired")));
    }
    // held for this user only; the unit's scope and the role are checked again at the moment it
    // lands
    access.checkImport(held.get().unitCode(), null, null, held.get().frameworkId());
    try {
      return "redirect:/assessments/"
          + importer.importTable(access.actor(), held.get().replacing(seenId)).id();
    } catch (ConflictException e) {
      return askToReplace(e, held.get(), typed(held.get()), model, response);
    }
  }

  /** The held upload's fields as the form showed them (its unit now exists by its code). */
  private static Form typed(ImportCommand held) {
    StatedRank r = held.statedRank();
    return Form.empty()
        .with("unit", held.unitCode())
        .with("year", held.year())
        .with("framework", held.frameworkId())
        .with("statedLoss", held.statedLoss() == null ? null : Decimals.plain(held.statedLoss()))
        .with("rank", r == null ? null : r.rank())
        .with("rankOf", r == null ? null : r.of())
        .with("rankChange", r == null ? null : r.change());
  }

  private String username() {
    return accounts.currentIfAny().map(u -> u.username()).orElse("");
  }

  private static int parseYear(String text) {
    try {
      return Integer.parseInt(Text.clean(text == null ? "" : text));
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          InputProblem.ofField(
              0, "assessment.field.year", "assessment.upload.year.invalid", orEmpty(text)));
    }
  }

  /** The rank the form states; a part that is not a whole number is refused beside its field. */
  private static StatedRank statedRank(String rank, String of, String change) {
    List<InputProblem> problems = new ArrayList<>();
    Integer r = whole(rank, "rank", problems);
    Integer o = whole(of, "rankOf", problems);
    Integer c = whole(change, "rankChange", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new StatedRank(r, o, c);
  }

  private static Integer whole(String text, String field, List<InputProblem> problems) {
    if (Text.isBlank(text)) {
      return null;
    }
    try {
      return Integer.valueOf(Text.clean(text).replace('\u2212', '-'));
    } catch (NumberFormatException e) {
      problems.add(
          InputProblem.ofField(0, "assessment.field." + field, "assessment.rank.invalid", text));
      return null;
    }
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  private static BigDecimal parseLoss(String text) {
    try {
      return Decimals.parse(text).orElse(null);
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          InputProblem.ofField(0, "assessment.field.statedLoss", Decimals.messageKey(e), text));
    }
  }

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(NotFoundException e, Model model) {
    model.addAttribute("message", messages.get(e.messageKey(), e.args()));
    return "assessment/web/notfound";
  }
}
