package vn.parindex.dossier;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of a dossier record as the ParIndex import takes them: each with its portal name (the
 * sync record's own key, also accepted as a column heading) and its Vietnamese headings. The nested
 * lists of the sync record are flattened into the last seven columns, which a file states directly:
 * the fee total (sum of DanhSachLePhi.Gia), whether a result document has a file
 * (DanhSachGiayToKetQua), the number of supplement rounds (DanhSachHoSoBoSung) and the last new due
 * date (NgayHenTraMoi).
 */
enum DossierColumn {
  CODE(true, "MaHoSo", "Mã hồ sơ", "Số hồ sơ"),
  PROCEDURE(true, "MaTTHC", "Mã thủ tục", "Mã TTHC", "Mã thủ tục hành chính"),
  PROCEDURE_NAME(false, "TenTTHC", "Tên thủ tục", "Tên TTHC", "Tên thủ tục hành chính"),
  RECEIVED(true, "NgayTiepNhan", "Ngày tiếp nhận"),
  DUE(false, "NgayHenTra", "Ngày hẹn trả"),
  FINISHED(false, "NgayKetThucXuLy", "Ngày kết thúc xử lý", "Ngày có kết quả"),
  RETURNED(false, "NgayTra", "Ngày trả", "Ngày trả kết quả"),
  STATUS(true, "TrangThaiHoSo", "Trạng thái", "Trạng thái hồ sơ"),
  CHANNEL(false, "KenhThucHien", "Kênh thực hiện", "Kênh"),
  DIGITISED(false, "HoSoCoThanhPhanSoHoa", "Có thành phần số hóa", "Số hóa"),
  PAID_ONLINE(false, "DuocThanhToanTrucTuyen", "Thanh toán trực tuyến"),
  FEE_TOTAL(false, "TongLePhi", "Tổng lệ phí", "Tổng phí, lệ phí", "Lệ phí"),
  E_RESULT(false, "CoKetQuaDienTu", "Có kết quả điện tử", "Kết quả điện tử"),
  SUPPLEMENTS(false, "SoLanBoSung", "Số lần bổ sung"),
  NEW_DUE(false, "NgayHenTraMoi", "Ngày hẹn trả mới"),
  REQUESTED(false, "NgayBoSung", "Ngày yêu cầu bổ sung", "Ngày bổ sung"),
  RESUBMITTED(false, "NgayTiepNhanBoSung", "Ngày tiếp nhận bổ sung");

  private static final Map<String, DossierColumn> BY_NAME = new HashMap<>();

  /**
   * The other fields of the portal's record (shared/data/dossier-fields.csv) and the usual columns
   * of a one-stop system's export that no indicator needs: a file exported as it is may carry them,
   * so they are passed over, while any other heading (a typo of a needed one) is still refused.
   */
  private static final java.util.Set<String> PASSED_OVER =
      java.util.stream.Stream.of(
              "STT",
              "ChuHoSo",
              "Chủ hồ sơ",
              "Người nộp",
              "LoaiDoiTuong",
              "Loại đối tượng",
              "MaDoiTuong",
              "SoGiayToChuHoSo",
              "Số giấy tờ",
              "DinhDanhCHS",
              "Email",
              "Fax",
              "SoDienThoai",
              "Số điện thoại",
              "TrichYeuHoSo",
              "Trích yếu",
              "NgayNopHoSo",
              "Ngày nộp",
              "ThongTinTra",
              "HinhThuc",
              "Hình thức trả",
              "NgayTuChoi",
              "Ngày từ chối",
              "DonViXuLy",
              "Đơn vị xử lý",
              "NoiNopHoSo",
              "Nơi nộp",
              "TaiKhoanDuocXacThucVoiVNeID",
              "MaLinhVuc",
              "Mã lĩnh vực",
              "TenLinhVuc",
              "Lĩnh vực",
              "Tên lĩnh vực",
              "Ghi chú")
          .map(DossierColumn::fold)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  static {
    for (DossierColumn column : values()) {
      for (String name : column.names) {
        BY_NAME.put(fold(name), column);
      }
    }
  }

  private final boolean required;
  private final List<String> names;

  DossierColumn(boolean required, String... names) {
    this.required = required;
    this.names = List.of(names);
  }

  boolean required() {
    return required;
  }

  /** The sync record's key (also the column's name in an English or portal-named file). */
  String portalName() {
    return names.get(0);
  }

  /** The Vietnamese heading a file should use, as the page documents it. */
  String heading() {
    return names.get(1);
  }

  /** The field a heading (or a sync record's key) names, whatever its case, accents or spacing. */
  static Optional<DossierColumn> named(String heading) {
    return Optional.ofNullable(heading).map(DossierColumn::fold).map(BY_NAME::get);
  }

  /** Whether a heading is a known field of the portal's record that no indicator needs. */
  static boolean passedOver(String heading) {
    return heading != null && PASSED_OVER.contains(fold(heading));
  }

  /** "Mã hồ sơ" → "ma ho so": headings match without accents, case or extra spaces. */
  static String fold(String text) {
    String stripped =
        Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "");
    return stripped.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip().replace(" ", "");
  }
}
