package vn.parindex.assessment;

import java.util.Optional;
import org.springframework.stereotype.Service;

/** Ranks units that share a parent and a criteria set in a year. */
@Service
public class Rankings {

  /** The rank of this assessment's unit among its peers in its year. */
  public Optional<UnitRank> rankOf(Assessment assessment) {
    return Optional.empty();
  }
}
