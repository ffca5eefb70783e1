package vn.parindex.assessment.results;

import java.util.List;
import vn.parindex.assessment.ranking.RankingRow;

/**
 * What a results import stored and found: the rows, the findings, the resulting ranking and the
 * units it created with the user's consent.
 */
public record ResultImportReport(
    int imported,
    int year,
    String parent,
    boolean partialSet,
    List<ResultFinding> findings,
    List<RankingRow> ranking,
    List<String> createdUnits) {}
