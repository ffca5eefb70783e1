package vn.parindex.system;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.parindex.unit.Units;

/** Every page says so, in a banner, while demo data is in the database. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class DemoBanner {

  private final Units units;

  DemoBanner(Units units) {
    this.units = units;
  }

  @ModelAttribute("demo")
  boolean demo() {
    return units.anyDemo();
  }
}
