package vn.parindex.round;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** {@link DossierSourceScenario} on H2. */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@Import(MovableClock.class)
class DossierSourceTest extends DossierSourceScenario {}
