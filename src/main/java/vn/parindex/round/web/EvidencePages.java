package vn.parindex.round.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.parindex.account.Access;
import vn.parindex.account.Actor;
import vn.parindex.account.UnitScope;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Messages;
import vn.parindex.page.Form;
import vn.parindex.round.EvidenceLibrary;
import vn.parindex.round.RoundAccess;
import vn.parindex.round.TaskEvidenceOffers;

/**
 * A unit's evidence documents in a round: the list (which criteria cite each), the upload form,
 * each PDF or image shown in the page, and taking a verified task's file as a document from the
 * unit page. A refused post shows its page again with what was typed, the message beside its field
 * (422); a second upload of the same file with the same number says it was there already.
 */
@Controller
@Access(RoundAccess.class)
@RequestMapping("/rounds/{id}/units/{unit}")
class EvidencePages {

  private final EvidenceLibrary library;
  private final TaskEvidenceOffers offers;
  private final UnitPage unitPage;
  private final UnitScope scope;
  private final Messages messages;
  private final Clock clock;

  EvidencePages(
      EvidenceLibrary library,
      TaskEvidenceOffers offers,
      UnitPage unitPage,
      UnitScope scope,
      Messages messages,
      Clock clock) {
    this.library = library;
    this.offers = offers;
    this.unitPage = unitPage;
    this.scope = scope;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/evidence")
  String list(@PathVariable long id, @PathVariable String unit, Model model) {
    return render(id, unit, Form.empty(), model);
  }

  @PostMapping("/evidence")
  String upload(
      @PathVariable long id,
      @PathVariable String unit,
      @RequestParam(required = false) MultipartFile file,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    try {
      EvidenceLibrary.Kept kept =
          library.upload(
              unit,
              file == null ? null : file.getOriginalFilename(),
              file == null || file.isEmpty() ? null : file.getBytes(),
              request.getParameter("number"),
              request.getParameter("date"),
              request.getParameter("issuer"),
              request.getParameter("title"),
              Actor.now(scope.user(), clock));
      // the page says in its own words whether the document is new or was there already
      redirect.addFlashAttribute(kept.existing() ? "same" : "added", kept.id());
      return "redirect:/rounds/" + id + "/units/" + unit + "/evidence#doc-" + kept.id();
    } catch (InvalidInputException e) {
      return render(id, unit, refused(request, response, e), model);
    }
  }

  /** A PDF or image shown in the page; every other type leaves as a download, never rendered. */
  @GetMapping("/evidence/{document}/file")
  ResponseEntity<byte[]> file(
      @PathVariable long id, @PathVariable String unit, @PathVariable long document) {
    EvidenceLibrary.Content c = library.content(unit, document);
    HttpHeaders headers = new HttpHeaders();
    ContentDisposition.Builder disposition =
        c.inline() ? ContentDisposition.inline() : ContentDisposition.attachment();
    headers.setContentDisposition(
        disposition.filename(c.fileName(), StandardCharsets.UTF_8).build());
    headers.set("X-Content-Type-Options", "nosniff");
    headers.setCacheControl("private, no-store");
    return ResponseEntity.ok()
        .headers(headers)
        .contentType(MediaType.parseMediaType(c.contentType()))
        .body(c.bytes());
  }

  /** Takes a verified task's file offered for a criterion as a document of the unit. */
  @PostMapping("/evidence/adopt")
  String adopt(
      @PathVariable long id,
      @PathVariable String unit,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    String code = request.getParameter("leaf");
    try {
      EvidenceLibrary.Kept kept =
          offers.adopt(
              unit,
              code,
              PageForms.id(request, "file"),
              request.getParameter("number"),
              request.getParameter("date"),
              request.getParameter("issuer"),
              request.getParameter("title"),
              Actor.now(scope.user(), clock));
      // the leaf's self-assessment form opens with the document just taken ticked: taking it was
      // the officer's choice of it for this criterion; saving the form links it
      return "redirect:/rounds/"
          + id
          + "/units/"
          + unit
          + "?edit="
          + code
          + "&tick="
          + kept.id()
          + "#leaf-"
          + code;
    } catch (InvalidInputException e) {
      return unitPage.render(id, unit, refused(request, response, e), scope.user(), request, model);
    }
  }

  private String render(long id, String unit, Form form, Model model) {
    model.addAttribute("sheet", library.sheet(id, unit));
    model.addAttribute("form", form);
    return "round/web/evidence";
  }

  /** The round's refusal as the page shows it, the file's problems beside the file field. */
  private Form refused(
      HttpServletRequest request, HttpServletResponse response, InvalidInputException e) {
    return PageForms.refused(request, response, PageForms.fileNamed(e), messages);
  }
}
