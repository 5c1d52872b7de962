/*
 * partner.h - a partner's updates file checked without its plan.
 *
 * A partner agency keeps its separate-form updates (SPEC.md section 8) in
 * a file of its own, for actions that a plan file of the repository
 * defines.  Read alone, every one of its updates is "for unknown action";
 * plan_partner_explain looks for the actions in the other plan files of
 * the work tree and, where one defines them, puts one error in place of
 * those: which file defines them, and the command that checks them
 * together.
 */
#ifndef PLAN_PARTNER_H
#define PLAN_PARTNER_H

#include "load.h"
#include "model.h"

/*
 * Whether some separate-form update of the linked set names an action
 * that no plan of the set has (not one that several have).
 */
int plan_partner_unknown(const plan_set *set);

/*
 * For the linked set, read from the files named: the unknown-id errors of
 * updates whose actions one of paths (the plan files of the work tree,
 * relative to the current directory: plan_work_tree_plans) defines, file
 * by file, become one error, at the first of them, that names the plan
 * files that define the actions and the command that reads them with the
 * file.  paths are read as opt says, with what they include, into a set
 * of their own that is freed before the return; their problems are not
 * reported.  PLAN_OK or PLAN_ENOMEM.
 */
int plan_partner_explain(plan_set *set, const char *const *paths, size_t n, const plan_load_options *opt);

#endif
