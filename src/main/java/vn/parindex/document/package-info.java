/**
 * Primitives shared by the official documents (Decree 30/2020 layout): Word runs and page setup,
 * the embedded Times-compatible font, line breaking by its metrics, workbook row heights.
 */
package vn.parindex.document;
