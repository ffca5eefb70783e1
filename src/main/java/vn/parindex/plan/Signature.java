package vn.parindex.plan;

import vn.parindex.input.Text;

/** Who signs: "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" / the name. */
public record Signature(String authority, String title, String name) {

  public Signature {
    authority = Text.clean(authority == null ? "" : authority);
    title = Text.clean(title == null ? "" : title);
    name = Text.clean(name == null ? "" : name);
  }
}
