/*
 * report.c - a short summary per plan: its size, who leads, what was
 * decided, how up to date it is, and where each measure with figures
 * stands (its latest actual against target, as measure.h judges it).  An
 * action counts as having an owner by the rule of the missing-owner check
 * (plan_action_has_owner), so that the report and plancheck never
 * disagree about it.
 */
#include "report.h"
#include "check.h"
#include "date.h"
#include "diag.h"
#include "measure.h"

#include <string.h>

/*
 * One line for measure m of the thing id: its latest actual against the
 * target or milestone it reports on, or, before one has come due, against
 * the final target; "no actual yet" when none was reported.
 */
static void measure_line(FILE *out, const char *id, const plan_measure *m)
{
	const plan_figure *latest = plan_measure_latest(m), *due = NULL, *t;
	char name[128], v[128], w[64];
	const char *verdict = "";

	plan_measure_name(name, sizeof(name), m->text);
	fputs("    ", out);
	plan_puts_safe(out, id);
	fputs(" ", out);
	plan_puts_safe(out, name);
	fputs(": ", out);
	if (latest) {
		plan_figure_format(v, sizeof(v), m, latest);
		plan_date_human(w, sizeof(w), &latest->date);
		plan_puts_safe(out, v);
		fputs(" for ", out);
		plan_puts_safe(out, w);
		due = plan_measure_due(m, latest);
	} else {
		fputs("no actual yet", out);
	}
	t = due ? due : plan_measure_final_target(m);
	if (t) {
		plan_figure_format(v, sizeof(v), m, t);
		plan_date_human(w, sizeof(w), &t->date);
		fprintf(out, "%s %s ", latest ? "; against" : ";", plan_figure_kind_name(t->kind));
		plan_puts_safe(out, v);
		fputs(" for ", out);
		plan_puts_safe(out, w);
		if (!latest)
			verdict = "";
		else if (!due)
			verdict = ": not due yet";
		else
			switch (plan_figure_meets(m, due, latest)) {
			case 1: verdict = ": met"; break;
			case 0: verdict = ": missed"; break;
			default: verdict = ": not judged"; break;
			}
	}
	fprintf(out, "%s\n", verdict);
}

/* The measures with figures of plan p, one line each; nothing when none has any. */
static void measures_text(FILE *out, const plan_plan *p)
{
	const plan_objective *ob;
	const plan_action *a;
	const plan_measure *m;
	size_t n = 0;

	for (ob = p->objectives.head; ob; ob = ob->next)
		for (m = ob->measures.head; m; m = m->next)
			n += plan_measure_has_figures(m) != 0;
	for (a = p->actions.head; a; a = a->next)
		for (m = a->measures.head; m; m = m->next)
			n += plan_measure_has_figures(m) != 0;
	if (!n)
		return;
	fprintf(out, "  measures with figures: %zu; latest actual against target:\n", n);
	for (ob = p->objectives.head; ob; ob = ob->next)
		for (m = ob->measures.head; m; m = m->next)
			if (plan_measure_has_figures(m))
				measure_line(out, ob->id, m);
	for (a = p->actions.head; a; a = a->next)
		for (m = a->measures.head; m; m = m->next)
			if (plan_measure_has_figures(m))
				measure_line(out, a->id, m);
}

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
		fprintf(out, "  %zu section%s, %zu objective%s, %zu action%s\n",
			p->sections.count, p->sections.count == 1 ? "" : "s",
			p->objectives.count, p->objectives.count == 1 ? "" : "s",
			p->actions.count, p->actions.count == 1 ? "" : "s");
		fprintf(out, "  leads: %zu action%s with an owner, %zu without\n",
			led, led == 1 ? "" : "s", p->actions.count - led);
		fprintf(out, "  decisions: %zu continue, %zu complete, %zu remove, "
			"%zu decommissioned, %zu none\n",
			verbs[PLAN_VERB_CONTINUE], verbs[PLAN_VERB_COMPLETE],
			verbs[PLAN_VERB_REMOVE], verbs[PLAN_VERB_DECOMMISSION], undecided);
		fprintf(out, "  updates: %zu (%zu dated); last RAG: %zu green, %zu amber, "
			"%zu red, %zu unrated\n", updates, dated, rag[PLAN_RAG_GREEN],
			rag[PLAN_RAG_AMBER], rag[PLAN_RAG_RED], rag[PLAN_RAG_NONE]);
		measures_text(out, p);
		if (p->next)
			fputc('\n', out);
	}
	return ferror(out) ? -1 : 0;
}

