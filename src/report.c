/*
 * report.c - a short summary per plan: its size, who leads, what was
 * decided, how up to date it is.  An action counts as having an owner by
 * the rule of the missing-owner check (plan_action_has_owner), so that
 * the report and plancheck never disagree about it.
 */
#include "report.h"
#include "check.h"
#include "diag.h"

int plan_report_text(const plan_set *set, FILE *out)
{
	const plan_plan *p;

	for (p = set->plans.head; p; p = p->next) {
		size_t verbs[PLAN_VERB_DECOMMISSION + 1] = { 0 };
		size_t rag[PLAN_RAG_GREEN + 1] = { 0 };
		size_t led = 0, updates = 0, dated = 0, undecided = 0;
		const plan_action *a;
		char period[64] = "";

		if (p->period) {
			snprintf(period, sizeof(period), "%s", p->period->written);
		}
		for (a = p->actions.head; a; a = a->next) {
			const plan_decision *d = plan_action_decision(a);
			const plan_update *u;
			plan_rag last = PLAN_RAG_NONE;

			if (plan_action_has_owner(a))
				led++;
			if (d)
				verbs[d->verb]++;
			else
				undecided++;
			for (u = a->updates.head; u; u = u->next) {
				updates++;
				dated += u->has_date != 0;
				if (u->rag)
					last = u->rag;
			}
			rag[last]++;
		}
		plan_puts_safe(out, p->id);
		fputs("  ", out);
		plan_puts_safe(out, p->title);
		fputc('\n', out);
		if (p->board || period[0]) {
			fprintf(out, "  %s", period[0] ? "period " : "");
			plan_puts_safe(out, period);
			fputs(period[0] && p->board ? ", board " : p->board ? "board " : "", out);
			plan_puts_safe(out, p->board);
			fputc('\n', out);
		}
		fprintf(out, "  %zu sections, %zu objectives, %zu actions\n",
			p->sections.count, p->objectives.count, p->actions.count);
		fprintf(out, "  leads: %zu actions with an owner, %zu without\n",
			led, p->actions.count - led);
		fprintf(out, "  decisions: %zu continue, %zu complete, %zu remove, "
			"%zu decommissioned, %zu none\n",
			verbs[PLAN_VERB_CONTINUE], verbs[PLAN_VERB_COMPLETE],
			verbs[PLAN_VERB_REMOVE], verbs[PLAN_VERB_DECOMMISSION], undecided);
		fprintf(out, "  updates: %zu (%zu dated); last RAG: %zu green, %zu amber, "
			"%zu red, %zu unrated\n", updates, dated, rag[PLAN_RAG_GREEN],
			rag[PLAN_RAG_AMBER], rag[PLAN_RAG_RED], rag[PLAN_RAG_NONE]);
		if (p->next)
			fputc('\n', out);
	}
	return ferror(out) ? -1 : 0;
}
