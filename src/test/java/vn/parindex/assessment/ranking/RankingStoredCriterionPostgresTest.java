package vn.parindex.assessment.ranking;

import vn.parindex.support.PostgresTest;

/** The same totals on PostgreSQL. */
@PostgresTest
class RankingStoredCriterionPostgresTest extends RankingStoredCriterionTest {}
