/*
 * report.h - the readable summary of a plan set (planreport -f text).
 */
#ifndef PLAN_REPORT_H
#define PLAN_REPORT_H

#include <stdio.h>

#include "model.h"

/* Writes one summary block per plan; returns 0, or -1 on a write error. */
int plan_report_text(const plan_set *set, FILE *out);

#endif
