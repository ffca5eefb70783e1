package vn.parindex.assessment.imports;

/**
 * One line of an appendix table after continuation rows were joined: cell texts (NFC, markup
 * removed), not yet interpreted. {@code row} is the row number the user sees.
 */
record AppendixLine(
    int row,
    String code,
    String content,
    String max,
    String points,
    String reason,
    String measure,
    String note) {}
