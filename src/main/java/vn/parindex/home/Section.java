package vn.parindex.home;

import java.util.List;

/**
 * One block of the home page: a heading, its lines (at most {@link #SHOWN}, {@code more} left off),
 * what it says when it has none, and the pages it leads to.
 */
record Section(
    String id, String titleKey, String emptyKey, List<Item> items, int more, List<Link> actions) {

  static final int SHOWN = 10;

  /** One line: what, where to do it, a note (due date, counts), late or not. */
  record Item(Label label, String href, Label note, boolean late) {

    static Item link(Label label, String href, Label note) {
      return new Item(label, href, note, false);
    }
  }

  /** A button under the block. */
  record Link(String labelKey, String href) {}

  static Section of(
      String id, String titleKey, String emptyKey, List<Item> items, Link... actions) {
    int more = Math.max(0, items.size() - SHOWN);
    return new Section(
        id,
        titleKey,
        emptyKey,
        List.copyOf(items.subList(0, Math.min(SHOWN, items.size()))),
        more,
        List.of(actions));
  }
}
