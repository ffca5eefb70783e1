package vn.parindex.page;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a person typed in a form and what was wrong with it, so that a refused form comes back with
 * every value as typed and each message beside its field. A page starts with {@link #empty()} (or
 * {@link #of(Map)} for values it proposes); a controller that refuses a post renders the page again
 * with {@code Form.of(request.getParameterMap())} plus its errors. The templates read it through
 * {@code page/field}, {@code page/errors} and {@link #value}/{@link #selected}/{@link #error}.
 *
 * @param values the submitted (or proposed) values by field name; the first one for a repeated name
 * @param fieldErrors a message per field name, in the page's language
 * @param errors messages that belong to no single field (shown above the form)
 */
public record Form(
    Map<String, String> values, Map<String, String> fieldErrors, List<String> errors) {

  /** The longest value kept from a refused post: beyond any real field, never echoed whole. */
  static final int MAX_KEPT = 20_000;

  public Form {
    values = Map.copyOf(values);
    fieldErrors = Map.copyOf(fieldErrors);
    errors = List.copyOf(errors);
  }

  /** A form with nothing typed yet. */
  public static Form empty() {
    return new Form(Map.of(), Map.of(), List.of());
  }

  /**
   * The values of a request ({@code request.getParameterMap()}) or proposed by the page; null
   * values are left out, the CSRF token is never kept, text is NFC-normalised and cut at {@link
   * #MAX_KEPT}.
   */
  public static Form of(Map<String, ?> submitted) {
    Map<String, String> kept = new LinkedHashMap<>();
    submitted.forEach(
        (name, value) -> {
          String text = first(value);
          if (text != null && !"_csrf".equals(name)) {
            kept.put(name, clip(Normalizer.normalize(text, Normalizer.Form.NFC)));
          }
        });
    return new Form(kept, Map.of(), List.of());
  }

  /** This form with a message beside one field (a later message for the same field replaces it). */
  public Form withError(String field, String message) {
    Map<String, String> all = new LinkedHashMap<>(fieldErrors);
    all.put(Objects.requireNonNull(field), Objects.requireNonNull(message));
    return new Form(values, all, errors);
  }

  /** This form with messages above it. */
  public Form withErrors(List<String> messages) {
    List<String> all = new java.util.ArrayList<>(errors);
    all.addAll(messages);
    return new Form(values, fieldErrors, all);
  }

  /** This form with one value set (a page's proposal, or a value the server corrected). */
  public Form with(String field, Object value) {
    Map<String, String> all = new LinkedHashMap<>(values);
    if (value == null) {
      all.remove(field);
    } else {
      all.put(field, value.toString());
    }
    return new Form(all, fieldErrors, errors);
  }

  /** The value of a field as typed, or "" when there is none. */
  public String value(String field) {
    return values.getOrDefault(field, "");
  }

  /**
   * Whether an option's value is the one chosen for a field ({@code selected} / {@code checked}).
   */
  public boolean selected(String field, Object option) {
    return option != null && option.toString().equals(values.get(field));
  }

  /** The message beside a field, or null. */
  public String error(String field) {
    return fieldErrors.get(field);
  }

  /** Whether anything is wrong with this form. */
  public boolean hasErrors() {
    return !errors.isEmpty() || !fieldErrors.isEmpty();
  }

  private static String first(Object value) {
    if (value instanceof String[] many) {
      return many.length == 0 ? null : many[0];
    }
    if (value instanceof List<?> many) {
      return many.isEmpty() || many.get(0) == null ? null : many.get(0).toString();
    }
    return value == null ? null : value.toString();
  }

  private static String clip(String text) {
    return text.length() <= MAX_KEPT ? text : text.substring(0, MAX_KEPT);
  }
}
