/**
 * The one-stop shop's dossier records and procedure catalogue, as each one-stop system syncs them
 * to the national public-service portal, and the service-quality indicators (Decision 766) computed
 * from them: on time, online, fully online, paid online, digitised, electronic result, online
 * services with dossiers, apologies for late dossiers.
 */
package vn.parindex.dossier;
