package vn.parindex.unit.catalogue;

import java.util.List;

/**
 * One unit of the catalogue: its code, its name as published ("Xã Vĩnh Linh"), its province's code
 * (null for a province) and the names of the former units it was formed from.
 */
record CatalogueEntry(String code, String name, String provinceCode, List<FormerName> formedFrom) {

  boolean province() {
    return provinceCode == null;
  }
}
