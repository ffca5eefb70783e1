package vn.parindex.assessment;

import vn.parindex.support.PostgresTest;

/** The same write paths on PostgreSQL. */
@PostgresTest
class EntryCriterionStoredPostgresTest extends EntryCriterionStoredTest {}
