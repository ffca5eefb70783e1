package vn.parindex.assessment.imports;

import java.math.BigDecimal;
import vn.parindex.assessment.AssessmentStage;
import vn.parindex.assessment.StatedRank;

/**
 * An appendix table to import for a unit (by code) and year, optionally against a given criteria
 * set; {@code statedLoss} and the rank override what a Word document's text says.
 */
public record ImportCommand(
    String unitCode,
    int year,
    Long frameworkId,
    AssessmentStage stage,
    String fileName,
    byte[] content,
    BigDecimal statedLoss,
    StatedRank statedRank) {}
