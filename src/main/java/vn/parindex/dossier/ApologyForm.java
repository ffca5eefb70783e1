package vn.parindex.dossier;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Messages;
import vn.parindex.page.Form;

/**
 * Reads the apology letter's form (date as a date input sends it, or typed dd/MM/yyyy, read
 * strictly) and turns a refusal into the form as typed with each message beside its field.
 */
final class ApologyForm {

  private static final String LABEL = InputProblem.LABEL + "dossier.apology.field.";
  private static final DateTimeFormatter TYPED =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private ApologyForm() {}

  static ApologyLetter read(HttpServletRequest request, MultipartFile file) throws IOException {
    String versionText = request.getParameter("version");
    Integer version = null;
    if (versionText != null && !versionText.isBlank()) {
      try {
        version = Integer.valueOf(versionText.strip());
      } catch (NumberFormatException e) {
        throw bad("dossier", "dossier.apology.version.invalid");
      }
    }
    boolean hasFile = file != null && !file.isEmpty();
    if (hasFile && file.getSize() > ApologyFile.MAX_BYTES) {
      throw bad("file", "dossier.apology.file.large");
    }
    return new ApologyLetter(
        request.getParameter("dossier"),
        request.getParameter("number"),
        date(request.getParameter("date")),
        hasFile ? file.getOriginalFilename() : null,
        hasFile ? file.getBytes() : null,
        version);
  }

  static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    try {
      return t.contains("/") ? LocalDate.parse(t, TYPED) : LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw bad("date", "dossier.apology.date.invalid");
    }
  }

  static Form refused(HttpServletRequest request, InvalidInputException e, Messages messages) {
    Form form = Form.of(request.getParameterMap());
    List<String> above = new ArrayList<>();
    for (InputProblem p : e.problems()) {
      if (p.column() != null && p.column().startsWith(LABEL)) {
        form =
            form.withError(
                p.column().substring(LABEL.length()), messages.get(p.messageKey(), p.args()));
      }
      above.add(messages.describe(p));
    }
    return form.withErrors(above);
  }

  private static InvalidInputException bad(String field, String key) {
    return new InvalidInputException(
        InputProblem.ofField(0, "dossier.apology.field." + field, key));
  }
}
