/**
 * What every import shares: NFC text, decimals with a comma or a point, file-kind sniffing and
 * problems that name the row and column. Used by all features; depends on none.
 */
package vn.parindex.input;
