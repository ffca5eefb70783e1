package vn.parindex.assessment.results;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import vn.parindex.unit.PlaceName;

/**
 * The user's consent to create the units a results table names and the parent lacks: none (ask
 * first), all of them (the API's {@code createUnits=true}) or the names the page listed and the
 * user confirmed (a table changed in between is asked about again).
 */
public record NewUnits(boolean all, Set<String> confirmed) {

  public static final NewUnits NONE = new NewUnits(false, Set.of());
  public static final NewUnits ALL = new NewUnits(true, Set.of());

  public static NewUnits confirmed(Collection<String> names) {
    return new NewUnits(false, names.stream().map(PlaceName::key).collect(Collectors.toSet()));
  }

  boolean covers(List<UnknownUnitsException.UnknownUnit> units) {
    return all
        || (!confirmed.isEmpty()
            && units.stream().allMatch(u -> confirmed.contains(PlaceName.key(u.name()))));
  }

  /** "45-XA-VINH-LINH": the parent's code and the name without accents, for a unit with none. */
  static String codeFor(String parentCode, String name) {
    String folded =
        Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toUpperCase(Locale.ROOT)
            .replaceAll("[^A-Z0-9]+", "-")
            .replaceAll("(^-|-$)", "");
    String code = parentCode + "-" + folded;
    return code.length() <= 32 ? code : code.substring(0, 32).replaceAll("-$", "");
  }
}
