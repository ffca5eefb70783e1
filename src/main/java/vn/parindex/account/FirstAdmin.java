package vn.parindex.account;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * The first administrator, from {@code PARINDEX_ADMIN_USERNAME} / {@code PARINDEX_ADMIN_PASSWORD}
 * on the unit {@code PARINDEX_ADMIN_UNIT} (a code; the unit is created as a province when absent).
 * Created on start when no user of that name exists; never changed afterwards.
 */
@Component
@Order(200)
class FirstAdmin implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

  private final String username;
  private final String password;
  private final String unitCode;
  private final Users users;
  private final Units units;

  FirstAdmin(
      @Value("${PARINDEX_ADMIN_USERNAME:}") String username,
      @Value("${PARINDEX_ADMIN_PASSWORD:}") String password,
      @Value("${PARINDEX_ADMIN_UNIT:ADMIN}") String unitCode,
      Users users,
      Units units) {
    this.username = username.trim();
    this.password = password;
    this.unitCode = unitCode.isBlank() ? "ADMIN" : unitCode.trim();
    this.users = users;
    this.units = units;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (username.isEmpty() || password.isEmpty() || users.exists(username)) {
      return;
    }
    Unit unit =
        units
            .findByCode(unitCode)
            .orElseGet(
                () ->
                    units.save(
                        new Unit(
                            null, unitCode, unitCode, UnitType.PROVINCE, null, null, null, false)));
    users.create(
        new Users.NewUser(
            username, username, null, null, password, unit.id(), null, Set.of(Role.ADMIN), false));
    log.info("First administrator {} created on unit {}", username, unitCode);
  }
}
