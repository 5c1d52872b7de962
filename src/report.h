/*
 * report.h - the readable summary of a plan set (planreport -f text).
 */
#ifndef PLAN_REPORT_H
#define PLAN_REPORT_H

#include <stdio.h>

#include "model.h"

/* Writes one summary block per plan; returns 0, or -1 on a write error. */
int plan_report_text(const plan_set *set, FILE *out);

/*
 * Writes the returns file of lead (planreport --format=returns): for each
 * open action whose leads name lead (plan_lead_names), a comment block and
 * a separate-form update line dated today (a day number) to complete.
 * Returns 0, or -1 on a write error or when memory ran out.
 */
int plan_report_returns(const plan_set *set, const char *lead, long today, FILE *out);

#endif
