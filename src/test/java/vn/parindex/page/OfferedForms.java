package vn.parindex.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms and htmx buttons a page offers, read from its HTML, each with the values a person would
 * submit: what the form holds, its first real choice in a list, and a plausible value in each empty
 * field (text, date, number, e-mail, password, file). A form with several named submit buttons is
 * one submission per button.
 */
record OfferedForms(List<Submission> submissions) {

  /** One way to submit: method, action, fields, and files (field → file name). */
  record Submission(
      String method, String action, Map<String, List<String>> fields, List<String> files) {

    boolean post() {
      return "post".equalsIgnoreCase(method);
    }

    @Override
    public String toString() {
      return method.toUpperCase() + " " + action + " (" + fields.size() + " fields)";
    }
  }

  private static final Pattern FORM =
      Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.DOTALL);
  private static final Pattern SELECT =
      Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
  private static final Pattern OPTION =
      Pattern.compile("<option\\b([^>]*)>(.*?)</option>", Pattern.DOTALL);
  private static final Pattern TEXTAREA =
      Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
  private static final Pattern BUTTON = Pattern.compile("<button\\b([^>]*)>", Pattern.DOTALL);
  private static final Pattern HX_POST = Pattern.compile("hx-post=\"([^\"]+)\"");

  static OfferedForms in(String html, String page) {
    List<Submission> out = new ArrayList<>();
    Matcher form = FORM.matcher(html);
    while (form.find()) {
      String attrs = form.group(1);
      String body = form.group(2);
      String action = attr(attrs, "action");
      action = action == null || action.isEmpty() ? page : action;
      String method = attr(attrs, "method") == null ? "get" : attr(attrs, "method");
      Map<String, List<String>> fields = new LinkedHashMap<>();
      List<String> files = new ArrayList<>();
      fields(body, fields, files);
      List<String[]> buttons = new ArrayList<>();
      boolean submittable = body.contains("type=\"submit\"");
      Matcher button = BUTTON.matcher(body);
      while (button.find()) {
        String name = attr(button.group(1), "name");
        String type = attr(button.group(1), "type");
        if (!"button".equals(type) && !"reset".equals(type)) {
          submittable = true;
          if (name != null) {
            buttons.add(new String[] {name, valueOr(attr(button.group(1), "value"), "")});
          }
        }
      }
      if (!submittable) {
        // Without a submit button a form of several fields cannot be sent: it is not offered.
        continue;
      }
      if (buttons.isEmpty()) {
        out.add(new Submission(method, unescape(action), fields, files));
      }
      for (String[] b : buttons) {
        Map<String, List<String>> withButton = new LinkedHashMap<>(fields);
        withButton.put(b[0], List.of(b[1]));
        out.add(new Submission(method, unescape(action), withButton, files));
      }
    }
    Matcher hx = HX_POST.matcher(html);
    while (hx.find()) {
      out.add(new Submission("post", unescape(hx.group(1)), Map.of(), List.of()));
    }
    return new OfferedForms(out);
  }

  private static void fields(String body, Map<String, List<String>> fields, List<String> files) {
    Matcher input = INPUT.matcher(body);
    while (input.find()) {
      String a = input.group(1);
      String name = attr(a, "name");
      String type = valueOr(attr(a, "type"), "text").toLowerCase();
      if (name == null || name.equals("_csrf")) {
        continue;
      }
      String value = attr(a, "value");
      switch (type) {
        case "checkbox", "radio" -> {
          if (a.contains("checked")) {
            fields.computeIfAbsent(name, k -> new ArrayList<>()).add(valueOr(value, "on"));
          }
        }
        case "file" -> files.add(name);
        case "submit", "button", "reset", "image" -> {}
        default ->
            fields
                .computeIfAbsent(name, k -> new ArrayList<>())
                .add(value == null || value.isEmpty() ? plausible(type, a, name) : unescape(value));
      }
    }
    Matcher select = SELECT.matcher(body);
    while (select.find()) {
      String name = attr(select.group(1), "name");
      if (name == null) {
        continue;
      }
      String chosen = null;
      String firstReal = null;
      Matcher option = OPTION.matcher(select.group(2));
      while (option.find()) {
        String value = valueOr(attr(option.group(1), "value"), option.group(2).strip());
        if (option.group(1).contains("selected") && chosen == null) {
          chosen = value;
        }
        if (firstReal == null && !value.isEmpty()) {
          firstReal = value;
        }
      }
      String value = chosen != null && !chosen.isEmpty() ? chosen : firstReal;
      fields.put(name, List.of(value == null ? "" : unescape(value)));
    }
    Matcher area = TEXTAREA.matcher(body);
    while (area.find()) {
      String name = attr(area.group(1), "name");
      if (name != null) {
        String text = area.group(2).strip();
        fields.put(name, List.of(text.isEmpty() ? "Nội dung kiểm tra" : unescape(text)));
      }
    }
  }

  private static String plausible(String type, String attrs, String name) {
    return switch (type) {
      case "date" -> LocalDate.now().plusDays(10).toString();
      case "number" -> valueOr(attr(attrs, "min"), "1");
      case "email" -> "kiem.tra@example.vn";
      case "password" -> "Mat-khau-kiem-tra-2025";
      case "hidden" -> "";
      default -> name.toLowerCase().contains("code") ? "KT-" + System.nanoTime() : "Kiểm tra";
    };
  }

  private static String attr(String attrs, String name) {
    Matcher m = Pattern.compile("(?:^|\\s)" + name + "=\"([^\"]*)\"").matcher(attrs);
    return m.find() ? m.group(1) : null;
  }

  private static String valueOr(String value, String fallback) {
    return value == null ? fallback : value;
  }

  private static String unescape(String text) {
    return text.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'");
  }
}
