package vn.parindex.dashboard;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.parindex.account.Access;

/**
 * Every dashboard list as XLSX or CSV: {@code /dashboard/export.xlsx?list=tasks&unit=…} (lists:
 * departments, areas, trend, tasks, obligations of a unit; province, rankings of a parent unit;
 * optional year for province, rankings and obligations; units: every unit the caller may see).
 */
@Controller
@Access(DashboardAccess.class)
class DashboardExports {

  private final DashboardAccess access;
  private final DashboardLists lists;

  DashboardExports(DashboardAccess access, DashboardLists lists) {
    this.access = access;
    this.lists = lists;
  }

  @GetMapping("/dashboard/export.xlsx")
  ResponseEntity<byte[]> xlsx(
      @RequestParam String list,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) Integer year) {
    return ListDownload.of(export(list, unit, year), "xlsx");
  }

  @GetMapping("/dashboard/export.csv")
  ResponseEntity<byte[]> csv(
      @RequestParam String list,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) Integer year) {
    return ListDownload.of(export(list, unit, year), "csv");
  }

  /** The units list needs no unit (an administrator may have none); every other list does. */
  private ListExport export(String list, String unit, Integer year) {
    if ("units".equals(list)) {
      return lists.units(access);
    }
    return lists.list(list, access.required(unit), year, access);
  }
}
