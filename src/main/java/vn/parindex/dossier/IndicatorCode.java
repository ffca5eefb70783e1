package vn.parindex.dossier;

/**
 * The service-quality indicators computed from dossier records (Decision 766/QĐ-TTg). Each is a
 * numerator over a denominator of dossiers (or, for {@link #SERVICES_WITH_ONLINE}, of procedures)
 * in a period; its name and definition are in the bundle under {@code dossier.indicator.<CODE>}.
 */
public enum IndicatorCode {
  /** Finished on or before the effective due date ÷ finished in the period. */
  ON_TIME,
  /** Received online ÷ received. */
  ONLINE,
  /** Received online for fully-online procedures ÷ received for them. */
  FULL_ONLINE,
  /** Paid online ÷ received with a fee above zero. */
  ONLINE_PAYMENT,
  /** Received with digitised components ÷ received. */
  DIGITISED,
  /** Finished with an electronic result ÷ finished. */
  E_RESULT,
  /** Online-capable procedures with at least one online dossier ÷ online-capable procedures. */
  SERVICES_WITH_ONLINE,
  /** Late dossiers with a written apology ÷ late dossiers (finished in the period). */
  APOLOGY
}
