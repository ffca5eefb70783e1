package vn.parindex.demo;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.parindex.account.CurrentUser;
import vn.parindex.dossier.DossierImport;
import vn.parindex.dossier.ProcedureImport;

/**
 * Pushes the demo commune's one-stop records through the import a one-stop system calls: its
 * procedure catalogue, the generated year 2024 (whose indicators reproduce the seed's published
 * rates) and the weeks before the load day; then the one-stop official records the apology letters
 * the demo's late dossiers have ({@link DemoApologies}).
 */
@Component
class DemoDossierLoad {

  static final String ONE_STOP = "mot.cua";

  private final ProcedureImport procedures;
  private final DossierImport dossiers;
  private final DemoApologies apologies;
  private final DemoTasks people;

  DemoDossierLoad(
      ProcedureImport procedures,
      DossierImport dossiers,
      DemoApologies apologies,
      DemoTasks people) {
    this.procedures = procedures;
    this.dossiers = dossiers;
    this.apologies = apologies;
    this.people = people;
  }

  /** Loads the records of {@code unitId} up to {@code now}; the number of dossiers pushed. */
  int load(long unitId, LocalDateTime now) {
    List<DemoProcedure> catalogue = DemoProcedure.catalogue();
    procedures.json(unitId, new ByteArrayInputStream(DemoDossierJson.procedures(catalogue)));
    List<DemoDossier> year = DemoDossiers.year2024(catalogue);
    List<DemoDossier> recent = DemoDossiers.recent(catalogue, now);
    dossiers.json(unitId, new ByteArrayInputStream(DemoDossierJson.dossiers(year)));
    dossiers.json(unitId, new ByteArrayInputStream(DemoDossierJson.dossiers(recent)));
    CurrentUser official = people.person(ONE_STOP);
    apologies.record(unitId, year, official, now);
    apologies.record(unitId, recent, official, now);
    return year.size() + recent.size();
  }
}
