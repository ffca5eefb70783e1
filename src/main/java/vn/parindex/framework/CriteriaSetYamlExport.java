package vn.parindex.framework;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A criteria set as the YAML the importer reads: a flat list of criteria in code order. */
public final class CriteriaSetYamlExport {

  private CriteriaSetYamlExport() {}

  public static byte[] write(CriteriaSet set) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("name", set.name());
    root.put("year", set.year());
    root.put("unitType", set.unitType().name());
    List<Map<String, Object>> bands = new ArrayList<>();
    for (ClassificationBand band : set.bands()) {
      Map<String, Object> b = new LinkedHashMap<>();
      b.put("min", band.minPercent());
      b.put("label", band.label());
      bands.add(b);
    }
    root.put("bands", bands);
    root.put("surveyMissing", set.rules().surveyMissingCode());
    root.put("bonusMax", set.rules().bonusMax());
    root.put("penaltyMax", set.rules().penaltyMax());
    List<Map<String, Object>> criteria = new ArrayList<>();
    for (Criterion c : set.criteria()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("code", c.code().value());
      item.put("name", c.name());
      item.put("max", c.maxPoints());
      if (set.isLeaf(c.code())) {
        ScoringMethod method = c.methodOrManual();
        item.put("method", method.kind().code());
        Map<String, Object> params = ScoringParams.toMap(method);
        if (!params.isEmpty()) {
          item.put("params", params);
        }
        if (c.source() != null) {
          item.put("source", c.source());
        }
      }
      List<Obligation> carried = set.obligations(c.code());
      if (!carried.isEmpty()) {
        item.put("obligations", CriterionObligations.write(carried));
      }
      criteria.add(item);
    }
    root.put("criteria", criteria);
    return CriteriaYamlReader.YAML.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
  }
}
