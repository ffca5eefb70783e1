package vn.parindex.round;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Where one unit stands in a round, in the order the cycle goes. */
enum RoundState {
  DRAFT,
  SUBMITTED,
  APPRAISED_1,
  EXPLAINED,
  APPRAISED_2,
  PUBLISHED;

  /** The state as a reader names it, resolved where a message takes it as an argument. */
  DefaultMessageSourceResolvable label() {
    return new DefaultMessageSourceResolvable("round.state." + name());
  }
}
