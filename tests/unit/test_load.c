/*
 * test_load.c - reading plan files and what they include (src/load.c),
 * with real files in a temporary directory (mkdtemp under /tmp, removed
 * at the end of each test).
 *
 * Covered: include relative to the including file's directory (and to the
 * path given to plan_load_buffer); a missing include; include cycles; the
 * PLAN_MAX_INCLUDE_DEPTH limit; including a directory; plan_load_file on a
 * missing file and on a directory; a file loaded or included twice is read
 * once; an included file's directives belong to the includer's context;
 * plan_path_normalise; loading through another reader (plan_set_reader).
 * Tests named test_bug_* pin bugs these tests found (fixed since).
 */
#include "helpers.h"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include "alloc.h"

/* The temporary directory of the running test. */
static char tmpdir[64];

static int make_tmpdir(void **state)
{
	(void)state;
	strcpy(tmpdir, "/tmp/plan-test-load-XXXXXX");
	if (!mkdtemp(tmpdir))
		return -1;
	return 0;
}

static int remove_tmpdir(void **state)
{
	release_all(state);
	remove_tree(tmpdir);
	return 0;
}

/* tmpdir/rel (see path_in). */
static const char *at(const char *rel)
{
	return path_in(tmpdir, rel);
}

/* Writes text to tmpdir/rel, making the directories on the way. */
static void write_file(const char *rel, const char *text)
{
	write_text(at(rel), text);
}

/* Loads tmpdir/rel into a new set, links it and checks the return code. */
static plan_set *load(const char *rel, int want_rc)
{
	plan_set *set = track(plan_set_new());

	assert_non_null(set);
	assert_int_equal(plan_load_file(set, at(rel)), want_rc);
	assert_int_equal(plan_set_link(set), 0);
	return set;
}

static void test_include_relative_to_includer(void **state)
{
	plan_set *set;
	plan_action *a1, *a2;

	(void)state;
	/* The test runs from the project's directory, not tmpdir. */
	write_file("main.plan", "plan P Main\ninclude sub/acts.plan\n");
	write_file("sub/acts.plan", "action A1 One\ninclude more.plan\n");
	write_file("sub/more.plan", "action A2 Two\n");
	/* Files of the same names elsewhere must not be read. */
	write_file("more.plan", "action WRONG\n");
	set = load("main.plan", PLAN_OK);
	assert_errors(set, 0);
	assert_int_equal(set->nsources, 3);
	a1 = need_action(set, "A1");
	a2 = need_action(set, "A2");
	assert_null(find_action(set, "WRONG"));
	assert_ptr_equal(a1->plan, set->plans.head);
	assert_ptr_equal(a2->plan, set->plans.head);
	assert_int_equal(set->plans.head->actions.count, 2);
	/* Each thing knows the file it was written in. */
	assert_string_equal(a1->loc.src->path, at("sub/acts.plan"));
	assert_string_equal(a2->loc.src->path, at("sub/more.plan"));
	release(set);

	/* An absolute path is taken as it is. */
	{
		char text[600];
		snprintf(text, sizeof(text), "plan P Main\ninclude %s\n", at("sub/more.plan"));
		write_file("abs.plan", text);
	}
	set = load("abs.plan", PLAN_OK);
	assert_errors(set, 0);
	assert_ptr_equal(need_action(set, "A2")->plan, set->plans.head);
	release(set);
}

/* plan_load_buffer resolves includes relative to the path it is given. */
static void test_buffer_include_relative_to_path(void **state)
{
	static const char text[] = "plan P Main\ninclude acts.plan\n";
	plan_set *set = track(plan_set_new());

	(void)state;
	write_file("dir/acts.plan", "action A1\n");
	assert_non_null(set);
	assert_int_equal(plan_load_buffer(set, at("dir/virtual.plan"), text, strlen(text)),
			 PLAN_OK);
	assert_int_equal(plan_set_link(set), 0);
	assert_errors(set, 0);
	need_action(set, "A1");
	release(set);
}

/*
 * Regression test for a bug this test found (since fixed in src/):
 * plan_load_buffer gave the buffer no file identity, so an include
 * cycle back to the buffer's own path reads the file on disk a second
 * time.  Checking a.plan's content (as a hook checks a staged blob) with
 * plan_load_buffer(set, "DIR/a.plan", "plan P T\ninclude b.plan\naction
 * A1\n"), where DIR/b.plan is "include a.plan\naction B1\n" and DIR/a.plan
 * holds the same text, reports "duplicate id P" and "duplicate id A1"
 * and a cycle "b.plan includes a.plan includes b.plan", instead of one
 * "include cycle: DIR/a.plan includes DIR/b.plan includes DIR/a.plan".
 */
