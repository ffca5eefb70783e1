package vn.parindex.framework;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The live indicators a leaf may take its rate from: the codes of the one-stop dossier indicators
 * (Decision 766), kept here as plain codes so the framework depends on no feature that computes
 * them. Only a leaf whose method takes a rate may name one.
 */
public final class IndicatorSources {

  /** The codes, in the order the dossier feature lists its indicators. */
  public static final List<String> CODES =
      List.of(
          "ON_TIME",
          "ONLINE",
          "FULL_ONLINE",
          "ONLINE_PAYMENT",
          "DIGITISED",
          "E_RESULT",
          "SERVICES_WITH_ONLINE",
          "APOLOGY");

  /** The methods scored from a rate, the only ones a source can feed. */
  static final Set<MethodKind> RATE_METHODS =
      Set.of(MethodKind.PROPORTIONAL, MethodKind.THRESHOLD, MethodKind.RATE_BANDS);

  private IndicatorSources() {}

  /** The code as written, any case, spaces or dashes for underscores; empty if it is none. */
  static Optional<String> parse(String raw) {
    String code = raw.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    return CODES.contains(code) ? Optional.of(code) : Optional.empty();
  }
}
