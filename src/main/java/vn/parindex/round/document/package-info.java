/**
 * The round's official documents: a unit's self-assessment report and the decision approving and
 * publishing the index with its annex, composed as {@code vn.parindex.document.Official} blocks.
 */
package vn.parindex.round.document;
