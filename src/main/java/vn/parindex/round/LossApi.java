package vn.parindex.round;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.parindex.account.Access;

/** "Where the points went" over REST: by criterion, largest loss first, split into its kinds. */
@RestController
@RequestMapping("/api/v1/rounds/{id}")
@Access(RoundAccess.class)
class LossApi {

  private final RoundLosses losses;

  LossApi(RoundLosses losses) {
    this.losses = losses;
  }

  @GetMapping("/losses")
  RoundLosses.Report round(@PathVariable long id) {
    return losses.ofRound(id);
  }

  @GetMapping("/units/{unit}/losses")
  RoundLosses.Report unit(@PathVariable long id, @PathVariable String unit) {
    return losses.ofUnit(id, unit);
  }
}
