package vn.parindex.round;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import vn.parindex.support.PostgresTest;

/** {@link DossierSourceScenario} on PostgreSQL. */
@PostgresTest
@AutoConfigureMockMvc
@Import(MovableClock.class)
class DossierSourcePostgresTest extends DossierSourceScenario {}
