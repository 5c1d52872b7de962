/*
 * import_docx.c - the tables of a Word document (word/document.xml),
 * read as a stream of XML nodes (import_zip.h), and its title.
 *
 * Each top-level w:tbl is a table "table N"; its w:tr are rows and its
 * w:tc cells.  A table inside a cell is flattened: its paragraphs become
 * lines of the outer cell's text.  A cell's text is its paragraphs (w:p)
 * joined by "\n", a w:br or w:cr making a line end and a w:tab a space
 * within them, and a list paragraph (one with w:numPr) a line of its own
 * that starts "- "; empty lines at either end are dropped.  Only the text
 * of w:t (not w:delText, deleted, nor w:instrText, a field's code) is
 * read, and mc:Fallback (a copy of what mc:Choice holds) is skipped.
 *
 * The look: w:tcPr/w:gridSpan gives span, w:tcPr/w:vMerge (without
 * w:val="restart") marks the cell continued (its text ""), w:tcPr/w:shd
 * its fill (w:fill, or w:color when w:val="solid"; "auto" is none), and
 * w:trPr/w:tblHeader a header row.  These are read only as children of
 * the top-level table's own row and cell, by their depth, so a nested
 * table's look never leaks into its outer cell.
 *
 * The title is docProps/core.xml's dc:title, or else the first paragraph
 * with text before the first table.
 */
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "error.h"
#include "import_int.h"
#include "import_zip.h"

#define W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define W_NS_STRICT "http://purl.oclc.org/ooxml/wordprocessingml/main"
#define MC_NS "http://schemas.openxmlformats.org/markup-compatibility/2006"
#define DC_NS "http://purl.org/dc/elements/1.1/"

typedef struct docx {
	plan_xml *x;
	plan_tbuild tb;
	const char *ns;            /* the namespace the document uses for w: */
	int tbl_nest;              /* w:tbl open around the node */
	int row_depth, cell_depth; /* depth of the top-level table's w:tr, w:tc; -1 when none */
	int header;
	plan_table_cell look;
	plan_ibuf cell;            /* the top-level cell's text so far */
	plan_ibuf para;            /* the paragraph's text so far */
	int para_open, para_list;
	int run_depth;             /* depth of the w:r open, or -1 */
	int seen_table;
	char *title;               /* plan_malloc'ed */
} docx;

static int is_w(docx *d, const char *local)
{
	return plan_xml_is(d->x, d->ns, local);
}

static char *wattr(docx *d, const char *local)
{
	return plan_xml_attr(d->x, d->ns, local);
}

/* A w:val that says "on" (absent, "true", "1", "on"). */
static int on_off(docx *d)
{
	char *v = wattr(d, "val");
	int on = !v || !(strcmp(v, "0") == 0 || strcmp(v, "false") == 0 || strcmp(v, "off") == 0);

	plan_free(v);
	return on;
}

/* Ends the paragraph: its text becomes a line of the cell, or the title. */
static int end_para(docx *d)
{
	int code = PLAN_OK;

	if (!d->para_open)
		return PLAN_OK;
	d->para_open = 0;
	if (d->cell_depth >= 0) {
		if (d->cell.len)
			code = plan_ibuf_add(&d->cell, d->x, "\n", 1);
		if (!code && d->para_list && d->para.len)
			code = plan_ibuf_add(&d->cell, d->x, "- ", 2);
		if (!code && d->para.len)
			code = plan_ibuf_add(&d->cell, d->x, d->para.p, d->para.len);
	} else if (!d->seen_table && !d->title && d->para.len) {
		const char *p = d->para.p;
		size_t n = d->para.len;

		while (n && (*p == ' ' || *p == '\n')) {
			p++;
			n--;
		}
		while (n && (p[n - 1] == ' ' || p[n - 1] == '\n'))
			n--;
		if (n && !(d->title = plan_strndup(p, n)))
			code = PLAN_ENOMEM;
	}
	d->para.len = 0;
	d->para_list = 0;
	return code;
}