/*
 * Writes the first lines of text (at most lines of them, "..." after when
 * there are more) as comment lines after prefix, each cut at max
 * characters; a blank line as "#".
 */
static void comment_lines(FILE *out, const char *prefix, const char *text, size_t max, int lines)
{
	while (*text && lines-- > 0) {
		size_t n = strcspn(text, "\n");
		char line[400];
		plan_clip(line, sizeof(line), text, n, max);
		if (line[0]) {
			fputs(prefix, out);
			plan_puts_safe(out, line);
		} else {
			fputc('#', out);
		}
		fputc('\n', out);
		text += n + (text[n] == '\n');
	}
	if (*text) {
		fputs(prefix, out);
		fputs("...\n", out);
	}
}

int plan_report_returns(const plan_set *set, const char *lead, long today, FILE *out)
{
	const plan_plan *p;
	const plan_action *a;
	char day[11], when[64];
	long long y;
	int m, d;
	size_t n = 0;

	plan_day_from_number(today, &y, &m, &d);
	plan_day_format(day, (int)y, m, d);
	fputs("# Updates from ", out);
	plan_puts_safe(out, lead);
	fprintf(out, ", as at %s.\n"
		"#\n"
		"# Under each action: put its rating (red, amber or green) before \"by\",\n"
		"# write what has happened since its last update in place of the TBC line\n"
		"# (more lines may follow, indented the same), and change the date if it\n"
		"# is not today's. Delete the lines of an action you have no news on.\n"
		"# Then check the file with the plan (plancheck PLAN.plan THIS.plan) and\n"
		"# send or commit it.\n", day);
	for (p = set->plans.head; p; p = p->next)
		for (a = p->actions.head; a; a = a->next) {
			plan_action_state st;
			const plan_lead *l;
			int named = 0;

			for (l = a->leads.head; l && !named; l = l->next)
				if ((named = plan_lead_names(l->text, lead)) < 0)
					return -1;
			plan_action_state_at(a, today, &st);
			if (!named || st.closed)
				continue;
			n++;
			fputs("\n# ", out);
			plan_puts_safe(out, a->id);
			fputs("  ", out);
			plan_puts_safe(out, a->title);
			fputs("\n", out);
			if (st.deadline) {
				plan_date_human(when, sizeof(when), st.deadline);
				fprintf(out, "#   deadline %s", when);
				if (st.days_overdue)
					fprintf(out, ", %ld day%s overdue", st.days_overdue,
						st.days_overdue == 1 ? "" : "s");
				fputc('\n', out);
			}
			if (st.last) {
				plan_date_human(when, sizeof(when), &st.last->date);
				fprintf(out, "#   last update %s%s%s:\n", when, st.last->rag ? ", " : "",
					st.last->rag ? plan_rag_name(st.last->rag) : "");
				comment_lines(out, "#     ", st.last->text, 72, 4);
			} else {
				fputs("#   no update yet\n", out);
			}
			fprintf(out, "%s %s%c", day, p->id, PLAN_ID_SEP);
			plan_puts_safe(out, a->id);
			fputs(" by ", out);
			plan_puts_safe(out, lead);
			fputs("\n  TBC\n", out);
		}
	if (!n) {
		fputs("\n# No open action names ", out);
		plan_puts_safe(out, lead);
		fputs(" as its lead.\n", out);
	}
	return ferror(out) ? -1 : 0;
}
