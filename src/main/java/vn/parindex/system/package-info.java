/** Cross-cutting set-up: web, security, i18n, error mapping. Nothing depends on it. */
package vn.parindex.system;
