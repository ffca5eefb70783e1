package vn.parindex.system;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.parindex.assessment.Assessments;

@Controller
class HomeController {

  private final Assessments assessments;

  HomeController(Assessments assessments) {
    this.assessments = assessments;
  }

  @GetMapping("/")
  String home(Model model) {
    model.addAttribute("assessments", assessments.list());
    return "home";
  }
}