static void test_bug_buffer_include_cycle(void **state)
{
	static const char text[] = "plan P T\ninclude b.plan\naction A1\n";
	plan_set *set = track(plan_set_new());
	const plan_diag *g;
	char want[1200];

	(void)state;
	write_file("a.plan", text);
	write_file("b.plan", "include a.plan\naction B1\n");
	assert_int_equal(plan_load_buffer(set, at("a.plan"), text, strlen(text)), PLAN_OK);
	assert_int_equal(plan_set_link(set), 0);
	assert_null(find_diag(set, -1, "duplicate id"));
	assert_errors(set, 1);
	g = need_diag(set, PLAN_SEV_ERROR, "include cycle");
	snprintf(want, sizeof(want), "%s includes %s includes %s",
		 at("a.plan"), at("b.plan"), at("a.plan"));
	assert_non_null(strstr(g->msg, want));
	release(set);
}

/*
 * Regression test for a bug this test found (since fixed in src/):
 * include paths were normalised as text before they were opened, so
 * ".." after a symbolic link to a directory leaves the wrong directory.
 * With plans/agency a link to ../shared/agency, plans/main.plan holding
 * "include agency/updates.plan" and shared/agency/updates.plan holding
 * "include ../common.plan", the file system (cat plans/agency/../common.plan)
 * names shared/common.plan, but the loader reads plans/common.plan.
 */
static void test_bug_include_dotdot_after_symlink(void **state)
{
	plan_set *set;

	(void)state;
	write_file("shared/agency/updates.plan", "include ../common.plan\n");
	write_file("shared/common.plan", "action SHARED\n");
	write_file("plans/common.plan", "action WRONG\n");
	write_file("plans/main.plan", "plan P T\ninclude agency/updates.plan\n");
	assert_int_equal(symlink("../shared/agency", at("plans/agency")), 0);
	/* shared/ is outside plans/, the tree of plans/main.plan: allowed here. */
	{
		plan_load_options opt = PLAN_LOAD_OPTIONS_INIT;
		opt.allow_outside = 1;
		set = track(plan_set_new());
		assert_int_equal(plan_set_load_options(set, &opt), PLAN_OK);
		assert_int_equal(plan_load_file(set, at("plans/main.plan")), PLAN_OK);
		assert_int_equal(plan_set_link(set), 0);
	}
	assert_errors(set, 0);
	assert_null(find_action(set, "WRONG"));
	need_action(set, "SHARED");
	release(set);
}

static void normalised(const char *in, const char *want)
{
	char buf[256];

	snprintf(buf, sizeof(buf), "%s", in);
	plan_path_normalise(buf);
	if (strcmp(buf, want) != 0)
		fprintf(stderr, "plan_path_normalise(\"%s\") = \"%s\", want \"%s\"\n", in, buf, want);
	assert_string_equal(buf, want);
}

static void test_path_normalise(void **state)
{
	(void)state;
	normalised("a/b.plan", "a/b.plan");
	normalised("a/./b.plan", "a/b.plan");
	normalised("./a.plan", "a.plan");
	normalised("a//b.plan", "a/b.plan");
	normalised("a/x/../b.plan", "a/b.plan");
	normalised("a/x/y/../../b.plan", "a/b.plan");
	normalised("../a.plan", "../a.plan");
	normalised("../../a.plan", "../../a.plan");
	normalised("a/../../b.plan", "../b.plan");
	normalised("/tmp/./x/../a.plan", "/tmp/a.plan");
	normalised("/a.plan", "/a.plan");
	normalised("a/", "a");
	normalised(".", ".");
	normalised("a/..", ".");
	normalised("/", "/");
	normalised("", ".");
}

/* An in-memory reader: files are name/text pairs; ids are their index. */
struct mem_file {
	const char *path, *text;
};

struct mem_fs {
	const struct mem_file *files;
	size_t n;
	int reads;
};

