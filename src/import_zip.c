/*
 * import_zip.c - the zip archive and the XML of a docx or xlsx, read with
 * the limits of limit.h (import_zip.h says what is shared).
 *
 * libzip reads the archive from the bytes in memory; each part is handed
 * to libxml2's xmlTextReader through an I/O callback that calls
 * zip_fread, so a part is decompressed a block at a time as the XML is
 * parsed, and never held whole.  That callback is where the bytes
 * expanded are counted: the whole archive's total against
 * PLAN_IMPORT_MAX_EXPANDED, stopping the parse the moment it passes.  The
 * compression ratio is judged from the zip directory before a part is
 * opened.
 *
 * XML safety: the parser gets XML_PARSE_NONET and neither
 * XML_PARSE_NOENT nor XML_PARSE_DTDLOAD, so it substitutes no entity and
 * loads no DTD; the external entity loader is replaced by one that
 * refuses every URL; and a <!DOCTYPE> is an error, since no Office part
 * has one.  libxml2 allocates through alloc.h (xmlMemSetup); libzip has
 * no such hook, and allocates only its directory and buffers.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlreader.h>
#include <zip.h>

#include "alloc.h"
#include "diag.h"
#include "error.h"
#include "import_zip.h"
#include "limit.h"

struct plan_zip {
	zip_t *zip;
	char *name;
	size_t expanded;           /* bytes expanded from every part so far */
};

struct plan_xml {
	plan_zip *z;
	zip_file_t *file;
	char *part;
	xmlTextReaderPtr reader;
	int failed;                /* a limit stopped the read: its message is recorded */
	char xmlerr[300];          /* libxml2's first error */
	int xmlline;
};

int plan_zip_open(plan_zip **out, const char *name, const void *data, size_t len)
{
	zip_error_t zerr;
	zip_source_t *src;
	plan_zip *z;
	int code;

	*out = NULL;
	z = plan_calloc(1, sizeof(*z));
	if (!z || !(z->name = plan_strdup(name))) {
		plan_free(z);
		return plan_error_oom();
	}
	zip_error_init(&zerr);
	src = zip_source_buffer_create(len ? data : "", len, 0, &zerr);
	if (!src) {
		zip_error_fini(&zerr);
		plan_free(z->name);
		plan_free(z);
		return plan_error_oom();
	}
	z->zip = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &zerr);
	if (!z->zip) {
		code = plan_error_set(PLAN_EINVALID, "%s: not a valid zip archive (%s)", name,
				      zip_error_strerror(&zerr));
		zip_source_free(src);
		zip_error_fini(&zerr);
		plan_free(z->name);
		plan_free(z);
		return code;
	}
	zip_error_fini(&zerr);
	*out = z;
	return PLAN_OK;
}

int plan_zip_has(plan_zip *z, const char *part)
{
	return zip_name_locate(z->zip, part, 0) >= 0;
}

void plan_zip_close(plan_zip *z)
{
	if (!z)
		return;
	zip_discard(z->zip);
	plan_free(z->name);
	plan_free(z);
}

/* ---- libxml2, set up once ---- */

static xmlParserInputPtr refuse_entity(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
	(void)url;
	(void)id;
	(void)ctxt;
	return NULL;
}

static char *xml_strdup(const char *s)
{
	return plan_strdup(s);
}

