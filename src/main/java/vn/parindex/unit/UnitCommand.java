package vn.parindex.unit;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A request to register a unit; {@code type} stays text so a wrong one is reported, not lost. */
public record UnitCommand(
    String code,
    String name,
    String type,
    String parentCode,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo) {}
