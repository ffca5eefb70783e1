package vn.parindex.plan;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.parindex.input.BulkRows;

/** The rows of plans below their header: texts, sections and appendix lines. */
@Component
class PlanParts {

  private final JdbcTemplate batch;
  private final BulkRows bulk;

  PlanParts(JdbcTemplate batch, BulkRows bulk) {
    this.batch = batch;
    this.bulk = bulk;
  }

  /**
   * Inserts the parts of these stored plans (ids set): three writes whatever their size, since
   * drafting a province's plans at once must not cost a round trip per line, nor per plan.
   */
  void insert(List<Plan> plans) {
    List<Object[]> texts = new ArrayList<>();
    List<Object[]> sections = new ArrayList<>();
    List<Object[]> lines = new ArrayList<>();
    for (Plan plan : plans) {
      long id = plan.id();
      addTexts(texts, id, "LEGAL", null, plan.legalBases());
      addTexts(texts, id, "OPENING", null, plan.opening());
      addTexts(texts, id, "RECIPIENT", null, plan.recipients());
      int position = 0;
      for (PlanSection section : plan.sections()) {
        position++;
        sections.add(new Object[] {id, position, section.heading(), section.responsible()});
        addTexts(texts, id, "ITEM", position, section.items());
      }
      for (PlanLine l : plan.lines()) {
        lines.add(
            new Object[] {
              id,
              l.position(),
              l.area(),
              l.code(),
              l.content(),
              l.maxPoints(),
              l.points(),
              l.reason(),
              l.measure(),
              l.responsible(),
              l.deadline(),
              l.note(),
              l.key() == null ? UUID.randomUUID().toString() : l.key(),
              l.lossKind()
            });
      }
    }
    write("plan_text", TEXT_COLUMNS, texts, TEXT_TYPES);
    write("plan_section", SECTION_COLUMNS, sections, SECTION_TYPES);
    write("plan_line", LINE_COLUMNS, lines, LINE_TYPES);
  }

  private static final List<String> TEXT_COLUMNS =
      List.of("plan_id", "kind", "section_position", "position", "content");
  private static final int[] TEXT_TYPES = {
    Types.BIGINT, Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.VARCHAR
  };
  private static final List<String> SECTION_COLUMNS =
      List.of("plan_id", "position", "heading", "responsible");
  private static final int[] SECTION_TYPES = {
    Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR
  };
  private static final List<String> LINE_COLUMNS =
      List.of(
          "plan_id",
          "position",
          "area",
          "code",
          "content",
          "max_points",
          "points",
          "reason",
          "measure",
          "responsible",
          "deadline",
          "note",
          "line_key",
          "loss_kind");
  private static final int[] LINE_TYPES = {
    Types.BIGINT,
    Types.INTEGER,
    Types.BOOLEAN,
    Types.VARCHAR,
    Types.VARCHAR,
    Types.NUMERIC,
    Types.NUMERIC,
    Types.VARCHAR,
    Types.VARCHAR,
    Types.VARCHAR,
    Types.DATE,
    Types.VARCHAR,
    Types.VARCHAR,
    Types.VARCHAR
  };

  /** A COPY costs two round trips to a batch's one: below this many rows a batch is as quick. */
  private static final int COPY_FROM = 50;

  /** Many rows by COPY on PostgreSQL (a publication drafts a province's plans), else a batch. */
  private void write(String table, List<String> columns, List<Object[]> rows, int[] types) {
    if (rows.size() >= COPY_FROM && bulk.copy(table, columns, rows)) {
      return;
    }
    batch(
        "insert into "
            + table
            + " ("
            + String.join(", ", columns)
            + ") values ("
            + String.join(", ", Collections.nCopies(columns.size(), "?"))
            + ")",
        rows,
        types);
  }

  // Typed, so a null needs no round trip to ask the database for its column's type.
  private void batch(String sql, List<Object[]> rows, int... types) {
    if (!rows.isEmpty()) {
      batch.batchUpdate(sql, rows, types);
    }
  }

  private static void addTexts(
      List<Object[]> rows, long id, String kind, Integer section, List<String> texts) {
    for (int i = 0; i < texts.size(); i++) {
      rows.add(new Object[] {id, kind, section, i + 1, texts.get(i)});
    }
  }
}
