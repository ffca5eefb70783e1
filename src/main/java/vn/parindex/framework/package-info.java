/**
 * Criteria sets as data: versioned trees of criteria with max points and a scoring rule per leaf.
 */
package vn.parindex.framework;
