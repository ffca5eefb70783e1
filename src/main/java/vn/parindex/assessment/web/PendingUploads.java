package vn.parindex.assessment.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.parindex.assessment.AssessmentStage;
import vn.parindex.assessment.StatedRank;
import vn.parindex.assessment.imports.ImportCommand;

/**
 * An upload waiting for its "Thay bằng phiên bản mới" confirmation, so the user does not choose the
 * file again: the file and what the form said about it, held by {@link HeldUploads} (in the
 * database, half an hour, for the user who uploaded it only); a confirmation that comes too late
 * asks for the file again.
 */
@Component
class PendingUploads {

  private final HeldUploads held;

  PendingUploads(HeldUploads held) {
    this.held = held;
  }

  String hold(String username, ImportCommand c) {
    StatedRank rank = c.statedRank() == null ? StatedRank.none() : c.statedRank();
    String details =
        Stream.of(
                c.unitCode(),
                c.year(),
                c.frameworkId(),
                c.stage(),
                c.statedLoss() == null ? null : c.statedLoss().toPlainString(),
                rank.rank(),
                rank.of(),
                rank.change())
            .map(v -> v == null ? "" : String.valueOf(v))
            .collect(Collectors.joining("\n"));
    return held.hold(
        username, HeldUploads.Purpose.REPLACE_TABLE, c.fileName(), c.content(), details);
  }

  /** The held upload of this user, removed once taken. */
  Optional<ImportCommand> take(String username, String token) {
    return held.take(username, HeldUploads.Purpose.REPLACE_TABLE, token)
        .map(PendingUploads::command);
  }

  private static ImportCommand command(HeldUploads.Held h) {
    String[] f = Arrays.copyOf(h.details().split("\n", -1), 8);
    return new ImportCommand(
        orNull(f[0]),
        Integer.parseInt(f[1]),
        orNull(f[2]) == null ? null : Long.valueOf(f[2]),
        orNull(f[3]) == null ? null : AssessmentStage.valueOf(f[3]),
        h.fileName(),
        h.content(),
        orNull(f[4]) == null ? null : new BigDecimal(f[4]),
        new StatedRank(integer(f[5]), integer(f[6]), integer(f[7])));
  }

  private static Integer integer(String text) {
    return orNull(text) == null ? null : Integer.valueOf(text);
  }

  private static String orNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }
}