static int start_para(docx *d)
{
	int code = end_para(d);   /* a paragraph inside one (a text box): the outer one's text so far is a line */

	d->para_open = 1;
	d->para.len = 0;
	d->para_list = 0;
	return code;
}

static int add_text(docx *d, const char *s, size_t n)
{
	if (!d->para_open)
		return PLAN_OK;
	if (d->cell_depth < 0 && (d->seen_table || d->title))
		return PLAN_OK;   /* text outside tables is only read for the title */
	return plan_ibuf_add(&d->para, d->x, s, n);
}

static int end_cell(docx *d)
{
	const char *p;
	size_t n;
	int code;

	if ((code = end_para(d)))
		return code;
	p = d->cell.p ? d->cell.p : "";
	n = d->cell.len;
	while (n && *p == '\n') {
		p++;
		n--;
	}
	while (n && p[n - 1] == '\n')
		n--;
	if (d->look.continued)
		n = 0;
	code = plan_tbuild_cell(&d->tb, p, n, &d->look);
	d->cell.len = 0;
	d->cell_depth = -1;
	return code;
}

static int start_cell(docx *d)
{
	memset(&d->look, 0, sizeof(d->look));
	d->look.span = 1;
	d->cell.len = 0;
	d->cell_depth = plan_xml_depth(d->x);
	return PLAN_OK;
}

static int end_row(docx *d)
{
	int code = PLAN_OK;

	if (d->cell_depth >= 0)
		code = end_cell(d);
	if (!code)
		code = plan_tbuild_row(&d->tb, d->header);
	d->row_depth = -1;
	return code;
}

static int start_table(docx *d)
{
	char name[32];
	int code = end_para(d);

	if (code)
		return code;
	d->seen_table = 1;
	snprintf(name, sizeof(name), "table %zu", d->tb.ntables + 1);
	d->row_depth = -1;
	d->cell_depth = -1;
	return plan_tbuild_table(&d->tb, name);
}

static int end_table(docx *d)
{
	int code = PLAN_OK;

	if (d->row_depth >= 0)
		code = end_row(d);
	if (!code)
		code = plan_tbuild_table_end(&d->tb);
	return code;
}

/* A cell property: the element at the depth of the top-level cell's w:tcPr's children. */
static int cell_prop(docx *d)
{
	char *v;

	if (is_w(d, "gridSpan")) {
		v = wattr(d, "val");
		if (v) {
			long n = strtol(v, NULL, 10);
			if (n >= 1 && n <= 16384)
				d->look.span = (unsigned)n;
		}
		plan_free(v);
	} else if (is_w(d, "vMerge")) {
		v = wattr(d, "val");
		d->look.continued = !v || strcmp(v, "restart") != 0;
		plan_free(v);
	} else if (is_w(d, "shd")) {
		char *val = wattr(d, "val");
		char *fill = wattr(d, "fill");
		char *colour = wattr(d, "color");
		const char *use = val && strcmp(val, "solid") == 0 ? colour : fill;

		d->look.has_fill = use && strcmp(use, "auto") != 0 && plan_import_hex_colour(use, &d->look.fill);
		if (!d->look.has_fill)
			d->look.fill = 0;
		plan_free(val);
		plan_free(fill);
		plan_free(colour);
	}
	return PLAN_OK;
}

