/**
 * The demo (Vĩnh Chấp 2024, from the seed document): built on the first start of an empty database
 * through the same services a user calls, each step by its demo person at its past moment. It uses
 * every feature; no feature uses it.
 */
package vn.parindex.demo;
