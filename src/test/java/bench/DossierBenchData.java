package bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Generated one-stop dossier records, the same rows three ways: a CSV with Vietnamese headings, a
 * JSON batch in the portal's sync shape (fees, results and supplement rounds as nested lists), and
 * the table's own rows in COPY's text format (the floor). Deterministic: record i of unit u is the
 * same in every run.
 */
final class DossierBenchData {

  private static final DateTimeFormatter PORTAL = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
  private static final DateTimeFormatter TABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final LocalDateTime START = LocalDateTime.of(2025, 1, 2, 7, 30);

  /** One generated record. */
  record Row(
      String code,
      String procedure,
      LocalDateTime received,
      LocalDateTime due,
      LocalDateTime newDue,
      LocalDateTime finished,
      int status,
      int channel,
      boolean digitised,
      boolean paid,
      int fee,
      boolean eResult) {

    static Row of(int unit, int i) {
      LocalDateTime received = START.plusMinutes((i * 131L) % (360L * 24 * 60));
      LocalDateTime due = received.plusDays(5 + i % 3);
      LocalDateTime newDue = i % 10 == 0 ? due.plusDays(3) : null;
      int status = i % 10 < 7 ? 10 : i % 10 == 7 ? 4 : 2;
      LocalDateTime finished = status == 10 ? received.plusDays(i % 9).plusHours(2) : null;
      return new Row(
          "000.00.%02d.H%02d-%07d".formatted(unit % 100, unit % 97, i),
          "1.%03d".formatted(i % 180),
          received,
          due,
          newDue,
          finished,
          status,
          i % 5 == 0 ? 1 : 2,
          i % 7 != 0,
          i % 3 != 0,
          i % 4 == 0 ? 0 : 15000,
          i % 11 != 0);
    }

    LocalDateTime effectiveDue() {
      return newDue != null ? newDue : due;
    }

    Boolean late() {
      return finished == null ? null : finished.isAfter(effectiveDue());
    }
  }

  private DossierBenchData() {}

  static void csv(Path file, int unit, int n) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(
          "Mã hồ sơ,Mã thủ tục,Ngày tiếp nhận,Ngày hẹn trả,Ngày kết thúc xử lý,Trạng thái,"
              + "Kênh thực hiện,Có thành phần số hóa,Thanh toán trực tuyến,Tổng lệ phí,"
              + "Có kết quả điện tử,Số lần bổ sung,Ngày hẹn trả mới\n");
      for (int i = 0; i < n; i++) {
        Row r = Row.of(unit, i);
        w.write(
            String.join(
                ",",
                r.code(),
                r.procedure(),
                PORTAL.format(r.received()),
                PORTAL.format(r.due()),
                r.finished() == null ? "" : PORTAL.format(r.finished()),
                Integer.toString(r.status()),
                Integer.toString(r.channel()),
                r.digitised() ? "1" : "0",
                r.paid() ? "1" : "0",
                Integer.toString(r.fee()),
                r.eResult() ? "1" : "0",
                r.newDue() == null ? "0" : "1",
                r.newDue() == null ? "" : PORTAL.format(r.newDue())));
        w.write('\n');
      }
    }
  }

  /** A unit's n records as one sync batch, written a thousand at a time. */
  static void json(Path file, int unit, int n) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEAD);
      for (int from = 0; from < n; from += 1000) {
        StringBuilder b = new StringBuilder();
        records(b, unit, from, Math.min(1000, n - from), from > 0);
        w.write(b.toString());
      }
      w.write("]}");
    }
  }

  private static final String HEAD = "{\"isUpdating\":true,\"service\":\"DongBoHoSoMC\",\"data\":[";

  /** Records {@code from} … {@code from + n - 1} of a unit as one sync batch. */
  static String json(int unit, int from, int n) {
    StringBuilder b = new StringBuilder(n * 520).append(HEAD);
    records(b, unit, from, n, false);
    return b.append("]}").toString();
  }

  private static void records(StringBuilder b, int unit, int from, int n, boolean more) {
    for (int i = from; i < from + n; i++) {
      Row r = Row.of(unit, i);
      if (i > from || more) {
        b.append(",\n");
      }
      b.append("{\"MaHoSo\":\"").append(r.code()).append("\",\"MaTTHC\":\"").append(r.procedure());
      b.append("\",\"TenTTHC\":\"Đăng ký khai sinh\",\"ChuHoSo\":\"Nguyễn Văn An\"");
      b.append(",\"NgayTiepNhan\":\"").append(PORTAL.format(r.received()));
      b.append("\",\"NgayHenTra\":\"").append(PORTAL.format(r.due())).append('"');
      if (r.finished() != null) {
        b.append(",\"NgayKetThucXuLy\":\"").append(PORTAL.format(r.finished())).append('"');
        b.append(",\"NgayTra\":\"").append(PORTAL.format(r.finished().plusHours(1))).append('"');
      }
      b.append(",\"TrangThaiHoSo\":\"").append(r.status());
      b.append("\",\"KenhThucHien\":\"").append(r.channel());
      b.append("\",\"HoSoCoThanhPhanSoHoa\":\"").append(r.digitised() ? 1 : 0);
      b.append("\",\"DuocThanhToanTrucTuyen\":\"").append(r.paid() ? 1 : 3).append('"');
      b.append(",\"DanhSachLePhi\":[");
      if (r.fee() > 0) {
        b.append("{\"TenPhiLePhi\":\"Lệ phí\",\"MaPhiLePhi\":\"LP1\",\"HinhThucThu\":1,\"Gia\":")
            .append(r.fee())
            .append(",\"LoaiPhiLePhi\":1}");
      }
      b.append("],\"DanhSachGiayToKetQua\":[");
      if (r.finished() != null) {
        b.append("{\"TenGiayTo\":\"Giấy khai sinh\",\"DuongDanTepTinKetQua\":\"")
            .append(r.eResult() ? "/ketqua/" + r.code() + ".pdf" : "")
            .append("\"}");
      }
      b.append("],\"DanhSachHoSoBoSung\":[");
      if (r.newDue() != null) {
        b.append("{\"NoiDungBoSung\":\"Bổ sung giấy tờ\",\"NgayBoSung\":\"")
            .append(PORTAL.format(r.received().plusDays(1)))
            .append("\",\"NgayHenTraMoi\":\"")
            .append(PORTAL.format(r.newDue()))
            .append("\"}");
      }
      b.append("]}");
    }
  }

  /** The rows as the dossier table holds them, in COPY's text format (the floor's input). */
  static void copyRows(Path file, int unit, long unitId, int n) throws IOException {
    String hash = "0".repeat(64);
    String now = TABLE.format(LocalDateTime.now());
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < n; i++) {
        Row r = Row.of(unit, i);
        Boolean late = r.late();
        w.write(
            String.join(
                "\t",
                Long.toString(unitId),
                r.code(),
                r.procedure(),
                TABLE.format(r.received()),
                Integer.toString(r.received().getYear()),
                TABLE.format(r.due()),
                TABLE.format(r.effectiveDue()),
                r.finished() == null ? "\\N" : TABLE.format(r.finished()),
                r.finished() == null ? "\\N" : TABLE.format(r.finished().plusHours(1)),
                Integer.toString(r.status()),
                Integer.toString(r.channel()),
                r.digitised() ? "t" : "f",
                r.paid() ? "t" : "f",
                Integer.toString(r.fee()),
                r.eResult() && r.finished() != null ? "t" : "f",
                r.newDue() == null ? "0" : "1",
                late == null ? "\\N" : late ? "t" : "f",
                hash,
                now));
        w.write('\n');
      }
    }
  }
}
