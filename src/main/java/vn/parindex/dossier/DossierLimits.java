package vn.parindex.dossier;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds on one batch of dossier records: a province's year is about a million records, a live push
 * a thousand. A JSON body past {@code maxBodyMb} is refused from its declared length before any of
 * it is read (and, without one, as soon as the count passes it); a multipart file is bounded by the
 * uploads' own limit.
 *
 * @param maxRecords records in one batch
 * @param maxBodyMb megabytes of a JSON body
 */
@ConfigurationProperties("parindex.dossiers")
record DossierLimits(@DefaultValue("1000000") int maxRecords, @DefaultValue("64") int maxBodyMb) {

  long maxBodyBytes() {
    return maxBodyMb * 1024L * 1024L;
  }
}
