/** Obligations calendar, reminders and escalation by e-mail and in-app notifications. */
package vn.parindex.reminder;
