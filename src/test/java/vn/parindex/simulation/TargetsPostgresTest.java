package vn.parindex.simulation;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import vn.parindex.support.PostgresTest;

/**
 * The targets on PostgreSQL: the same plan line and task once, the readings kept once per move
 * under the target's row lock, the ranks of the what-if.
 */
@PostgresTest
@AutoConfigureMockMvc
class TargetsPostgresTest extends TargetsTest {}
