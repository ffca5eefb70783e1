/**
 * The official catalogue of administrative units in force since 1 July 2025 (34 provinces, 3,321
 * communes, wards and special zones), imported in one click with the lineage it states.
 */
package vn.parindex.unit.catalogue;
