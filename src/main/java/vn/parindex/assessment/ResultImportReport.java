package vn.parindex.assessment;

import java.util.List;

/** What a results import stored and found: the rows, the findings and the resulting ranking. */
public record ResultImportReport(
    int imported,
    int year,
    String parent,
    boolean partialSet,
    List<ResultFinding> findings,
    List<RankingRow> ranking) {}
