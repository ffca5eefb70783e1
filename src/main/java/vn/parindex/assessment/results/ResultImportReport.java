package vn.parindex.assessment.results;

import java.util.List;
import vn.parindex.assessment.ranking.RankingRow;

/** What a results import stored and found: the rows, the findings and the resulting ranking. */
public record ResultImportReport(
    int imported,
    int year,
    String parent,
    boolean partialSet,
    List<ResultFinding> findings,
    List<RankingRow> ranking) {}
