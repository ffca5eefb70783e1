package vn.parindex.round.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.plan.IssueDate;

/** A commune's report and a province's decision, short and long, as the documents take them. */
final class Samples {

  /** The areas of a commune's index, as a criteria set names them. */
  static final List<String> AREAS =
      List.of(
          "Công tác chỉ đạo, điều hành cải cách hành chính",
          "Cải cách thể chế",
          "Cải cách thủ tục hành chính",
          "Cải cách tổ chức bộ máy hành chính nhà nước",
          "Cải cách chế độ công vụ",
          "Cải cách tài chính công",
          "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
          "Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính");

  private Samples() {}

  static SelfReport report(boolean draft) {
    List<SelfReport.Line> lines = new ArrayList<>();
    lines.add(area("1", "Công tác chỉ đạo, điều hành cải cách hành chính", "10", "8.5"));
    lines.add(
        leaf(
            "1.1",
            "Ban hành kế hoạch cải cách hành chính năm",
            "4",
            "4",
            "Đã ban hành đúng hạn",
            new SelfReport.Evidence(
                "12/KH-UBND", LocalDate.of(2031, 1, 15), "Kế hoạch cải cách hành chính năm 2031")));
    lines.add(leaf("1.2", "Báo cáo định kỳ, đột xuất", "3", "3", null));
    lines.add(
        leaf("1.3", "Tỷ lệ hồ sơ giải quyết đúng hạn", "3", "1.5", "Tử số 1, mẫu số 2: đạt 50%"));
    lines.add(area("2", "Mức độ hài lòng của người dân", "5", "0"));
    lines.add(
        new SelfReport.Line(
            "2.1", "Điều tra xã hội học", false, true, new BigDecimal("5"), null, null, List.of()));
    return new SelfReport(
        "xã Vĩnh Chấp",
        "tỉnh Quảng Trị",
        "Vĩnh Chấp",
        draft ? new IssueDate(null, null, 2031) : IssueDate.of(LocalDate.of(2031, 1, 28)),
        2031,
        draft,
        lines,
        new BigDecimal("15"),
        new BigDecimal("8.5"),
        new BigDecimal("56.67"),
        draft ? null : "Thiếu công chức văn hóa - xã hội.\nMáy tính bộ phận một cửa đã cũ.",
        draft ? null : "Đề nghị tỉnh tập huấn cách nhập chỉ số trên hệ thống.");
  }

  /** A report of many areas and long explanations: headings meet page feet somewhere. */
  static SelfReport longReport() {
    SelfReport base = report(false);
    List<SelfReport.Line> lines = new ArrayList<>();
    for (int a = 1; a <= 8; a++) {
      lines.add(area(a + "", "Lĩnh vực thử nghiệm số " + a + " của bộ chỉ số", "10", "7"));
      for (int c = 1; c <= 6; c++) {
        String note =
            c % 3 == 0
                ? "Giải trình rất dài của tiêu chí để một dòng của bảng cao nhiều dòng. ".repeat(4)
                : "Giải trình ngắn.";
        lines.add(
            leaf(
                a + "." + c,
                "Tiêu chí thành phần số " + c + " thuộc lĩnh vực " + a,
                "2",
                c % 2 == 0 ? "1.25" : "2",
                note,
                new SelfReport.Evidence(
                    c + "/BC-UBND", LocalDate.of(2031, 1, c), "Báo cáo kết quả thực hiện")));
      }
    }
    return new SelfReport(
        base.unitLabel(),
        base.parentLabel(),
        base.place(),
        base.date(),
        base.year(),
        false,
        lines,
        new BigDecimal("80"),
        new BigDecimal("56"),
        new BigDecimal("70"),
        "Khó khăn thứ nhất.\nKhó khăn thứ hai.",
        "Đề xuất thứ nhất.");
  }

  static Decision decision(int units) {
    List<Decision.Area> areas = new ArrayList<>();
    for (int a = 1; a <= 8; a++) {
      areas.add(new Decision.Area(a + "", AREAS.get(a - 1), new BigDecimal(a == 8 ? "30" : "10")));
    }
    List<Decision.Line> lines = new ArrayList<>();
    lines.add(line("Xã Vĩnh Chấp", "85.25", "85.25", 1, "Tốt", 4));
    lines.add(line("Phường Đông Hà", "80.5", "80.50", 2, "Tốt", 1));
    lines.add(line("Xã Cửa Tùng", "80.5", "80.50", 2, "Tốt", null));
    for (int i = 4; i <= units; i++) {
      lines.add(line("Xã thử nghiệm có tên khá dài số " + i, "70", "70.00", i, "Trung bình", i));
    }
    return new Decision(
        "tỉnh Quảng Trị",
        "Quảng Trị",
        DecisionDocument.peers("PROVINCE"),
        "123/QĐ-UBND",
        LocalDate.of(2031, 3, 31),
        2031,
        "Bộ chỉ số cải cách hành chính cấp xã năm 2031",
        areas,
        lines);
  }

  private static Decision.Line line(
      String unit, String total, String percent, int rank, String band, Integer previous) {
    List<BigDecimal> points = new ArrayList<>();
    BigDecimal sum = new BigDecimal(total);
    for (int a = 1; a <= 7; a++) {
      points.add(new BigDecimal("8.25"));
      sum = sum.subtract(new BigDecimal("8.25"));
    }
    points.add(sum);
    return new Decision.Line(
        unit, points, new BigDecimal(total), new BigDecimal(percent), rank, band, previous);
  }

  private static SelfReport.Line area(String code, String name, String max, String self) {
    return new SelfReport.Line(
        code, name, true, false, new BigDecimal(max), new BigDecimal(self), null, List.of());
  }

  private static SelfReport.Line leaf(
      String code,
      String name,
      String max,
      String self,
      String note,
      SelfReport.Evidence... evidence) {
    return new SelfReport.Line(
        code,
        name,
        false,
        false,
        new BigDecimal(max),
        new BigDecimal(self),
        note,
        List.of(evidence));
  }
}
