package vn.parindex.unit;

import java.time.LocalDate;

/** One link of unit lineage: {@code predecessor} became (part of) {@code successor} on a date. */
public record Lineage(
    Long predecessorId, Long successorId, LineageKind kind, LocalDate effectiveOn) {}
