package vn.parindex.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageBytesTest {

  private static byte[] bytes(PageBytes page) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    page.writeTo(out);
    assertThat(out.size()).isEqualTo(page.length());
    return out.toByteArray();
  }

  @Test
  void valuesAreEncodedAsStringGetBytesEncodesThem() throws Exception {
    String text = "Xã Vĩnh Chấp · 25,00 <b> 😀 \ud800 lẻ \udc00 cuối";
    PageBytes page = PageBytes.take();
    page.writeContent(text);
    page.writeContent("[" + text + "]", 1, text.length() + 1);
    assertThat(bytes(page)).isEqualTo((text + text).getBytes(StandardCharsets.UTF_8));
    page.release();
  }

  @Test
  void fixedTextAndValuesFollowEachOtherPastTheFirstBuffer() throws Exception {
    StringBuilder expected = new StringBuilder();
    PageBytes page = PageBytes.take();
    byte[] fixed = "<td class=\"num\">".getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 20_000; i++) {
      page.writeBinaryContent(fixed);
      page.writeContent("Tiêu chí " + i);
      expected.append("<td class=\"num\">").append("Tiêu chí ").append(i);
    }
    assertThat(page.length()).isGreaterThan(PageBytes.KEPT);
    assertThat(bytes(page)).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
    page.release();
    PageBytes next = PageBytes.take();
    next.writeContent("mới");
    assertThat(bytes(next)).isEqualTo("mới".getBytes(StandardCharsets.UTF_8));
    next.release();
  }
}
