/** Users, roles and unit scopes; the audit trail of who changed what. */
package vn.parindex.account;
