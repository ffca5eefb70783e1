package vn.parindex.dossier;

/**
 * A procedure of a unit's catalogue as imported: level 2 online information only, 3 partly online,
 * 4 fully online ("toàn trình"); whether it bears a fee and requires a paper result.
 */
record Procedure(String code, String name, int level, boolean feeBearing, boolean paperResult) {}
