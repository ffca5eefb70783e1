package vn.parindex.dossier;

import java.io.InputStream;
import java.math.BigDecimal;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;

/**
 * A batch in the portal's sync shape ({@code {"isUpdating":…,"service":…,"data":[…]}}, or the bare
 * list), read token by token: memory holds one record at a time, whatever the batch's size. The
 * nested lists are reduced as they stream by: the fees summed (Gia), a result document with a file
 * (DuongDanTepTinKetQua), the supplement rounds counted with their last new due date. Fields the
 * import does not use (the applicant, the documents submitted) are skipped.
 */
final class DossierJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  private DossierJson() {}

  static void read(InputStream in, DossierBatch batch) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), in)) {
      JsonToken first = p.nextToken();
      if (first == JsonToken.START_OBJECT) {
        boolean found = false;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          JsonToken value = p.nextToken();
          if ("data".equals(name) && value == JsonToken.START_ARRAY) {
            records(p, batch);
            found = true;
          } else {
            p.skipChildren();
          }
        }
        if (!found) {
          throw new InvalidInputException(InputProblem.ofFile("dossier.ingest.json.data"));
        }
      } else if (first == JsonToken.START_ARRAY) {
        records(p, batch);
      } else {
        throw new InvalidInputException(InputProblem.ofFile("dossier.ingest.json.data"));
      }
    } catch (JacksonException e) {
      var at = e.getLocation();
      throw new InvalidInputException(
          InputProblem.ofFile(
              "dossier.ingest.json.malformed",
              at == null ? 0 : at.getLineNr(),
              at == null ? 0 : at.getColumnNr()));
    }
  }

  private static void records(JsonParser p, DossierBatch batch) {
    int index = 0;
    JsonToken token;
    while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
      String path = "data[" + index + "].";
      if (token != JsonToken.START_OBJECT) {
        p.skipChildren();
        batch.problem(InputProblem.of(0, "data[" + index + "]", "dossier.ingest.json.record"));
      } else {
        batch.add(record(p, path), index + 1);
      }
      index++;
    }
  }

  private static DossierFields record(JsonParser p, String path) {
    DossierFields f = new DossierFields(0, c -> path + jsonName(c));
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      switch (name) {
        case "DanhSachLePhi" -> fees(p, value, f);
        case "DanhSachGiayToKetQua" -> results(p, value, f);
        case "DanhSachHoSoBoSung" -> supplements(p, value, f);
        default -> {
          var column = DossierColumn.named(name);
          if (column.isPresent() && value.isScalarValue()) {
            f.set(column.get(), value == JsonToken.VALUE_NULL ? null : p.getString());
          } else {
            p.skipChildren();
          }
        }
      }
    }
    return f;
  }

  /** The list a flattened field comes from, as a client finds it in its record. */
  private static String jsonName(DossierColumn c) {
    return switch (c) {
      case FEE_TOTAL -> "DanhSachLePhi[].Gia";
      case E_RESULT -> "DanhSachGiayToKetQua";
      case SUPPLEMENTS -> "DanhSachHoSoBoSung";
      case NEW_DUE -> "DanhSachHoSoBoSung[].NgayHenTraMoi";
      default -> c.portalName();
    };
  }

  private static void fees(JsonParser p, JsonToken value, DossierFields f) {
    BigDecimal total = BigDecimal.ZERO;
    String bad = null;
    for (JsonToken t = first(p, value); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t != JsonToken.START_OBJECT) {
        p.skipChildren();
        continue;
      }
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if ("Gia".equals(name) && v == JsonToken.VALUE_NUMBER_INT
            || "Gia".equals(name) && v == JsonToken.VALUE_NUMBER_FLOAT) {
          total = total.add(p.getDecimalValue());
        } else if ("Gia".equals(name) && v == JsonToken.VALUE_STRING) {
          BigDecimal amount = p.getString().isBlank() ? BigDecimal.ZERO : Money.read(p.getString());
          if (amount == null) {
            bad = p.getString();
          } else {
            total = total.add(amount);
          }
        } else {
          p.skipChildren();
        }
      }
    }
    f.set(DossierColumn.FEE_TOTAL, bad != null ? bad : total.toPlainString());
  }

  private static void results(JsonParser p, JsonToken value, DossierFields f) {
    boolean electronic = false;
    for (JsonToken t = first(p, value); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t != JsonToken.START_OBJECT) {
        p.skipChildren();
        continue;
      }
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if ("DuongDanTepTinKetQua".equals(name) && v == JsonToken.VALUE_STRING) {
          electronic |= !p.getString().isBlank();
        } else {
          p.skipChildren();
        }
      }
    }
    f.set(DossierColumn.E_RESULT, electronic ? "1" : "0");
  }

  private static void supplements(JsonParser p, JsonToken value, DossierFields f) {
    int rounds = 0;
    String lastNewDue = null;
    String bad = null;
    for (JsonToken t = first(p, value); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t != JsonToken.START_OBJECT) {
        p.skipChildren();
        continue;
      }
      rounds++;
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if ("NgayHenTraMoi".equals(name) && v.isScalarValue() && v != JsonToken.VALUE_NULL) {
          String text = p.getString().strip();
          if (!text.isEmpty()) {
            lastNewDue = text;
            if (DossierDates.read(text, false) < 0) {
              bad = text;
            }
          }
        } else {
          p.skipChildren();
        }
      }
    }
    f.set(DossierColumn.SUPPLEMENTS, Integer.toString(rounds));
    f.set(DossierColumn.NEW_DUE, bad != null ? bad : lastNewDue);
  }

  /** The first element of a list (null, or not a list: none). */
  private static JsonToken first(JsonParser p, JsonToken value) {
    if (value != JsonToken.START_ARRAY) {
      p.skipChildren();
      return null;
    }
    return p.nextToken();
  }
}
