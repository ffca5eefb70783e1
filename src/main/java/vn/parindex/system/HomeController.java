package vn.parindex.system;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.parindex.account.Access;
import vn.parindex.assessment.Assessments;
import vn.parindex.unit.UnitVisibility;

@Controller
@Access(open = Access.Open.SIGNED_IN)
class HomeController {

  private final Assessments assessments;
  private final UnitVisibility visibility;

  HomeController(Assessments assessments, UnitVisibility visibility) {
    this.assessments = assessments;
    this.visibility = visibility;
  }

  @GetMapping("/")
  String home(Model model) {
    model.addAttribute(
        "assessments",
        assessments.list().stream().filter(a -> visibility.canSee(a.unitId())).toList());
    return "home";
  }
}
