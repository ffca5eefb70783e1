/** A score table's appendix read from CSV, XLSX or DOCX and imported as an assessment. */
package vn.parindex.assessment.imports;
