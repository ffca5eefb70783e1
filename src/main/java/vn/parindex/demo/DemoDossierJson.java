package vn.parindex.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes the demo's dossiers and procedures in the national portal's sync shape ({@code {"data":
 * [...]}}, the field names of {@code DongBoHoSoMC}, times as {@code yyyyMMddHHmmss}), the body a
 * one-stop system pushes. Written by hand, field by field, so that the same records give the same
 * bytes. Every record says it is demo data.
 */
final class DemoDossierJson {

  static final String NOTE = "Dữ liệu minh họa (DEMO)";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  private DemoDossierJson() {}

  static byte[] dossiers(List<DemoDossier> dossiers) {
    StringBuilder out = new StringBuilder("{\"data\":[");
    for (int i = 0; i < dossiers.size(); i++) {
      out.append(i == 0 ? "\n" : ",\n");
      dossier(out, dossiers.get(i));
    }
    return out.append("\n]}\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] procedures(List<DemoProcedure> catalogue) {
    StringBuilder out = new StringBuilder("{\"data\":[");
    for (int i = 0; i < catalogue.size(); i++) {
      DemoProcedure p = catalogue.get(i);
      out.append(i == 0 ? "\n{" : ",\n{");
      field(out, "MaTTHC", p.code()).append(',');
      field(out, "TenTTHC", p.name()).append(',');
      field(out, "MaLinhVuc", fieldCode(p)).append(',');
      field(out, "TenLinhVuc", p.field()).append(',');
      out.append("\"MucDo\":").append(p.level()).append(',');
      out.append("\"CoPhiLePhi\":").append(p.fee() > 0 ? 1 : 0).append(',');
      out.append("\"KetQuaBanGiay\":0,");
      out.append("\"SoNgayGiaiQuyet\":").append(p.days()).append(',');
      field(out, "GhiChu", NOTE).append('}');
    }
    return out.append("\n]}\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void dossier(StringBuilder out, DemoDossier d) {
    DemoProcedure p = d.procedure();
    out.append('{');
    field(out, "MaHoSo", d.code()).append(',');
    field(out, "MaTTHC", p.code()).append(',');
    field(out, "TenTTHC", p.name()).append(',');
    field(out, "MaLinhVuc", fieldCode(p)).append(',');
    field(out, "TenLinhVuc", p.field()).append(',');
    out.append("\"KenhThucHien\":").append(d.channel()).append(',');
    field(out, "ChuHoSo", "Công dân minh họa " + d.code().substring(d.code().length() - 4))
        .append(',');
    out.append("\"LoaiDoiTuong\":1,");
    field(out, "TrichYeuHoSo", NOTE + ": " + p.name()).append(',');
    time(out, "NgayNopHoSo", d.receivedAt());
    time(out, "NgayTiepNhan", d.receivedAt());
    time(out, "NgayHenTra", d.dueAt());
    out.append("\"TrangThaiHoSo\":").append(d.status()).append(',');
    time(out, "NgayKetThucXuLy", d.finishedAt());
    time(out, "NgayTra", d.returnedAt());
    if (d.status() == DemoDossier.REFUSED) {
      time(out, "NgayTuChoi", d.receivedAt().plusMinutes(15));
    }
    field(out, "DonViXuLy", "UBND xã Vĩnh Chấp (DEMO)").append(',');
    out.append("\"HoSoCoThanhPhanSoHoa\":").append(d.digitised() ? 1 : 0).append(',');
    out.append("\"DuocThanhToanTrucTuyen\":").append(d.paidOnline() ? 1 : 0).append(',');
    out.append("\"DanhSachLePhi\":[");
    if (p.fee() > 0) {
      out.append('{');
      field(out, "TenPhiLePhi", "Lệ phí " + p.name().toLowerCase()).append(',');
      field(out, "MaPhiLePhi", p.code() + "-LP").append(',');
      out.append("\"HinhThucThu\":").append(d.paidOnline() ? 2 : 1).append(',');
      out.append("\"Gia\":").append(p.fee()).append(',');
      out.append("\"LoaiPhiLePhi\":2}");
    }
    out.append("],\"DanhSachGiayToKetQua\":[");
    if (d.eResult()) {
      out.append('{');
      field(out, "TenGiayTo", "Kết quả: " + p.name()).append(',');
      field(out, "GiayToId", d.code() + "-KQ").append(',');
      field(out, "DuongDanTepTinKetQua", "https://demo.invalid/ket-qua/" + d.code() + ".pdf")
          .append(',');
      field(out, "MaGiayToKetQua", d.code() + "-KQ").append('}');
    }
    out.append("],\"DanhSachHoSoBoSung\":[]}");
  }

  private static String fieldCode(DemoProcedure p) {
    return p.code().substring(0, p.code().lastIndexOf('-'));
  }

  private static StringBuilder field(StringBuilder out, String name, String value) {
    out.append('"').append(name).append("\":\"");
    for (char c : value.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.append('"');
  }

  private static void time(StringBuilder out, String name, LocalDateTime at) {
    if (at != null) {
      field(out, name, TIME.format(at)).append(',');
    }
  }
}
