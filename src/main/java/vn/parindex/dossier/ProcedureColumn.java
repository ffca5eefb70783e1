package vn.parindex.dossier;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The fields of a procedure of the catalogue: portal name first, then the Vietnamese headings. */
enum ProcedureColumn {
  CODE(true, "MaTTHC", "Mã thủ tục", "Mã TTHC", "Mã thủ tục hành chính"),
  NAME(true, "TenTTHC", "Tên thủ tục", "Tên TTHC", "Tên thủ tục hành chính"),
  LEVEL(true, "MucDo", "Mức độ", "Mức độ dịch vụ công", "Mức độ DVC"),
  FEE(false, "CoPhiLePhi", "Có phí, lệ phí", "Có phí lệ phí", "Có lệ phí", "Có phí"),
  PAPER(false, "KetQuaBanGiay", "Kết quả bản giấy", "Bắt buộc kết quả bản giấy");

  private static final Map<String, ProcedureColumn> BY_NAME = new HashMap<>();

  static {
    for (ProcedureColumn column : values()) {
      for (String name : column.names) {
        BY_NAME.put(DossierColumn.fold(name), column);
      }
    }
  }

  private final boolean required;
  private final List<String> names;

  ProcedureColumn(boolean required, String... names) {
    this.required = required;
    this.names = List.of(names);
  }

  boolean required() {
    return required;
  }

  String portalName() {
    return names.get(0);
  }

  String heading() {
    return names.get(1);
  }

  static Optional<ProcedureColumn> named(String heading) {
    return Optional.ofNullable(heading).map(DossierColumn::fold).map(BY_NAME::get);
  }
}