static int mem_read(void *ctx, const char *path, char **out, size_t *len, plan_file_id *id)
{
	struct mem_fs *fs = ctx;
	char norm[256];
	size_t i;

	/* Like the git readers: names are looked up in canonical form. */
	snprintf(norm, sizeof(norm), "%s", path);
	plan_path_normalise(norm);
	for (i = 0; i < fs->n; i++) {
		if (strcmp(fs->files[i].path, norm) == 0) {
			size_t n = strlen(fs->files[i].text);
			*out = plan_malloc(n ? n : 1);
			if (!*out)
				return PLAN_ENOMEM;
			memcpy(*out, fs->files[i].text, n);
			*len = n;
			id->a = 1;
			id->b = i;
			fs->reads++;
			return 0;
		}
	}
	return plan_error_set(PLAN_EREAD, "not in the index");
}

/* A set can read through another reader: includes, read-once and cycles work the same. */
static void test_reader(void **state)
{
	static const struct mem_file files[] = {
		{ "p/main.plan", "plan P T\ninclude sub/a.plan\ninclude ./sub/a.plan\n"
				 "include sub/../sub/b.plan\ninclude gone.plan\n" },
		{ "p/sub/a.plan", "action A1\n" },
		{ "p/sub/b.plan", "action B1\ninclude ../main.plan\n" },
	};
	struct mem_fs fs = { files, 3, 0 };
	plan_reader r;
	plan_set *set = track(plan_set_new());
	const plan_diag *g;

	(void)state;
	r.read = mem_read;
	r.ctx = &fs;
	r.lexical = 0;
	assert_int_equal(plan_set_reader(set, &r), PLAN_OK);
	assert_int_equal(plan_load_file(set, "p/main.plan"), PLAN_OK);
	assert_int_equal(plan_set_link(set), 0);
	need_action(set, "A1");
	need_action(set, "B1");
	assert_int_equal(set->plans.head->actions.count, 2);
	assert_null(find_diag(set, -1, "duplicate"));
	/* Read once: the second include of sub/a.plan is a note. */
	assert_int_equal(diag_line(need_diag(set, PLAN_SEV_NOTE, "read already")), 3);
	/* The cycle back to main.plan, found by the reader's ids. */
	g = need_diag(set, PLAN_SEV_ERROR, "include cycle");
	assert_non_null(strstr(g->msg, "p/main.plan includes p/sub/../sub/b.plan includes "
				       "p/sub/../sub/../main.plan"));
	/* A file the reader does not have, with its reason. */
	g = need_diag(set, PLAN_SEV_ERROR, "cannot include");
	assert_non_null(strstr(g->msg, "not in the index"));
	assert_int_equal(diag_line(g), 5);
	assert_errors(set, 2);
	/* No p/ exists on disk: all of it came through the reader.  A path
	 * read before is not read again (./sub/a.plan and sub/../sub/b.plan
	 * are other paths to a reader that is not lexical, read to be known). */
	assert_int_equal(fs.reads, 5);
	release(set);

	/* plan_load_file of a path the reader does not have. */
	fs.reads = 0;
	set = track(plan_set_new());
	assert_int_equal(plan_set_reader(set, &r), PLAN_OK);
	assert_int_equal(plan_load_file(set, "p/none.plan"), PLAN_EREAD);
	need_diag(set, PLAN_SEV_ERROR, "not in the index");
	release(set);

	/* A lexical reader (git's): included files are named without "x/..",
	 * and each is read once: the second include of sub/a.plan and the
	 * include of main.plan that closes the cycle read nothing. */
	r.lexical = 1;
	fs.reads = 0;
	set = track(plan_set_new());
	assert_int_equal(plan_set_reader(set, &r), PLAN_OK);
	assert_int_equal(plan_load_file(set, "p/main.plan"), PLAN_OK);
	g = need_diag(set, PLAN_SEV_ERROR, "include cycle");
	assert_non_null(strstr(g->msg, "p/main.plan includes p/sub/b.plan includes p/main.plan"));
	assert_int_equal(diag_line(need_diag(set, PLAN_SEV_NOTE, "read already")), 3);
	assert_int_equal(fs.reads, 3);
	release(set);
}

/*
 * A file included many times is read once, through any reader: the
 * includes after the first see that it was read before reading it (each
 * read of a staged file inflates its blob), and say so.
 */
