/*
 * skeleton.h - a commented plan to start from (plancheck --new).
 */
#ifndef PLAN_SKELETON_H
#define PLAN_SKELETON_H

#include <stdio.h>

/*
 * Writes to out a commented skeleton plan whose period is the financial
 * year holding day number today (date.h), and which checks clean, with
 * --strict, on that day.  Returns 0, or -1 when writing failed.
 */
int plan_skeleton_write(FILE *out, long today);

#endif
