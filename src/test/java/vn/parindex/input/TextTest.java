package vn.parindex.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

  @ParameterizedTest(name = "{0} is dropped")
  @ValueSource(
      strings = {
        "\u0001", "\u0000", "\u001F", "\u007F", "\u0085", "\uFEFF", "\u200B", "\u200E", "\u202E",
        "\u2066"
      })
  void dropsInvisibleCharactersInsideACell(String invisible) {
    assertThat(Text.clean("Báo" + invisible + "cáo")).isEqualTo("Báocáo");
  }

  @Test
  void turnsWordsVerticalTabIntoALineBreak() {
    assertThat(Text.clean("dòng 1\u000Bdòng 2")).isEqualTo("dòng 1\ndòng 2");
  }

  @Test
  void keepsLineBreaksAndFoldsBlanks() {
    assertThat(Text.clean("  a \t b\u00A0 \r\n  c  ")).isEqualTo("a b\nc");
  }

  @Test
  void oneLineFoldsLineBreaks() {
    assertThat(Text.line("Bộ chỉ số\r\nnăm 2025")).isEqualTo("Bộ chỉ số năm 2025");
    assertThat(Text.lineOrNull(" \u0001 ")).isNull();
  }

  @Test
  void composesVietnameseToNfc() {
    String decomposed = Normalizer.normalize("Vĩnh Chấp", Normalizer.Form.NFD);

    assertThat(Text.clean(decomposed)).isEqualTo("Vĩnh Chấp");
    assertThat(Normalizer.isNormalized(Text.clean(decomposed), Normalizer.Form.NFC)).isTrue();
  }

  @Test
  void nullStaysNull() {
    assertThat(Text.clean(null)).isNull();
    assertThat(Text.cleanOrNull("  ")).isNull();
  }

  @Test
  void aTextTakenAsCleanIsExactlyWhatCleaningGives() {
    // the short cut must never return a text the patterns would have changed
    String[] pieces = {
      "a",
      "Ấ",
      "ộ",
      " ",
      "  ",
      "\t",
      "\n",
      "\r",
      "\u000B",
      "\u000C",
      "\u00A0",
      "\u0085",
      "\u0300",
      "\u0301",
      "\u0323",
      "\u1680",
      "\u2003",
      "\u200B",
      "\u2013",
      "\u205F",
      "\u2028",
      "\u202F",
      "\u3000",
      "\uFEFF",
      "\uFFFA",
      "\uD83D\uDE00",
      "e\u0301",
      "\u00E9",
      "Vĩnh",
      "1,5",
      "–",
      "Đ"
    };
    java.util.Random random = new java.util.Random(11);
    int taken = 0;
    for (int i = 0; i < 50_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(6); k >= 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String raw = text.toString();
      if (Text.alreadyClean(raw)) {
        taken++;
        assertThat(Text.cleanedTheLongWay(raw))
            .as("%s", raw.codePoints().boxed().toList())
            .isEqualTo(raw);
      }
      assertThat(Text.clean(raw)).isEqualTo(Text.cleanedTheLongWay(raw));
    }
    assertThat(taken).isGreaterThan(2_500);
    for (int i = 0; i < 50_000; i++) {
      // any BMP character beside letters and spaces
      String raw = "a" + (char) random.nextInt(0x10000) + (random.nextBoolean() ? " " : "") + "ê";
      if (Text.alreadyClean(raw)) {
        assertThat(Text.cleanedTheLongWay(raw)).isEqualTo(raw);
      }
    }
    assertThat(Text.alreadyClean("Văn phòng – Thống kê")).isTrue();
    assertThat(Text.alreadyClean(Normalizer.normalize("Văn phòng", Normalizer.Form.NFD))).isFalse();
  }

  @Test
  void charactersTakenAsComposedAreNfcBesideEachOther() {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x3000; c++) {
      if (Text.composedAlone(c)) {
        all.append(c);
      }
    }
    String chars = all.toString();
    assertThat(chars).contains("ệ", "ư", "ơ", "đ", "Ạ", "–", "…");
    char[] pair = new char[2];
    for (int i = 0; i < chars.length(); i++) {
      for (int j = 0; j < chars.length(); j++) {
        pair[0] = chars.charAt(i);
        pair[1] = chars.charAt(j);
        String text = new String(pair);
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
          throw new AssertionError("not NFC: " + text.codePoints().boxed().toList());
        }
      }
    }
  }
}