static void test_include_many_times_read_once(void **state)
{
	static char main_text[64 * 24 + 32];
	struct mem_file files[2];
	struct mem_fs fs = { files, 2, 0 };
	plan_reader r;
	plan_set *set;
	size_t o = 0;
	int i, lexical;

	(void)state;
	o += (size_t)snprintf(main_text + o, sizeof(main_text) - o, "plan P T\n");
	for (i = 0; i < 64; i++)
		o += (size_t)snprintf(main_text + o, sizeof(main_text) - o, "include part.plan\n");
	files[0].path = "main.plan";
	files[0].text = main_text;
	files[1].path = "part.plan";
	files[1].text = "action A1\n";
	for (lexical = 0; lexical < 2; lexical++) {
		r.read = mem_read;
		r.ctx = &fs;
		r.lexical = lexical;
		fs.reads = 0;
		set = track(plan_set_new());
		assert_int_equal(plan_set_reader(set, &r), PLAN_OK);
		assert_int_equal(plan_load_file(set, "main.plan"), PLAN_OK);
		/* Named again: not read again either. */
		assert_int_equal(plan_load_file(set, "part.plan"), PLAN_OK);
		assert_int_equal(plan_set_link(set), 0);
		assert_errors(set, 0);
		assert_int_equal(set->diags.count[PLAN_SEV_NOTE], 63);
		assert_int_equal(set->nsources, 2);
		assert_int_equal(fs.reads, 2);
		release(set);

		/* Named together, they are read to see which includes which:
		 * those reads are the ones parsed. */
		{
			const char *paths[] = { "part.plan", "main.plan" };
			fs.reads = 0;
			set = track(plan_set_new());
			assert_int_equal(plan_set_reader(set, &r), PLAN_OK);
			assert_int_equal(plan_load_paths(set, paths, 2), PLAN_OK);
			assert_int_equal(set->nsources, 2);
			assert_string_equal(set->sources[0]->path, "main.plan");
			assert_int_equal(fs.reads, 2);
			release(set);
		}
	}
}

static void test_include_missing(void **state)
{
	plan_set *set;
	const plan_diag *g;

	(void)state;
	write_file("main.plan", "plan P Main\n\ninclude nothere.plan\naction A1\n");
	set = load("main.plan", PLAN_OK);
	assert_errors(set, 1);
	g = need_diag(set, PLAN_SEV_ERROR, "cannot include");
	assert_non_null(strstr(g->msg, "nothere.plan"));
	assert_string_equal(g->src->path, at("main.plan"));
	assert_int_equal(diag_line(g), 3);
	assert_int_equal(diag_col(g), 1);
	/* The rest of the file is read. */
	need_action(set, "A1");
	release(set);
}

static void test_include_cycle(void **state)
{
	plan_set *set;
	const plan_diag *g;
	char want[1200];

	(void)state;
	write_file("a.plan", "plan P Main\ninclude b.plan\naction A1\n");
	write_file("b.plan", "action B1\n\ninclude a.plan\naction B2\n");
	set = load("a.plan", PLAN_OK);
	assert_errors(set, 1);
	g = need_diag(set, PLAN_SEV_ERROR, "include cycle");
	snprintf(want, sizeof(want), "%s includes %s includes %s",
		 at("a.plan"), at("b.plan"), at("a.plan"));
	if (!strstr(g->msg, want))
		fprintf(stderr, "want \"%s\" in \"%s\"\n", want, g->msg);
	assert_non_null(strstr(g->msg, "a.plan includes "));
	assert_non_null(strstr(g->msg, want));
	/* At the include line of b.plan. */
	assert_string_equal(g->src->path, at("b.plan"));
	assert_int_equal(diag_line(g), 3);
	/* No action is read twice, none is lost. */
	assert_null(find_diag(set, -1, "duplicate"));
	need_action(set, "A1");
	need_action(set, "B1");
	need_action(set, "B2");
	assert_int_equal(set->plans.head->actions.count, 3);
	release(set);

	/* A file that includes itself. */
	write_file("self.plan", "plan Q Self\ninclude self.plan\n");
	set = load("self.plan", PLAN_OK);
	assert_errors(set, 1);
	g = need_diag(set, PLAN_SEV_ERROR, "include cycle");
	snprintf(want, sizeof(want), "%s includes %s", at("self.plan"), at("self.plan"));
	assert_non_null(strstr(g->msg, want));
	release(set);
}

/* f0.plan includes f1.plan ... includes f<n>.plan, which holds action DEEP. */
static void write_chain(int n)
{
	int i;

	for (i = 0; i < n; i++) {
		char name[32], text[64];
		snprintf(name, sizeof(name), "f%d.plan", i);
		snprintf(text, sizeof(text), "%sinclude f%d.plan\n", i == 0 ? "plan P Chain\n" : "",
			 i + 1);
		write_file(name, text);
	}
	{
		char name[32];
		snprintf(name, sizeof(name), "f%d.plan", n);
		write_file(name, "action DEEP\n");
	}
}

