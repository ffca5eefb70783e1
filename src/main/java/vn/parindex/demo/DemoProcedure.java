package vn.parindex.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ClassPathResource;

/**
 * One procedure of the demo commune's one-stop catalogue (labelled demo: codes {@code DEMO-…}),
 * with how many of its 2024 dossiers were online, paid online, without digitised components,
 * without an electronic result, late and apologised for: the ledger from which the 2024 records are
 * generated, chosen so that the indicators reproduce the seed's published rates.
 */
record DemoProcedure(
    String code,
    String name,
    String field,
    int level,
    long fee,
    int days,
    int dossiers,
    int online,
    int paid,
    int notDigitised,
    int noEResult,
    int late,
    int apologised) {

  static final String RESOURCE = "demo/thu-tuc-vinh-chap.csv";

  /** Partly (3) or fully (4) online: the procedures {@code SERVICES_WITH_ONLINE} counts. */
  boolean onlineCapable() {
    return level >= 3;
  }

  /** The catalogue in its file's order. */
  static List<DemoProcedure> catalogue() {
    try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(DemoProcedure::parse)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DemoProcedure parse(String line) {
    String[] f = line.split(";", -1);
    return new DemoProcedure(
        f[0],
        f[1],
        f[2],
        Integer.parseInt(f[3]),
        Long.parseLong(f[4]),
        Integer.parseInt(f[5]),
        Integer.parseInt(f[6]),
        Integer.parseInt(f[7]),
        Integer.parseInt(f[8]),
        Integer.parseInt(f[9]),
        Integer.parseInt(f[10]),
        Integer.parseInt(f[11]),
        Integer.parseInt(f[12]));
  }
}
