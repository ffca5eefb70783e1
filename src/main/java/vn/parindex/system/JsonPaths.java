package vn.parindex.system;

import java.util.List;
import tools.jackson.core.JacksonException;

/** A JSON field's path as a client writes it: "lines[2].points". */
final class JsonPaths {

  private JsonPaths() {}

  static String of(List<JacksonException.Reference> path) {
    StringBuilder out = new StringBuilder();
    for (JacksonException.Reference ref : path) {
      if (ref.getPropertyName() != null) {
        out.append(out.isEmpty() ? "" : ".").append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex() + 1).append(']');
      }
    }
    return out.toString();
  }
}
