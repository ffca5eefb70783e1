package vn.parindex.task;

import java.time.LocalDate;
import java.util.List;

/** A supervision by the Fatherland Front: when, what it covered, what it found and recommends. */
public record Supervision(
    Long id,
    long unitId,
    Long planId,
    LocalDate heldOn,
    String scope,
    String findings,
    List<Recommendation> recommendations) {

  /** A recommendation; {@code taskId} is set once it became a task. */
  public record Recommendation(long id, int position, String text, Long taskId) {}
}
