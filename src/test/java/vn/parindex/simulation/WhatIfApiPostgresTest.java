package vn.parindex.simulation;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import vn.parindex.support.PostgresTest;

/** The what-if and the gains on PostgreSQL: the same exact points, totals and ranks. */
@PostgresTest
@AutoConfigureMockMvc
class WhatIfApiPostgresTest extends WhatIfApiTest {}
