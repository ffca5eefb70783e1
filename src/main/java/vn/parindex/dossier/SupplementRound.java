package vn.parindex.dossier;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One supplement round of a dossier (an entry of the portal's {@code DanhSachHoSoBoSung}): the
 * office asked the citizen for more papers, the citizen brought them, and the office may have set a
 * new due date. Times are local times in Asia/Ho_Chi_Minh.
 *
 * @param requestedAt when the supplement was requested ({@code NgayBoSung})
 * @param resubmittedAt when the citizen resubmitted ({@code NgayTiepNhanBoSung}); null while
 *     awaited
 * @param newDueAt the new due date the office set ({@code NgayHenTraMoi}); null when none
 */
public record SupplementRound(
    LocalDateTime requestedAt, LocalDateTime resubmittedAt, LocalDateTime newDueAt) {

  public SupplementRound {
    Objects.requireNonNull(requestedAt, "requestedAt");
  }
}