/* libxml2's messages without a parser to hand (xmlNewTextReader's): the library never prints. */
static void xml_quiet(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

static void xml_setup(void)
{
	static int done;

	if (done)
		return;
	done = 1;
	xmlMemSetup(plan_free, plan_malloc, plan_realloc, xml_strdup);
	xmlInitParser();
	xmlSetGenericErrorFunc(NULL, xml_quiet);
	xmlSetExternalEntityLoader(refuse_entity);
}

/* ---- a part as a stream ---- */

static int xml_read(void *ctx, char *buf, int len)
{
	plan_xml *x = ctx;
	zip_int64_t got;

	if (x->failed)
		return -1;
	got = zip_fread(x->file, buf, (zip_uint64_t)len);
	if (got < 0) {
		x->failed = plan_error_set(PLAN_EINVALID, "%s: %s: cannot be read from the archive (%s)",
					   x->z->name, x->part, zip_strerror(x->z->zip));
		return -1;
	}
	x->z->expanded += (size_t)got;
	if (x->z->expanded > (size_t)PLAN_IMPORT_MAX_EXPANDED) {
		x->failed = plan_error_set(PLAN_EINVALID,
					   "%s: %s: expands past " PLAN_IMPORT_MAX_EXPANDED_TEXT
					   " (PLAN_IMPORT_MAX_EXPANDED): a zip bomb, or too large to import",
					   x->z->name, x->part);
		return -1;
	}
	return (int)got;
}

static int xml_noclose(void *ctx)
{
	(void)ctx;
	return 0;
}

static void xml_error(void *ctx, xmlErrorPtr e)
{
	plan_xml *x = ctx;
	size_t n;

	if (e && e->code == XML_ERR_NO_MEMORY && !x->failed)
		x->failed = plan_error_oom();
	if (!e || e->level < XML_ERR_ERROR || x->xmlerr[0])
		return;
	snprintf(x->xmlerr, sizeof(x->xmlerr), "%s", e->message ? e->message : "error");
	for (n = 0; x->xmlerr[n]; n++)
		if (x->xmlerr[n] == '\n')
			x->xmlerr[n] = ' ';   /* libxml2 says some in two lines */
	while (n && x->xmlerr[n - 1] == ' ')
		x->xmlerr[--n] = 0;
	x->xmlline = e->line;
}

int plan_xml_open(plan_zip *z, const char *part, plan_xml **out)
{
	zip_stat_t st;
	plan_xml *x;

	*out = NULL;
	xml_setup();
	zip_stat_init(&st);
	if (zip_stat(z->zip, part, 0, &st) < 0)
		return plan_error_set(PLAN_EINVALID, "%s: %s: no such part in the archive", z->name, part);
	if ((st.valid & ZIP_STAT_SIZE) && (st.valid & ZIP_STAT_COMP_SIZE) &&
	    st.size > (zip_uint64_t)PLAN_IMPORT_RATIO_FLOOR &&
	    st.size > (zip_uint64_t)PLAN_IMPORT_MAX_RATIO * st.comp_size)
		return plan_error_set(PLAN_EINVALID,
				      "%s: %s: compressed more than %d to 1 (PLAN_IMPORT_MAX_RATIO): a zip bomb",
				      z->name, part, PLAN_IMPORT_MAX_RATIO);
	if ((st.valid & ZIP_STAT_SIZE) &&
	    st.size > (zip_uint64_t)PLAN_IMPORT_MAX_EXPANDED - z->expanded)
		return plan_error_set(PLAN_EINVALID,
				      "%s: %s: expands past " PLAN_IMPORT_MAX_EXPANDED_TEXT
				      " (PLAN_IMPORT_MAX_EXPANDED): a zip bomb, or too large to import",
				      z->name, part);
	x = plan_calloc(1, sizeof(*x));
	if (!x || !(x->part = plan_strdup(part))) {
		plan_free(x);
		return plan_error_oom();
	}
	x->z = z;
	x->file = zip_fopen(z->zip, part, 0);
	if (!x->file) {
		int code = plan_error_set(PLAN_EINVALID, "%s: %s: cannot be opened in the archive (%s)",
					  z->name, part, zip_strerror(z->zip));
		plan_xml_close(x);
		return code;
	}
	x->reader = xmlReaderForIO(xml_read, xml_noclose, x, part, NULL,
				   XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (!x->reader) {
		plan_xml_close(x);
		return plan_error_oom();
	}
	xmlTextReaderSetStructuredErrorHandler(x->reader, xml_error, x);
	*out = x;
	return PLAN_OK;
}

int plan_xml_fail(plan_xml *x, const char *fmt, ...)
{
	char msg[400];
	va_list ap;

	if (plan_error_code() == PLAN_ENOMEM)
		return PLAN_ENOMEM;   /* what is missing went missing when memory ran out */
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return plan_error_set(PLAN_EINVALID, "%s: %s: %s", x->z->name, x->part, msg);
}

static int xml_status(plan_xml *x, int r)
{
	if (x->failed)
		return x->failed;
	if (r < 0) {
		if (plan_error_code() == PLAN_ENOMEM)
			return PLAN_ENOMEM;
		if (x->xmlerr[0])
			return plan_xml_fail(x, "not well-formed XML, line %d: %s", x->xmlline, x->xmlerr);
		return plan_xml_fail(x, "not well-formed XML");
	}
	if (r == 1 && xmlTextReaderNodeType(x->reader) == XML_READER_TYPE_DOCUMENT_TYPE)
		return plan_xml_fail(x, "has a document type declaration (<!DOCTYPE>): its entities are never read");
	if (r == 1 && xmlTextReaderNodeType(x->reader) == XML_READER_TYPE_ENTITY_REFERENCE)
		return plan_xml_fail(x, "refers to an entity: entities are never read");
	return r;
}

int plan_xml_next(plan_xml *x)
{
	return xml_status(x, xmlTextReaderRead(x->reader));
}

int plan_xml_type(plan_xml *x)
{
	return xmlTextReaderNodeType(x->reader);
}

int plan_xml_depth(plan_xml *x)
{
	return xmlTextReaderDepth(x->reader);
}

int plan_xml_empty(plan_xml *x)
{
	return xmlTextReaderIsEmptyElement(x->reader) == 1;
}

int plan_xml_is(plan_xml *x, const char *ns, const char *local)
{
	const xmlChar *n = xmlTextReaderConstLocalName(x->reader);
	const xmlChar *u;

	if (!n || strcmp((const char *)n, local) != 0)
		return 0;
	u = xmlTextReaderConstNamespaceUri(x->reader);
	if (!ns)
		return u == NULL;
	return u && strcmp((const char *)u, ns) == 0;
}

const char *plan_xml_value(plan_xml *x)
{
	return (const char *)xmlTextReaderConstValue(x->reader);
}

char *plan_xml_attr(plan_xml *x, const char *ns, const char *local)
{
	xmlChar *v;
	char *copy;

	if (ns)
		v = xmlTextReaderGetAttributeNs(x->reader, (const xmlChar *)local, (const xmlChar *)ns);
	else
		v = xmlTextReaderGetAttribute(x->reader, (const xmlChar *)local);
	if (!v)
		return NULL;
	copy = plan_strdup((const char *)v);
	xmlFree(v);
	return copy;
}

void plan_xml_close(plan_xml *x)
{
	if (!x)
		return;
	if (x->reader)
		xmlFreeTextReader(x->reader);
	if (x->file)
		zip_fclose(x->file);
	plan_free(x->part);
	plan_free(x);
}

/* ---- text of one cell ---- */

int plan_ibuf_add(plan_ibuf *b, plan_xml *x, const char *s, size_t n)
{
	if (n > (size_t)PLAN_IMPORT_MAX_CELL - b->len)
		return plan_xml_fail(x, "a cell or paragraph of more than " PLAN_IMPORT_MAX_CELL_TEXT
				     " (PLAN_IMPORT_MAX_CELL)");
	if (PLAN_GROW(b->p, b->cap, b->len + n + 1))
		return PLAN_ENOMEM;
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = 0;
	return PLAN_OK;
}

void plan_ibuf_free(plan_ibuf *b)
{
	plan_free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
}

/* ---- tables ---- */

void plan_tbuild_init(plan_tbuild *tb, plan_table_doc *doc, const char *name)
{
	memset(tb, 0, sizeof(*tb));
	tb->doc = doc;
	tb->name = name;
}

int plan_tbuild_count(plan_tbuild *tb, size_t n)
{
	if (n > (size_t)PLAN_IMPORT_MAX_CELLS - tb->counted)
		return plan_error_set(PLAN_EINVALID,
				      "%s: more than %ld cells (PLAN_IMPORT_MAX_CELLS), counting the empty ones",
				      tb->name, PLAN_IMPORT_MAX_CELLS);
	tb->counted += n;
	return PLAN_OK;
}

int plan_tbuild_table(plan_tbuild *tb, const char *name)
{
	if (PLAN_GROW(tb->tables, tb->tables_cap, tb->ntables + 1))
		return PLAN_ENOMEM;
	memset(&tb->tables[tb->ntables], 0, sizeof(tb->tables[0]));
	tb->tables[tb->ntables].name = plan_arena_strndup(tb->doc->arena, name, strlen(name));
	if (!tb->tables[tb->ntables].name)
		return plan_error_oom();
	tb->nrows = 0;
	tb->ncells = 0;
	tb->in_table = 1;
	return PLAN_OK;
}

int plan_tbuild_cell(plan_tbuild *tb, const char *text, size_t len, const plan_table_cell *look)
{
	plan_table_cell *c;
	int code;

	if ((code = plan_tbuild_count(tb, 1)))
		return code;
	if (PLAN_GROW(tb->cells, tb->cells_cap, tb->ncells + 1))
		return PLAN_ENOMEM;
	c = &tb->cells[tb->ncells];
	if (look)
		*c = *look;
	else
		memset(c, 0, sizeof(*c));
	if (c->span < 1)
		c->span = 1;
	c->text = plan_arena_strndup(tb->doc->arena, text ? text : "", text ? len : 0);
	if (!c->text)
		return plan_error_oom();
	tb->ncells++;
	return PLAN_OK;
}

int plan_tbuild_row(plan_tbuild *tb, int header)
{
	plan_table_row *r;
	int code;

	if (!tb->ncells && (code = plan_tbuild_count(tb, 1)))
		return code;
	if (PLAN_GROW(tb->rows, tb->rows_cap, tb->nrows + 1))
		return PLAN_ENOMEM;
	r = &tb->rows[tb->nrows];
	memset(r, 0, sizeof(*r));
	r->header = header;
	if (tb->ncells) {
		r->cells = plan_arena_alloc(tb->doc->arena, tb->ncells * sizeof(*r->cells));
		if (!r->cells)
			return plan_error_oom();
		memcpy(r->cells, tb->cells, tb->ncells * sizeof(*r->cells));
		r->ncells = tb->ncells;
	}
	tb->nrows++;
	tb->ncells = 0;
	return PLAN_OK;
}

int plan_tbuild_table_end(plan_tbuild *tb)
{
	plan_table *t = &tb->tables[tb->ntables];

	if (tb->nrows) {
		t->rows = plan_arena_alloc(tb->doc->arena, tb->nrows * sizeof(*t->rows));
		if (!t->rows)
			return plan_error_oom();
		memcpy(t->rows, tb->rows, tb->nrows * sizeof(*t->rows));
	}
	t->nrows = tb->nrows;
	tb->ntables++;
	tb->nrows = 0;
	tb->in_table = 0;
	return PLAN_OK;
}

int plan_tbuild_finish(plan_tbuild *tb)
{
	plan_table_doc *doc = tb->doc;

	doc->ntables = tb->ntables;
	if (tb->ntables) {
		doc->tables = plan_arena_alloc(doc->arena, tb->ntables * sizeof(*doc->tables));
		if (!doc->tables)
			return plan_error_oom();
		memcpy(doc->tables, tb->tables, tb->ntables * sizeof(*doc->tables));
	}
	return PLAN_OK;
}

void plan_tbuild_free(plan_tbuild *tb)
{
	plan_free(tb->tables);
	plan_free(tb->rows);
	plan_free(tb->cells);
	tb->tables = NULL;
	tb->rows = NULL;
	tb->cells = NULL;
}

int plan_import_hex_colour(const char *s, unsigned *rgb)
{
	size_t n = s ? strlen(s) : 0, i;
	unsigned v = 0;

	if (n != 6 && n != 8)
		return 0;
	for (i = 0; i < n; i++) {
		int h = plan_hex_value((unsigned char)s[i]);
		if (h < 0)
			return 0;
		v = (v << 4) | (unsigned)h;
	}
	*rgb = v & 0xffffffu;
	return 1;
}
