package vn.parindex.task;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import vn.parindex.support.PostgresTest;

/** The same task flows on PostgreSQL. */
@PostgresTest(
    properties = {
      "parindex.evidence.dir=target/evidence-test",
      "spring.session.jdbc.initialize-schema=always"
    })
@AutoConfigureMockMvc
class TaskFlowPostgresTest extends TaskFlowTest {}
