/**
 * Working days in Vietnam: Saturdays, Sundays and the public holidays of the Labour Code 2019 (art.
 * 112), the lunar ones computed from the Vietnamese lunar calendar at UTC+7, with compensatory days
 * (art. 111.3), and the official swapped days an administrator records for each year. Dossier due
 * dates and lateness count in these days ({@link vn.parindex.workday.WorkingDays}).
 */
package vn.parindex.workday;