static void test_include_depth(void **state)
{
	plan_set *set;
	const plan_diag *g;
	char name[32];

	(void)state;
	/* PLAN_MAX_INCLUDE_DEPTH nested includes are fine. */
	write_chain(PLAN_MAX_INCLUDE_DEPTH);
	set = load("f0.plan", PLAN_OK);
	assert_errors(set, 0);
	assert_int_equal(set->nsources, PLAN_MAX_INCLUDE_DEPTH + 1);
	assert_ptr_equal(need_action(set, "DEEP")->plan, set->plans.head);
	release(set);

	/* One more is an error at the deepest include line. */
	write_chain(PLAN_MAX_INCLUDE_DEPTH + 1);
	set = load("f0.plan", PLAN_OK);
	assert_errors(set, 1);
	g = need_diag(set, PLAN_SEV_ERROR, "nested more than");
	snprintf(name, sizeof(name), "f%d.plan", PLAN_MAX_INCLUDE_DEPTH);
	assert_string_equal(g->src->path, at(name));
	assert_int_equal(diag_line(g), 1);
	assert_null(find_action(set, "DEEP"));
	assert_int_equal(set->nsources, PLAN_MAX_INCLUDE_DEPTH + 1);
	release(set);
}

static void test_include_directory(void **state)
{
	plan_set *set;
	const plan_diag *g;

	(void)state;
	write_file("sub/x.plan", "action X\n");
	write_file("main.plan", "plan P Main\ninclude sub\naction A1\n");
	set = load("main.plan", PLAN_OK);
	assert_errors(set, 1);
	g = need_diag(set, PLAN_SEV_ERROR, "is a directory");
	assert_int_equal(diag_line(g), 2);
	need_action(set, "A1");
	assert_null(find_action(set, "X"));
	release(set);
}

static void test_load_missing_file(void **state)
{
	plan_set *set;
	const plan_diag *g;

	(void)state;
	set = load("nothere.plan", PLAN_EREAD);
	assert_errors(set, 1);
	g = need_diag(set, PLAN_SEV_ERROR, "cannot read");
	/* About the file, which has no source to point into. */
	assert_null(g->src);
	assert_string_equal(g->path, at("nothere.plan"));
	assert_int_equal(set->plans.count, 0);
	release(set);
}

static void test_load_directory(void **state)
{
	plan_set *set;
	const plan_diag *g;

	(void)state;
	write_file("sub/x.plan", "plan P T\n");
	set = load("sub", PLAN_EREAD);
	assert_errors(set, 1);
	g = need_diag(set, PLAN_SEV_ERROR, "is a directory");
	assert_null(g->src);
	assert_int_equal(set->plans.count, 0);
	release(set);
}

/* Loading or including the same file twice reads it once. */
static void test_same_file_read_once(void **state)
{
	plan_set *set;
	char dotted[600];

	(void)state;
	write_file("a.plan", "plan P T\naction A1\n");
	set = track(plan_set_new());
	assert_non_null(set);
	assert_int_equal(plan_load_file(set, at("a.plan")), PLAN_OK);
	assert_int_equal(plan_load_file(set, at("a.plan")), PLAN_OK);
	/* The same file under another name. */
	snprintf(dotted, sizeof(dotted), "%s/./a.plan", tmpdir);
	assert_int_equal(plan_load_file(set, dotted), PLAN_OK);
	assert_int_equal(plan_set_link(set), 0);
	assert_errors(set, 0);
	assert_null(find_diag(set, -1, "duplicate"));
	assert_int_equal(set->nsources, 1);
	assert_int_equal(set->plans.count, 1);
	release(set);

	/* Included twice: read once, the second include says so. */
	write_file("acts.plan", "action B1\n");
	write_file("main.plan", "plan P T\ninclude acts.plan\ninclude ./acts.plan\n");
	set = load("main.plan", PLAN_OK);
	assert_errors(set, 0);
	assert_int_equal(set->nsources, 2);
	assert_int_equal(diag_line(need_diag(set, PLAN_SEV_NOTE, "read already")), 3);
	assert_int_equal(set->plans.head->actions.count, 1);
	release(set);
}

