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

/*
 * Lines that could not be read (a syntax error already says why).  A
 * directive whose id is unreadable still opens its scope, so that its
 * fields are judged in place; its id (the text written) is not registered.
 */
void plan_build_directive_unread(plan_builder *b, plan_kind kind, const char *written,
				 plan_span id_span, plan_span line);

/* A field f written in the current directive but unreadable: see PLAN_UNREAD. */
void plan_build_unread(plan_builder *b, plan_word f);

/* An update for the action target (a reference) whose line is unreadable: see plan_update.unread. */
void plan_build_unread_update(plan_builder *b, const char *target, plan_span target_span,
			      plan_span line);

/*
 * A rating or a decision written as a "status" of an action ("status
 * complete", "RAG: green"), value being what follows the word: writes the
 * fix into msg ("a rating goes on the update line: \"update 2019-01-10
 * green\"", with the date of the action's last update) and returns 1, the
 * action's update or decision counting as written; 0 when value is neither.
 */
int plan_build_status_advice(plan_builder *b, const char *value, char *msg, size_t size);

/*
 * The decision verb the first word of text means: a verb, a word plans use
 * for one ("closed", "done", "ongoing", "withdrawn") or a verb misspelt;
 * 0 when none.
 */
plan_verb plan_verb_near(const char *text);

#endif
