package vn.parindex.dossier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;

/**
 * The records of one batch as they are read, checked one by one: all or nothing. The same MaHoSo
 * twice with the same content is one record (a sync that repeats itself); with different contents
 * it is refused, naming both places. Bounded: past {@code maxRecords} records, or past a hundred
 * problems, the reading stops at once.
 */
final class DossierBatch {

  static final int MAX_PROBLEMS = 100;

  private final DossierCheck check;
  private final int maxRecords;
  private final List<DossierRecord> records = new ArrayList<>();
  private final Map<String, Integer> byCode = new HashMap<>();
  private final List<InputProblem> problems = new ArrayList<>();
  private int[] places = new int[1024];
  private int read;

  DossierBatch(boolean typedDates, int maxRecords) {
    this.check = new DossierCheck(typedDates);
    this.maxRecords = maxRecords;
  }

  /** One record as read, at its place (row of a file, or 1-based place in {@code data}). */
  void add(DossierFields fields, int place) {
    if (fields.blank()) {
      return;
    }
    if (++read > maxRecords) {
      problems.add(InputProblem.ofFile("dossier.ingest.too.many", maxRecords));
      throw refusal();
    }
    check
        .check(fields, problems)
        .ifPresent(
            r -> {
              Integer first = byCode.putIfAbsent(r.code(), records.size());
              if (first == null) {
                if (records.size() == places.length) {
                  places = Arrays.copyOf(places, places.length * 2);
                }
                places[records.size()] = place;
                records.add(r);
              } else if (!records.get(first).content().equals(r.content())) {
                problems.add(
                    DossierCheck.problem(
                        fields,
                        DossierColumn.CODE,
                        fields.row() > 0
                            ? "dossier.ingest.duplicate.row"
                            : "dossier.ingest.duplicate.record",
                        r.code(),
                        places[first]));
              }
            });
    if (problems.size() >= MAX_PROBLEMS) {
      throw refusal();
    }
  }

  /** A problem about the whole input (a missing column, a broken file). */
  void problem(InputProblem problem) {
    problems.add(problem);
  }

  /** Stops the reading when anything was found (a heading row that names no field). */
  void stopIfRefused() {
    if (!problems.isEmpty()) {
      throw refusal();
    }
  }

  /** The records, or the refusal naming every problem found. */
  List<DossierRecord> records() {
    if (!problems.isEmpty()) {
      throw refusal();
    }
    return Collections.unmodifiableList(records);
  }

  private InvalidInputException refusal() {
    return new InvalidInputException(problems);
  }
}