static int on_element(docx *d)
{
	int depth = plan_xml_depth(d->x);
	int empty = plan_xml_empty(d->x);
	int code = PLAN_OK;

	if (plan_xml_is(d->x, MC_NS, "Fallback"))
		return 1;   /* skip it */
	if (d->ns == NULL) {
		/* the root element says which namespace w: is */
		if (plan_xml_is(d->x, W_NS, "document"))
			d->ns = W_NS;
		else if (plan_xml_is(d->x, W_NS_STRICT, "document"))
			d->ns = W_NS_STRICT;
		else
			return plan_xml_fail(d->x, "not a Word document (its root is not w:document)");
		return PLAN_OK;
	}
	if (is_w(d, "tbl")) {
		d->tbl_nest++;
		if (d->tbl_nest == 1)
			code = start_table(d);
		if (!code && empty) {
			if (d->tbl_nest == 1)
				code = end_table(d);
			d->tbl_nest--;
		}
		return code;
	}
	if (d->tbl_nest == 1 && is_w(d, "tr")) {
		if (d->row_depth >= 0 && (code = end_row(d)))
			return code;
		d->row_depth = depth;
		d->header = 0;
		if (empty)
			code = end_row(d);
		return code;
	}
	if (d->tbl_nest == 1 && d->row_depth >= 0 && is_w(d, "tc")) {
		if (d->cell_depth >= 0 && (code = end_cell(d)))
			return code;
		start_cell(d);
		if (empty)
			code = end_cell(d);
		return code;
	}
	if (d->tbl_nest == 1 && d->row_depth >= 0 && d->cell_depth < 0 && depth == d->row_depth + 2 &&
	    is_w(d, "tblHeader")) {
		d->header = on_off(d);
		return PLAN_OK;
	}
	if (d->tbl_nest == 1 && d->cell_depth >= 0 && depth == d->cell_depth + 2 &&
	    (is_w(d, "gridSpan") || is_w(d, "vMerge") || is_w(d, "shd")))
		return cell_prop(d);   /* w:tc/w:tcPr/...: a w:r or w:pPr at this depth is not one */
	if (is_w(d, "p")) {
		code = start_para(d);
		if (!code && empty)
			code = end_para(d);
		return code;
	}
	if (d->para_open && is_w(d, "numPr")) {
		d->para_list = 1;
		return PLAN_OK;
	}
	if (d->para_open && is_w(d, "numId")) {
		char *v = wattr(d, "val");
		if (v && strcmp(v, "0") == 0)
			d->para_list = 0;   /* numbering taken off */
		plan_free(v);
		return PLAN_OK;
	}
	if (is_w(d, "r")) {
		if (!empty)
			d->run_depth = depth;
		return PLAN_OK;
	}
	if (d->run_depth >= 0 && depth == d->run_depth + 1) {
		if (is_w(d, "br") || is_w(d, "cr"))
			return add_text(d, "\n", 1);
		if (is_w(d, "tab"))
			return add_text(d, " ", 1);
		if (is_w(d, "noBreakHyphen"))
			return add_text(d, "-", 1);
	}
	return PLAN_OK;
}

static int on_end(docx *d)
{
	if (d->ns == NULL)
		return PLAN_OK;
	if (is_w(d, "tbl")) {
		int code = PLAN_OK;
		if (d->tbl_nest == 1)
			code = end_table(d);
		if (d->tbl_nest > 0)
			d->tbl_nest--;
		return code;
	}
	if (d->tbl_nest == 1 && is_w(d, "tr") && d->row_depth == plan_xml_depth(d->x))
		return end_row(d);
	if (d->tbl_nest == 1 && is_w(d, "tc") && d->cell_depth == plan_xml_depth(d->x))
		return end_cell(d);
	if (is_w(d, "p"))
		return end_para(d);
	if (is_w(d, "r"))
		d->run_depth = -1;
	return PLAN_OK;
}

