package vn.parindex.unit.catalogue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import vn.parindex.input.Text;

/**
 * The catalogue shipped in {@code src/main/resources/catalogue} (source and licence in its
 * SOURCE.md): provinces first, then communes, wards and special zones, names in NFC.
 */
final class UnitCatalogue {

  static final String PROVINCES = "catalogue/admin-units-2025-provinces.csv";
  static final String COMMUNES = "catalogue/admin-units-2025-communes.csv";

  private static volatile List<CatalogueEntry> loaded;

  private UnitCatalogue() {}

  /** Read once: the files ship with the application and never change while it runs. */
  static List<CatalogueEntry> load() {
    List<CatalogueEntry> entries = loaded;
    if (entries == null) {
      entries = read();
      loaded = entries;
    }
    return entries;
  }

  private static List<CatalogueEntry> read() {
    List<CatalogueEntry> entries = new ArrayList<>();
    for (CSVRecord r : read(PROVINCES)) {
      String name = Text.clean(r.get("province_name"));
      entries.add(
          new CatalogueEntry(
              r.get("province_code").strip(),
              name,
              null,
              FormerName.provinces(r.get("merged_from"), name)));
    }
    for (CSVRecord r : read(COMMUNES)) {
      String name = Text.clean(r.get("ward_name"));
      entries.add(
          new CatalogueEntry(
              r.get("ward_code").strip(),
              name,
              r.get("province_code").strip(),
              FormerName.list(r.get("merged_from"), name)));
    }
    return List.copyOf(entries);
  }

  private static List<CSVRecord> read(String path) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader in =
        new InputStreamReader(
            new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
      return format.parse(in).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException("the shipped catalogue " + path, e);
    }
  }
}
