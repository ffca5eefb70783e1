package vn.parindex.round.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import vn.parindex.account.Actor;
import vn.parindex.input.InvalidInputException;
import vn.parindex.round.EvidenceLibrary;

/**
 * A new evidence document sent with a leaf's form (self-assessment or explanation): kept in the
 * unit's library first, then ticked like a document picked from it. A supplementary file thus needs
 * no trip to the evidence page, where what was typed in the leaf's form would be lost.
 */
@Component
class LeafDocument {

  /** The fields of the new document in a leaf's form, beside the file itself. */
  private static final List<String> FIELDS = List.of("number", "date", "issuer", "title");

  private final EvidenceLibrary library;

  LeafDocument(EvidenceLibrary library) {
    this.library = library;
  }

  /**
   * The request as the leaf's step reads it: when a new document was sent (a file or any of its
   * fields), that document kept and ticked, its fields emptied so a refused entry shown again does
   * not ask for the same document twice. A refused document is refused naming its field.
   */
  HttpServletRequest withNew(
      String unit, MultipartFile file, HttpServletRequest request, Actor by) {
    boolean hasFile = file != null && !file.isEmpty();
    if (!hasFile && FIELDS.stream().allMatch(f -> blank(request.getParameter(f)))) {
      return request;
    }
    try {
      EvidenceLibrary.Kept kept =
          library.upload(
              unit,
              hasFile ? file.getOriginalFilename() : null,
              hasFile ? file.getBytes() : null,
              request.getParameter("number"),
              request.getParameter("date"),
              request.getParameter("issuer"),
              request.getParameter("title"),
              by);
      return new Ticked(request, "evidence_" + kept.id());
    } catch (InvalidInputException e) {
      throw PageForms.fileNamed(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** The request with one more box ticked and the new document's fields sent empty. */
  private static final class Ticked extends HttpServletRequestWrapper {

    private final Map<String, String[]> parameters;

    Ticked(HttpServletRequest request, String ticked) {
      super(request);
      Map<String, String[]> copy = new LinkedHashMap<>(request.getParameterMap());
      FIELDS.forEach(copy::remove);
      copy.put(ticked, new String[] {"on"});
      this.parameters = Collections.unmodifiableMap(copy);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return parameters;
    }

    @Override
    public String getParameter(String name) {
      String[] values = parameters.get(name);
      return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public String[] getParameterValues(String name) {
      return parameters.get(name);
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(parameters.keySet());
    }
  }
}
