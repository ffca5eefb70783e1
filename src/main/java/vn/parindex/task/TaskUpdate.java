package vn.parindex.task;

import java.time.LocalDateTime;
import java.util.List;

/** A progress report or status change of a task, with the evidence files posted with it. */
public record TaskUpdate(
    long id,
    String authorName,
    LocalDateTime at,
    Integer progress,
    String comment,
    String statusFrom,
    String statusTo,
    List<EvidenceFile> files) {}
