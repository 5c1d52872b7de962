/*
 * build.h - how the parser builds the model.
 *
 * The grammar recognises lines; a plan_builder decides what they mean:
 * which directive a field belongs to, whether it may appear there and
 * how often, and which id it registers.  One builder per file: an
 * included file starts with its includer's context (plan, section,
 * objective), and what it opens ends with it.
 */
#ifndef PLAN_BUILD_H
#define PLAN_BUILD_H

#include "model.h"
#include "words.h"

typedef struct plan_builder plan_builder;

/* Loads the file an include line names; returns 0 or a negative code. */
typedef int (*plan_include_fn)(plan_builder *b, const char *path, plan_loc loc);

struct plan_builder {
	plan_set *set;                 /* borrowed */
	plan_source *src;              /* the file being parsed; borrowed */
	plan_plan *plan;               /* context: the innermost open directives */
	plan_section *section;
	plan_objective *objective;
	plan_action *action;
	plan_kind block;               /* what fields now belong to; 0: nothing */
	plan_include_fn include;       /* NULL: include lines are errors */
	void *include_ctx;
	int oom;                       /* an allocation failed */
};

/* "plan", "section", "objective" or "action" line. */
void plan_build_directive(plan_builder *b, plan_kind kind, const char *id,
			  plan_span id_span, const char *title, plan_span line);

/* A field whose value is text (title, statement, lead, ...). */
void plan_build_text(plan_builder *b, plan_word f, const char *text, plan_span line);

/* period, due, review or start; has_cont: indented text followed with no note. */
void plan_build_when(plan_builder *b, plan_word f, plan_when *w, int has_cont);

void plan_build_decision(plan_builder *b, plan_decision *d);

/*
 * A baseline, target, milestone or actual line (f->kind is set here from
 * f): it belongs to the last measure of the objective or action open,
 * and its value is read (measure.h).  first_len is the length of the
 * line's own text in f->text; more is continuation lines.
 */
void plan_build_figure(plan_builder *b, plan_word f, plan_figure *fig, size_t first_len);

/* An update under the current action, or (u->target set) in separate form. */
void plan_build_update(plan_builder *b, plan_update *u);

void plan_build_include(plan_builder *b, const char *path, plan_span line);

#endif
