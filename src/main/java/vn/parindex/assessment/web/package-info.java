/** Assessment and ranking pages, and the assessments, rankings and results REST API. */
package vn.parindex.assessment.web;
