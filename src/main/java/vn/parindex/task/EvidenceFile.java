package vn.parindex.task;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** An evidence file's metadata; the content lives in the store under its SHA-256. */
public record EvidenceFile(
    long id,
    long taskId,
    Long taskUpdateId,
    String sha256,
    long sizeBytes,
    String contentType,
    String originalName,
    String docNumber,
    LocalDate docDate,
    String issuer,
    String title,
    LocalDateTime uploadedAt) {}
