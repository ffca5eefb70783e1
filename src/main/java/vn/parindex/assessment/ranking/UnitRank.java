package vn.parindex.assessment.ranking;

/**
 * A unit's place among its peers in a year: {@code rank} of {@code of} (competition ranking), the
 * places gained since last year ({@code change}, positive = up, null when not comparable) and its
 * band, if the criteria set has bands.
 */
public record UnitRank(int rank, int of, Integer change, String band) {}
