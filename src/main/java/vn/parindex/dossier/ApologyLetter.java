package vn.parindex.dossier;

import java.time.LocalDate;

/**
 * The written apology of a late dossier as the officer records it: its number and date, an optional
 * scanned copy (PDF or image), and the version it edits (null: the first recording; a second click
 * then gets the letter already recorded).
 */
public record ApologyLetter(
    String dossierCode,
    String number,
    LocalDate date,
    String fileName,
    byte[] fileContent,
    Integer version) {

  boolean hasFile() {
    return fileContent != null && fileContent.length > 0;
  }
}
