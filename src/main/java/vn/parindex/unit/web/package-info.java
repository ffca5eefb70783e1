/** The units page: the tree with its lineage, the add form and the catalogue import. */
package vn.parindex.unit.web;