static int read_document(docx *d)
{
	int in_t = 0, t_depth = -1, skip_depth = -1;
	int r, code;

	while ((r = plan_xml_next(d->x)) == 1) {
		int type = plan_xml_type(d->x);

		if (skip_depth >= 0) {
			if (type == PLAN_XML_END_ELEMENT && plan_xml_depth(d->x) == skip_depth)
				skip_depth = -1;
			continue;
		}
		if (type == PLAN_XML_ELEMENT) {
			if (d->ns && is_w(d, "t") && !plan_xml_empty(d->x)) {
				in_t = 1;
				t_depth = plan_xml_depth(d->x);
				continue;
			}
			code = on_element(d);
			if (code == 1) {
				/* mc:Fallback: its subtree is not read */
				if (!plan_xml_empty(d->x))
					skip_depth = plan_xml_depth(d->x);
				code = PLAN_OK;
			}
			if (code)
				return code;
		} else if (type == PLAN_XML_END_ELEMENT) {
			if (in_t && plan_xml_depth(d->x) == t_depth) {
				in_t = 0;
				continue;
			}
			if ((code = on_end(d)))
				return code;
		} else if (in_t && (type == PLAN_XML_TEXT || type == PLAN_XML_CDATA ||
				    type == PLAN_XML_WHITESPACE || type == PLAN_XML_SIGNIFICANT_WHITESPACE)) {
			const char *v = plan_xml_value(d->x);
			if (v && (code = add_text(d, v, strlen(v))))
				return code;
		}
	}
	if (r < 0)
		return r;
	if (!d->ns)
		return plan_xml_fail(d->x, "empty: not a Word document");
	return PLAN_OK;
}

/* docProps/core.xml's dc:title, when it has one with text; *title stays NULL otherwise. */
static int read_core_title(plan_zip *z, char **title)
{
	plan_xml *x;
	plan_ibuf b = { 0 };
	int r, code, in_title = 0;

	*title = NULL;
	if (!plan_zip_has(z, "docProps/core.xml"))
		return PLAN_OK;
	if ((code = plan_xml_open(z, "docProps/core.xml", &x)))
		return code;
	while ((r = plan_xml_next(x)) == 1) {
		int type = plan_xml_type(x);

		if (type == PLAN_XML_ELEMENT && plan_xml_is(x, DC_NS, "title") && !plan_xml_empty(x)) {
			in_title = 1;
		} else if (type == PLAN_XML_END_ELEMENT && in_title) {
			break;
		} else if (in_title && type != PLAN_XML_ELEMENT) {
			const char *v = plan_xml_value(x);
			if (v && (r = plan_ibuf_add(&b, x, v, strlen(v))))
				break;
		}
	}
	plan_xml_close(x);
	if (r < 0) {
		plan_ibuf_free(&b);
		return r;
	}
	if (b.len) {
		const char *p = b.p;
		size_t n = b.len;
		while (n && (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r')) {
			p++;
			n--;
		}
		while (n && (p[n - 1] == ' ' || p[n - 1] == '\n' || p[n - 1] == '\t' || p[n - 1] == '\r'))
			n--;
		if (n && !(*title = plan_strndup(p, n)))
			r = PLAN_ENOMEM;
	}
	plan_ibuf_free(&b);
	return r < 0 ? r : PLAN_OK;
}

int plan_import_docx_read(plan_table_doc *doc, const char *name, const void *data, size_t len)
{
	plan_zip *z;
	docx d;
	char *core = NULL;
	int code;

	if ((code = plan_zip_open(&z, name, data, len)))
		return code;
	if (!plan_zip_has(z, "word/document.xml")) {
		plan_zip_close(z);
		return plan_error_set(PLAN_EINVALID, "%s: not a Word document: no word/document.xml in the archive",
				      name);
	}
	memset(&d, 0, sizeof(d));
	d.row_depth = d.cell_depth = d.run_depth = -1;
	plan_tbuild_init(&d.tb, doc, name);
	code = read_core_title(z, &core);
	if (!code)
		code = plan_xml_open(z, "word/document.xml", &d.x);
	if (!code)
		code = read_document(&d);
	if (!code && d.tbl_nest)
		code = plan_xml_fail(d.x, "a table not closed");
	if (!code)
		code = plan_tbuild_finish(&d.tb);
	if (!code) {
		const char *t = core ? core : d.title;
		if (t && !(doc->title = plan_arena_strndup(doc->arena, t, strlen(t))))
			code = plan_error_oom();
	}
	plan_xml_close(d.x);
	plan_zip_close(z);
	plan_tbuild_free(&d.tb);
	plan_ibuf_free(&d.cell);
	plan_ibuf_free(&d.para);
	plan_free(d.title);
	plan_free(core);
	return code;
}