/* An included file continues the includer's plan, section and objective. */
static void test_included_actions_belong_to_includer(void **state)
{
	plan_set *set;
	plan_plan *p;
	plan_objective *o, *o2;
	plan_action *a;

	(void)state;
	write_file("main.plan",
		   "plan P Main\n"
		   "section S Sec\n"
		   "objective O Obj\n"
		   "include acts.plan\n"
		   "action A3\n"
		   "include other.plan\n"
		   "action A4\n"
		   "  lead L4\n");
	write_file("acts.plan", "action A1\n  lead L1\naction A2\n");
	/* An objective opened in an included file ends with it. */
	write_file("other.plan", "objective O2 Other\naction B1\n");
	set = load("main.plan", PLAN_OK);
	assert_errors(set, 0);
	p = set->plans.head;
	o = NTH(p->objectives.head, 0);
	o2 = NTH(p->objectives.head, 1);
	assert_string_equal(o->id, "O");
	assert_string_equal(o2->id, "O2");
	assert_int_equal(p->actions.count, 5);
	a = need_action(set, "A1");
	assert_ptr_equal(a->plan, p);
	assert_ptr_equal(a->section, p->sections.head);
	assert_ptr_equal(a->objective, o);
	assert_string_equal(a->leads.head->text, "L1");
	assert_ptr_equal(need_action(set, "A2")->objective, o);
	assert_ptr_equal(need_action(set, "A3")->objective, o);
	assert_ptr_equal(need_action(set, "B1")->objective, o2);
	assert_ptr_equal(need_action(set, "A4")->objective, o);
	assert_int_equal(need_action(set, "A4")->leads.count, 1);
	assert_int_equal(o->nactions, 4);
	assert_int_equal(o2->nactions, 1);
	/* File order of the plan's actions. */
	assert_string_equal(NTH(p->actions.head, 0)->id, "A1");
	assert_string_equal(NTH(p->actions.head, 1)->id, "A2");
	assert_string_equal(NTH(p->actions.head, 2)->id, "A3");
	assert_string_equal(NTH(p->actions.head, 3)->id, "B1");
	assert_string_equal(NTH(p->actions.head, 4)->id, "A4");
	release(set);
}

/* An agency's updates file, included at the end of a plan. */
static void test_included_updates_file(void **state)
{
	plan_set *set;
	plan_action *a;

	(void)state;
	write_file("plan.plan",
		   "plan P Main\n"
		   "action HV1.1\n"
		   "  update 2019-03-01\n"
		   "    inline\n"
		   "include updates/2019.plan\n");
	write_file("updates/2019.plan",
		   "# updates\n"
		   "2019-01-10 HV1.1 green\n"
		   "  january\n"
		   "2019-05-17 HV1.1 by Agency\n"
		   "  may\n"
		   "2019-05-17 HV1.2\n"
		   "  typo\n");
	set = load("plan.plan", PLAN_OK);
	assert_errors(set, 1);
	assert_string_equal(need_diag(set, PLAN_SEV_ERROR, "unknown action HV1.2")->src->path,
			    at("updates/2019.plan"));
	a = need_action(set, "HV1.1");
	assert_int_equal(a->updates.count, 3);
	assert_string_equal(NTH(a->updates.head, 0)->text, "january");
	assert_string_equal(NTH(a->updates.head, 1)->text, "inline");
	assert_string_equal(NTH(a->updates.head, 2)->text, "may");
	assert_string_equal(NTH(a->updates.head, 2)->author, "Agency");
	release(set);
}

/* The diagnostic about line `line` of file rel, which must be there. */
static const plan_diag *diag_at(plan_set *set, const char *rel, size_t line)
{
	const plan_diag *g;

	for (g = set->diags.head; g; g = g->next)
		if (g->src && strcmp(g->src->path, at(rel)) == 0 && diag_line(g) == line)
			return g;
	fprintf(stderr, "no diagnostic at %s:%zu\n", rel, line);
	dump_diags(set);
	fail();
	return NULL;
}

/* Whether any file read holds the secret, or any diagnostic shows it. */
static int secret_seen(const plan_set *set)
{
	const plan_diag *g;
	size_t i;

	for (i = 0; i < set->nsources; i++)
		if (memmem(set->sources[i]->buf, set->sources[i]->len, "SECRET", 6))
			return 1;
	for (g = set->diags.head; g; g = g->next)
		if (strstr(g->msg, "SECRET"))
			return 1;
	return 0;
}

