/**
 * The home page: what the signed-in person must do now, by role (PAR officer, leader, department
 * official, supervisor, appraiser, administrator), each line a link to where it is done. It only
 * reads, through the small public read methods of the features it shows.
 */
package vn.parindex.home;
