package vn.parindex.home;

import vn.parindex.page.Page;

/** A text on the home page: the data itself (a task's title, a unit's name) or a message key. */
record Label(String text, String key, Object[] args) {

  static Label of(String text) {
    return new Label(text, null, null);
  }

  static Label key(String key, Object... args) {
    return new Label(null, key, args);
  }

  /** As the page shows it, in its language (a label among the arguments shown in turn). */
  public String in(Page page) {
    if (key == null) {
      return text;
    }
    Object[] shown = args.clone();
    for (int i = 0; i < shown.length; i++) {
      if (shown[i] instanceof Label label) {
        shown[i] = label.in(page);
      }
    }
    return page.t(key, shown);
  }
}