/* Loads rel with files allowed outside its tree or not. */
static plan_set *load_outside(const char *rel, int allow, int want_rc)
{
	plan_load_options opt = PLAN_LOAD_OPTIONS_INIT;
	plan_set *set = track(plan_set_new());

	opt.allow_outside = allow;
	assert_int_equal(plan_set_load_options(set, &opt), PLAN_OK);
	assert_int_equal(plan_load_file(set, at(rel)), want_rc);
	assert_int_equal(plan_set_link(set), 0);
	return set;
}

/*
 * Outside a git work tree, what a file named includes stays in that
 * file's directory: not ../, not an absolute path out of it, not through
 * a symbolic link (to a file or to a directory) that leads out of it;
 * each is an error at its include line that says so and how to allow it,
 * and nothing of the file outside is read.  Links that stay inside, and
 * includes of includes back into the directory, are read.
 */
static void test_includes_stay_in_directory(void **state)
{
	static const char why[] = "outside the directory of ";
	static const char how[] = "; plans are read only from inside it unless --allow-outside is given";
	const plan_diag *g;
	plan_set *set;
	char text[800];

	(void)state;
	write_file("secret.plan", "SECRET line one\nSECRET line two\n");
	write_file("other/x.plan", "SECRET in another directory\n");
	snprintf(text, sizeof(text),
		 "plan P T\n"
		 "include ../secret.plan\n"        /* 2 */
		 "include %s\n"                    /* 3: the same, absolute */
		 "include link.plan\n"             /* 4: a link out */
		 "include dirlink/x.plan\n"        /* 5: through a linked directory */
		 "include sub/ok.plan\n"           /* 6 */
		 "include inlink.plan\n"           /* 7: a link that stays inside */
		 "include sub/../../secret.plan\n" /* 8 */, at("secret.plan"));
	write_file("d/main.plan", text);
	write_file("d/sub/ok.plan", "action A1 t\ninclude ../back.plan\ninclude ../../secret.plan\n");
	write_file("d/back.plan", "action A2 t\n");
	write_file("d/sub/ok2.plan", "action A3 t\n");
	assert_int_equal(symlink("../secret.plan", at("d/link.plan")), 0);
	assert_int_equal(symlink("../other", at("d/dirlink")), 0);
	assert_int_equal(symlink("sub/ok2.plan", at("d/inlink.plan")), 0);
	assert_int_equal(symlink("../secret.plan", at("d/evil.plan")), 0);

	set = load_outside("d/main.plan", 0, PLAN_OK);
	assert_false(secret_seen(set));
	assert_errors(set, 6);
	need_action(set, "A1");
	need_action(set, "A2");
	need_action(set, "A3");
	assert_int_equal(set->nsources, 4);
	g = diag_at(set, "d/main.plan", 2);
	assert_int_equal(g->sev, PLAN_SEV_ERROR);
	assert_string_equal(g->check, "include");
	assert_int_equal(diag_col(g), 1);
	snprintf(text, sizeof(text), "cannot include %s: it is %s%s%s", at("d/../secret.plan"), why,
		 at("d/main.plan"), how);
	assert_string_equal(g->msg, text);
	snprintf(text, sizeof(text), "cannot include %s: it is %s%s%s", at("secret.plan"), why,
		 at("d/main.plan"), how);
	assert_string_equal(diag_at(set, "d/main.plan", 3)->msg, text);
	snprintf(text, sizeof(text), "cannot include %s: it leads through a symbolic link to a file %s%s%s",
		 at("d/link.plan"), why, at("d/main.plan"), how);
	assert_string_equal(diag_at(set, "d/main.plan", 4)->msg, text);
	assert_non_null(strstr(diag_at(set, "d/main.plan", 5)->msg, "leads through a symbolic link"));
	assert_non_null(strstr(diag_at(set, "d/main.plan", 8)->msg, "it is outside the directory"));
	/* The tree is the named file's, also for what its includes include. */
	snprintf(text, sizeof(text), "cannot include %s: it is %s%s%s", at("d/sub/../../secret.plan"), why,
		 at("d/main.plan"), how);
	assert_string_equal(diag_at(set, "d/sub/ok.plan", 3)->msg, text);
	release(set);

	/* Named, a link out of its directory is refused the same way. */
	set = load_outside("d/evil.plan", 0, PLAN_EREAD);
	g = need_diag(set, PLAN_SEV_ERROR, "cannot read");
	assert_null(g->src);
	snprintf(text, sizeof(text), "cannot read: it leads through a symbolic link to a file %s%s%s", why,
		 at("d/evil.plan"), how);
	assert_string_equal(g->msg, text);
	assert_int_equal(set->nsources, 0);
	release(set);

	/* Allowed, all of it is read. */
	set = load_outside("d/main.plan", 1, PLAN_OK);
	assert_true(secret_seen(set));
	assert_null(find_diag(set, -1, "outside"));
	release(set);
	set = load_outside("d/evil.plan", 1, PLAN_OK);
	assert_true(secret_seen(set));
	release(set);

	/* A buffer's includes stay in the directory of the path it stands for. */
	set = track(plan_set_new());
	snprintf(text, sizeof(text), "plan V T\ninclude ../secret.plan\n");
	assert_int_equal(plan_load_buffer(set, at("d/virtual.plan"), text, strlen(text)), PLAN_OK);
	assert_false(secret_seen(set));
	assert_non_null(strstr(need_diag(set, PLAN_SEV_ERROR, "cannot include")->msg,
			       "it is outside the directory of"));
	release(set);
}

