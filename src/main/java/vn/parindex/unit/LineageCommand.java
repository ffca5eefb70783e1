package vn.parindex.unit;

import java.time.LocalDate;

/** "This unit became (part of) {@code successorCode} on {@code effectiveOn}". */
public record LineageCommand(String successorCode, String kind, LocalDate effectiveOn) {}
