/**
 * Administrative units (province, district, commune …), their hierarchy and lineage across mergers.
 */
package vn.parindex.unit;