/*
 * In a git work tree, the tree of a file named is the work tree: its
 * includes may go up and across inside it, not out of it; a .git that is
 * a file (a linked work tree, a submodule) counts too.
 */
static void test_includes_stay_in_work_tree(void **state)
{
	const plan_diag *g;
	plan_set *set;
	char text[800];

	(void)state;
	write_file("secret.plan", "SECRET\n");
	write_file("w/.git/HEAD", "ref: refs/heads/main\n");
	write_file("w/shared/s.plan", "action S1 t\n");
	write_file("w/plans/a/main.plan", "plan W T\ninclude ../../shared/s.plan\ninclude ../../../secret.plan\n"
		   "include link.plan\n");
	assert_int_equal(symlink("../../../secret.plan", at("w/plans/a/link.plan")), 0);
	set = load_outside("w/plans/a/main.plan", 0, PLAN_OK);
	assert_false(secret_seen(set));
	need_action(set, "S1");
	assert_errors(set, 2);
	g = diag_at(set, "w/plans/a/main.plan", 3);
	snprintf(text, sizeof(text), "cannot include %s: it is outside the git work tree of %s; plans are read "
		 "only from inside it unless --allow-outside is given", at("w/plans/a/../../../secret.plan"),
		 at("w/plans/a/main.plan"));
	assert_string_equal(g->msg, text);
	assert_non_null(strstr(diag_at(set, "w/plans/a/main.plan", 4)->msg,
			       "it leads through a symbolic link to a file outside the git work tree of"));
	release(set);

	/* A linked work tree: .git is a file. */
	write_file("v/.git", "gitdir: /nowhere\n");
	write_file("v/shared/s.plan", "action S2 t\n");
	write_file("v/plans/main.plan", "plan V T\ninclude ../shared/s.plan\ninclude ../../secret.plan\n");
	set = load_outside("v/plans/main.plan", 0, PLAN_OK);
	need_action(set, "S2");
	assert_errors(set, 1);
	assert_non_null(strstr(diag_at(set, "v/plans/main.plan", 3)->msg, "outside the git work tree of"));
	release(set);

	/* Outside a work tree the same include of ../shared is refused. */
	write_file("x/shared/s.plan", "action S3 t\n");
	write_file("x/plans/main.plan", "plan X T\ninclude ../shared/s.plan\n");
	set = load_outside("x/plans/main.plan", 0, PLAN_OK);
	assert_null(find_action(set, "S3"));
	assert_non_null(strstr(diag_at(set, "x/plans/main.plan", 2)->msg, "outside the directory of"));
	release(set);
}

#define T(f) cmocka_unit_test_setup_teardown(f, make_tmpdir, remove_tmpdir)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_include_relative_to_includer),
		T(test_buffer_include_relative_to_path),
		T(test_bug_buffer_include_cycle),
		T(test_bug_include_dotdot_after_symlink),
		T(test_path_normalise),
		T(test_reader),
		T(test_include_many_times_read_once),
		T(test_include_missing),
		T(test_includes_stay_in_directory),
		T(test_includes_stay_in_work_tree),
		T(test_include_cycle),
		T(test_include_depth),
		T(test_include_directory),
		T(test_load_missing_file),
		T(test_load_directory),
		T(test_same_file_read_once),
		T(test_included_actions_belong_to_includer),
		T(test_included_updates_file),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
