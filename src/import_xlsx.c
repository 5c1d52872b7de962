/*
 * import_xlsx.c - the sheets of an Excel workbook, each a table named
 * after its sheet, in the workbook's order.
 *
 * Parts read, each as a stream of XML nodes (import_zip.h):
 *   xl/workbook.xml             the sheets' names and order, and date1904
 *   xl/_rels/workbook.xml.rels  the part each sheet is in, and the parts
 *                               of the shared strings and the styles
 *   xl/sharedStrings.xml        the strings cells refer to by number (a
 *                               string of rich text is its runs' text
 *                               joined; phonetic runs, rPh, are left out)
 *   xl/styles.xml               per cell format (cellXfs): its fill
 *                               (fills/patternFill/fgColor: rgb, an
 *                               index of the legacy palette, or a
 *                               theme colour with its tint) and
 *                               whether its number format is a date
 *   xl/theme/theme1.xml         the theme's colours (a:clrScheme)
 *   each sheet                  its cells, one row at a time
 *
 * A sheet's cells are placed by their reference (A1 notation): a gap in
 * a row is filled with empty cells, a gap between rows with empty rows,
 * so that a cell's column in the table is its column in the sheet; rows
 * or cells out of order are an error.  Numbers are kept as written
 * (<v>), except a number whose format is a date (built-in formats 14 to
 * 17 and 22; or a custom format with d or y outside quotes and brackets;
 * 18 to 21 are times of day, kept as numbers), which becomes YYYY-MM-DD;
 * booleans are TRUE or FALSE; errors (#N/A) as written; a formula's
 * cached value is read, never the formula.
 *
 * Merged ranges (mergeCells, after the rows) are applied when the sheet
 * ends, as Word would have them: the top-left cell spans the range's
 * columns, the cells it covers to its right are taken out of the row,
 * and in each row below, the range's first cell is continued (text "")
 * with the same span and the others taken out.  Memory is linear in the
 * cells: a row's cells go into the arena when it ends.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "error.h"
#include "import_int.h"
#include "import_zip.h"
#include "limit.h"

#define S_NS "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#define S_NS_STRICT "http://purl.oclc.org/ooxml/spreadsheetml/main"
#define R_NS "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define R_NS_STRICT "http://purl.oclc.org/ooxml/officeDocument/relationships"
#define A_NS "http://schemas.openxmlformats.org/drawingml/2006/main"

#define XLSX_MAX_COLS 16384u      /* XFD */
#define XLSX_MAX_ROWS 1048576ul

typedef struct xf {
	unsigned fill;
	int has_fill;
	int date;
} xf;

typedef struct fillent {
	unsigned rgb;
	int has;
} fillent;

typedef struct sheetref {
	char *name;
	char *rid;
	char *part;
} sheetref;

typedef struct merge {
	size_t r1, c1, r2, c2;     /* 0-based, inclusive */
} merge;

typedef struct xlsx {
	plan_zip *z;
	plan_table_doc *doc;
	const char *name;
	plan_tbuild tb;
	const char **sst;
	size_t nsst, sst_cap;
	xf *xfs;
	size_t nxfs, xfs_cap;
	int date1904;
	sheetref *sheets;
	size_t nsheets, sheets_cap;
	char *sst_part, *styles_part, *theme_part;
	unsigned theme[12];        /* the theme's colours, in the order fgColor@theme counts them */
	int ntheme;
	merge *merges;
	size_t nmerges, merges_cap;
} xlsx;

/* An element (or end) named local in the spreadsheet namespace, either flavour. */
static int sx(plan_xml *x, const char *local)
{
	return plan_xml_is(x, S_NS, local) || plan_xml_is(x, S_NS_STRICT, local);
}

static int is_text_node(int type)
{
	return type == PLAN_XML_TEXT || type == PLAN_XML_CDATA || type == PLAN_XML_WHITESPACE ||
	       type == PLAN_XML_SIGNIFICANT_WHITESPACE;
}

/* ---- the workbook and its relationships ---- */

static int read_workbook(xlsx *w)
{
	plan_xml *x;
	int r, code;

	if ((code = plan_xml_open(w->z, "xl/workbook.xml", &x)))
		return code;
	while ((r = plan_xml_next(x)) == 1) {
		if (plan_xml_type(x) != PLAN_XML_ELEMENT)
			continue;
		if (sx(x, "workbookPr")) {
			char *v = plan_xml_attr(x, NULL, "date1904");
			w->date1904 = v && (strcmp(v, "1") == 0 || strcmp(v, "true") == 0);
			plan_free(v);
		} else if (sx(x, "sheet")) {
			sheetref *s;
			if (PLAN_GROW(w->sheets, w->sheets_cap, w->nsheets + 1)) {
				r = PLAN_ENOMEM;
				break;
			}
			s = &w->sheets[w->nsheets++];
			memset(s, 0, sizeof(*s));
			s->name = plan_xml_attr(x, NULL, "name");
			s->rid = plan_xml_attr(x, R_NS, "id");
			if (!s->rid)
				s->rid = plan_xml_attr(x, R_NS_STRICT, "id");
			if (!s->name || !s->rid) {
				r = plan_xml_fail(x, "a sheet without a name or a relationship id");
				break;
			}
		}
	}
	plan_xml_close(x);
	if (r < 0)
		return r;
	if (plan_error_code() == PLAN_ENOMEM)
		return PLAN_ENOMEM;
	if (!w->nsheets)
		return plan_error_set(PLAN_EINVALID, "%s: xl/workbook.xml: no sheet", w->name);
	return PLAN_OK;
}

/* The part a relationship of xl/workbook.xml targets: "xl/" + target, or target from the root. */
static char *resolve(const char *target)
{
	char *out, *p;
	size_t n = strlen(target);

	if (target[0] == '/')
		return plan_strdup(target + 1);
	out = plan_malloc(n + 4);
	if (!out)
		return NULL;
	memcpy(out, "xl/", 3);
	memcpy(out + 3, target, n + 1);
	/* "xl/../x" and "xl/./x" */
	while ((p = strstr(out, "/./")))
		memmove(p, p + 2, strlen(p + 2) + 1);
	while ((p = strstr(out, "/../"))) {
		char *q = p;
		while (q > out && q[-1] != '/')
			q--;
		memmove(q, p + 4, strlen(p + 4) + 1);
	}
	return out;
}

static int ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n >= m && strcmp(s + n - m, suffix) == 0;
}

static int read_rels(xlsx *w)
{
	const char *part = "xl/_rels/workbook.xml.rels";
	plan_xml *x;
	int r, code;
	size_t i;

	if (!plan_zip_has(w->z, part))
		return plan_error_set(PLAN_EINVALID, "%s: not an Excel workbook: no %s in the archive", w->name, part);
	if ((code = plan_xml_open(w->z, part, &x)))
		return code;
	while ((r = plan_xml_next(x)) == 1) {
		char *id, *type, *target;

		if (plan_xml_type(x) != PLAN_XML_ELEMENT)
			continue;
		id = plan_xml_attr(x, NULL, "Id");
		type = plan_xml_attr(x, NULL, "Type");
		target = plan_xml_attr(x, NULL, "Target");
		if (id && type && target) {
			char **slot = NULL;
			if (ends_with(type, "/worksheet")) {
				for (i = 0; i < w->nsheets; i++)
					if (strcmp(w->sheets[i].rid, id) == 0 && !w->sheets[i].part)
						slot = &w->sheets[i].part;
			} else if (ends_with(type, "/sharedStrings") && !w->sst_part) {
				slot = &w->sst_part;
			} else if (ends_with(type, "/styles") && !w->styles_part) {
				slot = &w->styles_part;
			} else if (ends_with(type, "/theme") && !w->theme_part) {
				slot = &w->theme_part;
			}
			if (slot && !(*slot = resolve(target)))
				r = PLAN_ENOMEM;
		}
		plan_free(id);
		plan_free(type);
		plan_free(target);
		if (r < 0)
			break;
	}
	plan_xml_close(x);
	return r < 0 ? r : PLAN_OK;
}

/* ---- shared strings ---- */

static int read_sst(xlsx *w)
{
	plan_xml *x;
	plan_ibuf b = { 0 };
	int r, code, in_si = 0, in_t = 0, skip = -1;

	if (!w->sst_part || !plan_zip_has(w->z, w->sst_part))
		return PLAN_OK;
	if ((code = plan_xml_open(w->z, w->sst_part, &x)))
		return code;
	while ((r = plan_xml_next(x)) == 1) {
		int type = plan_xml_type(x);

		if (skip >= 0) {
			if (type == PLAN_XML_END_ELEMENT && plan_xml_depth(x) == skip)
				skip = -1;
			continue;
		}
		if (type == PLAN_XML_ELEMENT) {
			if (sx(x, "si")) {
				in_si = 1;
				b.len = 0;
				if (plan_xml_empty(x))
					goto end_si;
			} else if (in_si && sx(x, "rPh")) {
				if (!plan_xml_empty(x))
					skip = plan_xml_depth(x);
			} else if (in_si && sx(x, "t") && !plan_xml_empty(x)) {
				in_t = 1;
			}
			continue;
		}
		if (type == PLAN_XML_END_ELEMENT) {
			if (sx(x, "t"))
				in_t = 0;
			else if (sx(x, "si") && in_si)
				goto end_si;
			continue;
		}
		if (in_t && is_text_node(type)) {
			const char *v = plan_xml_value(x);
			if (v && (r = plan_ibuf_add(&b, x, v, strlen(v))))
				break;
		}
		continue;
end_si:
		in_si = 0;
		if (w->nsst >= (size_t)PLAN_IMPORT_MAX_CELLS) {
			r = plan_xml_fail(x, "more than %ld shared strings (PLAN_IMPORT_MAX_CELLS)",
					  PLAN_IMPORT_MAX_CELLS);
			break;
		}
		if (PLAN_GROW(w->sst, w->sst_cap, w->nsst + 1)) {
			r = PLAN_ENOMEM;
			break;
		}
		w->sst[w->nsst] = plan_arena_strndup(w->doc->arena, b.p ? b.p : "", b.len);
		if (!w->sst[w->nsst]) {
			r = plan_error_oom();
			break;
		}
		w->nsst++;
	}
	plan_xml_close(x);
	plan_ibuf_free(&b);
	return r < 0 ? r : PLAN_OK;
}

static long attr_long(plan_xml *x, const char *name, long dflt);

/* ---- colours ---- */

/* Excel's legacy palette, for fgColor@indexed (0-7 repeat 8-15). */
static const unsigned palette[64] = {
	0x000000, 0xFFFFFF, 0xFF0000, 0x00FF00, 0x0000FF, 0xFFFF00, 0xFF00FF, 0x00FFFF,
	0x000000, 0xFFFFFF, 0xFF0000, 0x00FF00, 0x0000FF, 0xFFFF00, 0xFF00FF, 0x00FFFF,
	0x800000, 0x008000, 0x000080, 0x808000, 0x800080, 0x008080, 0xC0C0C0, 0x808080,
	0x9999FF, 0x993366, 0xFFFFCC, 0xCCFFFF, 0x660066, 0xFF8080, 0x0066CC, 0xCCCCFF,
	0x000080, 0xFF00FF, 0xFFFF00, 0x00FFFF, 0x800080, 0x800000, 0x008080, 0x0000FF,
	0x00CCFF, 0xCCFFFF, 0xCCFFCC, 0xFFFF99, 0x99CCFF, 0xFF99CC, 0xCC99FF, 0xFFCC99,
	0x3366FF, 0x33CCCC, 0x99CC00, 0xFFCC00, 0xFF9900, 0xFF6600, 0x666699, 0x969696,
	0x003366, 0x339966, 0x003300, 0x333300, 0x993300, 0x993366, 0x333399, 0x333333,
};

/*
 * The theme's colour scheme (xl/theme/theme1.xml, a:clrScheme), in the
 * order fgColor@theme numbers it: lt1, dk1, lt2, dk2 (each pair swapped
 * from the file's order), accent1 to 6, hlink, folHlink.
 */
static int read_theme(xlsx *w)
{
	static const char *const order[12] = {
		"lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4",
		"accent5", "accent6", "hlink", "folHlink"
	};
	plan_xml *x;
	int r, code, in_scheme = 0, slot = -1, i;

	if (!w->theme_part || !plan_zip_has(w->z, w->theme_part))
		return PLAN_OK;
	if ((code = plan_xml_open(w->z, w->theme_part, &x)))
		return code;
	while ((r = plan_xml_next(x)) == 1) {
		int type = plan_xml_type(x);

		if (type == PLAN_XML_END_ELEMENT) {
			if (plan_xml_is(x, A_NS, "clrScheme"))
				in_scheme = 0;
			continue;
		}
		if (type != PLAN_XML_ELEMENT)
			continue;
		if (plan_xml_is(x, A_NS, "clrScheme")) {
			in_scheme = !plan_xml_empty(x);
		} else if (in_scheme && (plan_xml_is(x, A_NS, "srgbClr") || plan_xml_is(x, A_NS, "sysClr"))) {
			char *v = plan_xml_attr(x, NULL, plan_xml_is(x, A_NS, "srgbClr") ? "val" : "lastClr");
			unsigned rgb;
			if (slot >= 0 && v && plan_import_hex_colour(v, &rgb)) {
				w->theme[slot] = rgb;
				if (slot + 1 > w->ntheme)
					w->ntheme = slot + 1;
			}
			plan_free(v);
			slot = -1;
		} else if (in_scheme) {
			slot = -1;
			for (i = 0; i < 12; i++)
				if (plan_xml_is(x, A_NS, order[i]))
					slot = i;
		}
	}
	plan_xml_close(x);
	return r < 0 ? r : PLAN_OK;
}

/* A colour lightened (tint > 0) or darkened (tint < 0) as Excel does, in HLS. */
static unsigned apply_tint(unsigned rgb, double tint)
{
	double c[3] = { ((rgb >> 16) & 255) / 255.0, ((rgb >> 8) & 255) / 255.0, (rgb & 255) / 255.0 };
	double mx = c[0], mn = c[0], h = 0, l, sat, d, q, p, t, out[3];
	int i;

	for (i = 1; i < 3; i++) {
		if (c[i] > mx)
			mx = c[i];
		if (c[i] < mn)
			mn = c[i];
	}
	l = (mx + mn) / 2;
	d = mx - mn;
	sat = d == 0 ? 0 : d / (1 - (2 * l - 1 < 0 ? -(2 * l - 1) : 2 * l - 1));
	if (d != 0) {
		if (mx == c[0])
			h = (c[1] - c[2]) / d + (c[1] < c[2] ? 6 : 0);
		else if (mx == c[1])
			h = (c[2] - c[0]) / d + 2;
		else
			h = (c[0] - c[1]) / d + 4;
		h /= 6;
	}
	l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
	if (l < 0)
		l = 0;
	if (l > 1)
		l = 1;
	q = l < 0.5 ? l * (1 + sat) : l + sat - l * sat;
	p = 2 * l - q;
	for (i = 0; i < 3; i++) {
		t = h + (1 - i) / 3.0;
		if (t < 0)
			t += 1;
		if (t > 1)
			t -= 1;
		if (sat == 0)
			out[i] = l;
		else if (t < 1 / 6.0)
			out[i] = p + (q - p) * 6 * t;
		else if (t < 0.5)
			out[i] = q;
		else if (t < 2 / 3.0)
			out[i] = p + (q - p) * (2 / 3.0 - t) * 6;
		else
			out[i] = p;
	}
	return ((unsigned)(out[0] * 255 + 0.5) << 16) | ((unsigned)(out[1] * 255 + 0.5) << 8) |
	       (unsigned)(out[2] * 255 + 0.5);
}

/* The colour of the current element (fgColor): rgb, indexed or theme (with tint); 1 or 0 when none. */
static int colour_of(xlsx *w, plan_xml *x, unsigned *rgb)
{
	char *v = plan_xml_attr(x, NULL, "rgb");
	int ok = 0;

	if (v) {
		ok = plan_import_hex_colour(v, rgb);
	} else {
		long i = attr_long(x, "indexed", -1), th = attr_long(x, "theme", -1);
		if (i >= 0 && i < 64) {
			*rgb = palette[i];
			ok = 1;
		} else if (th >= 0 && th < w->ntheme) {
			char *tint = plan_xml_attr(x, NULL, "tint");
			*rgb = w->theme[th];
			if (tint) {
				double t = strtod(tint, NULL);
				if (t >= -1 && t <= 1 && t != 0)
					*rgb = apply_tint(*rgb, t);
			}
			plan_free(tint);
			ok = 1;
		}
	}
	plan_free(v);
	return ok;
}

/* ---- styles ---- */

/* A custom number format shows a date when it has d or y outside quotes, brackets and escapes. */
static int format_is_date(const char *f)
{
	for (; *f; f++) {
		if (*f == '"') {
			while (f[1] && f[1] != '"')
				f++;
			if (f[1])
				f++;
		} else if (*f == '[') {
			while (f[1] && f[1] != ']')
				f++;
			if (f[1])
				f++;
		} else if (*f == '\\' || *f == '_' || *f == '*') {
			if (f[1])
				f++;
		} else if (*f == 'd' || *f == 'D' || *f == 'y' || *f == 'Y') {
			return 1;
		}
	}
	return 0;
}

static int builtin_date(long id)
{
	return (id >= 14 && id <= 17) || id == 22;
}

static long attr_long(plan_xml *x, const char *name, long dflt)
{
	char *v = plan_xml_attr(x, NULL, name);
	char *end;
	long n;

	if (!v)
		return dflt;
	n = strtol(v, &end, 10);
	if (end == v || *end)
		n = dflt;
	plan_free(v);
	return n;
}

static int read_styles(xlsx *w)
{
	plan_xml *x;
	unsigned char *datefmt;    /* a bit per custom format id below 65536: it shows a date */
	size_t i;
	fillent *fills = NULL;
	size_t nfills = 0, fills_cap = 0;
	long *xf_fill = NULL;
	size_t xf_fill_cap = 0;
	int r, code, in_fills = 0, in_fill = 0, in_xfs = 0;

	if (!w->styles_part || !plan_zip_has(w->z, w->styles_part))
		return PLAN_OK;
	if (!(datefmt = plan_calloc(65536 / 8, 1)))
		return PLAN_ENOMEM;
	if ((code = plan_xml_open(w->z, w->styles_part, &x))) {
		plan_free(datefmt);
		return code;
	}
	while ((r = plan_xml_next(x)) == 1) {
		int type = plan_xml_type(x);

		if (type == PLAN_XML_END_ELEMENT) {
			if (sx(x, "fills"))
				in_fills = 0;
			else if (sx(x, "fill"))
				in_fill = 0;
			else if (sx(x, "cellXfs"))
				in_xfs = 0;
			continue;
		}
		if (type != PLAN_XML_ELEMENT)
			continue;
		if (sx(x, "numFmt")) {
			char *f = plan_xml_attr(x, NULL, "formatCode");
			long id = attr_long(x, "numFmtId", -1);
			if (f && id >= 0 && id < 65536 && format_is_date(f))
				datefmt[id / 8] |= (unsigned char)(1u << (id % 8));
			plan_free(f);
		} else if (sx(x, "fills")) {
			in_fills = !plan_xml_empty(x);
		} else if (in_fills && sx(x, "fill")) {
			if (nfills >= (size_t)PLAN_IMPORT_MAX_CELLS) {
				r = plan_xml_fail(x, "more than %ld fills", PLAN_IMPORT_MAX_CELLS);
			} else if (PLAN_GROW(fills, fills_cap, nfills + 1)) {
				r = PLAN_ENOMEM;
			} else {
				fills[nfills].has = 0;
				fills[nfills].rgb = 0;
				nfills++;
				in_fill = !plan_xml_empty(x);
			}
		} else if (in_fill && nfills && sx(x, "patternFill")) {
			char *p = plan_xml_attr(x, NULL, "patternType");
			/* no pattern, or the grey of Excel's second default fill: no colour */
			if (!p || strcmp(p, "none") == 0 || strcmp(p, "gray125") == 0)
				fills[nfills - 1].has = -1;
			plan_free(p);
		} else if (in_fill && nfills && sx(x, "fgColor") && fills[nfills - 1].has == 0) {
			if (colour_of(w, x, &fills[nfills - 1].rgb))
				fills[nfills - 1].has = 1;
		} else if (sx(x, "cellXfs")) {
			in_xfs = !plan_xml_empty(x);
		} else if (in_xfs && sx(x, "xf")) {
			long fmt = attr_long(x, "numFmtId", 0);
			if (w->nxfs >= (size_t)PLAN_IMPORT_MAX_CELLS) {
				r = plan_xml_fail(x, "more than %ld cell formats", PLAN_IMPORT_MAX_CELLS);
			} else if (PLAN_GROW(w->xfs, w->xfs_cap, w->nxfs + 1) ||
				   PLAN_GROW(xf_fill, xf_fill_cap, w->nxfs + 1)) {
				r = PLAN_ENOMEM;
			} else {
				xf *f = &w->xfs[w->nxfs];
				memset(f, 0, sizeof(*f));
				f->date = builtin_date(fmt) ||
					  (fmt >= 0 && fmt < 65536 && (datefmt[fmt / 8] >> (fmt % 8) & 1));
				xf_fill[w->nxfs] = attr_long(x, "fillId", -1);
				w->nxfs++;
			}
		}
		if (r < 0)
			break;
	}
	plan_xml_close(x);
	if (r >= 0) {
		for (i = 0; i < w->nxfs; i++) {
			long f = xf_fill[i];
			if (f >= 0 && (size_t)f < nfills && fills[f].has == 1) {
				w->xfs[i].has_fill = 1;
				w->xfs[i].fill = fills[f].rgb;
			}
		}
	}
	plan_free(datefmt);
	plan_free(fills);
	plan_free(xf_fill);
	return r < 0 ? r : PLAN_OK;
}

/* ---- cells ---- */

/*
 * Reads "AB12" (the row part may be absent) into a 0-based column and a
 * 1-based row (0 when absent): 1, or 0 when it is not a reference in
 * Excel's range.
 */
static int parse_ref(const char *s, size_t *col, size_t *row)
{
	size_t c = 0, r = 0, letters = 0, digits = 0;

	for (; *s >= 'A' && *s <= 'Z'; s++, letters++) {
		c = c * 26 + (size_t)(*s - 'A' + 1);
		if (c > XLSX_MAX_COLS)
			return 0;
	}
	for (; *s >= '0' && *s <= '9'; s++, digits++) {
		r = r * 10 + (size_t)(*s - '0');
		if (r > XLSX_MAX_ROWS)
			return 0;
	}
	if (*s || !letters || (digits && !r))
		return 0;
	*col = c - 1;
	*row = r;
	return 1;
}

/* Days since 1970-01-01 to a civil date (H. Hinnant's algorithm). */
static void civil(long z, long *y, unsigned *m, unsigned *d)
{
	long era, yy;
	unsigned doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = (unsigned)(z - era * 146097);
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	yy = (long)yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yy + (*m <= 2);
}

/* A date serial as YYYY-MM-DD into out[11]: 1, or 0 when it is not one (kept as written then). */
static int serial_date(const char *v, int date1904, char *out)
{
	char *end;
	double s = strtod(v, &end);
	long days, y;
	unsigned m, d;

	if (end == v || *end || !(s >= 1 && s < 2958466))
		return 0;
	days = (long)s;              /* s >= 1: the whole days */
	if (date1904)
		days += -24107;               /* 1904-01-01 is serial 0 */
	else if (days == 60)
		return 0;                     /* 1900-02-29, which Lotus 1-2-3 invented */
	else if (days < 60)
		days += -25568;               /* serial 1 is 1900-01-01 */
	else
		days += -25569;               /* past the day that never was */
	civil(days, &y, &m, &d);
	if (y < 0 || y > 9999)
		return 0;
	snprintf(out, 11, "%04ld-%02u-%02u", y % 10000, m % 100, d % 100);
	return 1;
}

typedef struct cellstate {
	size_t col;
	long style;
	char type[12];
	plan_ibuf v;               /* <v>'s text, or <is>'s */
	int in_v, in_is_t, skip;
} cellstate;

static int end_cell(xlsx *w, plan_xml *x, cellstate *c)
{
	plan_table_cell look;
	const char *text = c->v.p ? c->v.p : "";
	size_t len = c->v.len;
	char date[11];
	int code;

	memset(&look, 0, sizeof(look));
	look.span = 1;
	if (c->style >= 0 && (size_t)c->style < w->nxfs && w->xfs[c->style].has_fill) {
		look.has_fill = 1;
		look.fill = w->xfs[c->style].fill;
	}
	/* the gap before it: empty cells */
	while (w->tb.ncells < c->col)
		if ((code = plan_tbuild_cell(&w->tb, "", 0, NULL)))
			return code;
	if (strcmp(c->type, "s") == 0) {
		char *end;
		unsigned long i;
		if (!len) {
			text = "";
		} else {
			i = strtoul(text, &end, 10);
			if (*end || i >= w->nsst)
				return plan_xml_fail(x, "a cell refers to shared string %s, which does not exist", text);
			text = w->sst[i];
			len = strlen(text);
		}
	} else if (strcmp(c->type, "b") == 0) {
		if (len) {
			text = strcmp(text, "0") == 0 ? "FALSE" : "TRUE";
			len = strlen(text);
		}
	} else if (strcmp(c->type, "d") == 0) {
		if (len >= 10 && text[4] == '-' && text[7] == '-')
			len = 10;
	} else if ((c->type[0] == 0 || strcmp(c->type, "n") == 0) && len && c->style >= 0 &&
		   (size_t)c->style < w->nxfs && w->xfs[c->style].date && serial_date(text, w->date1904, date)) {
		text = date;
		len = 10;
	}
	return plan_tbuild_cell(&w->tb, text, len, &look);
}

static int add_merge(xlsx *w, plan_xml *x, const char *ref)
{
	char a[16], b[16];
	const char *colon = strchr(ref, ':');
	size_t c1, r1, c2, r2;
	merge *m;

	if (!colon || (size_t)(colon - ref) >= sizeof(a) || strlen(colon + 1) >= sizeof(b))
		return plan_xml_fail(x, "a merged range \"%.40s\" that is not A1:B2", ref);
	memcpy(a, ref, (size_t)(colon - ref));
	a[colon - ref] = 0;
	strcpy(b, colon + 1);
	if (!parse_ref(a, &c1, &r1) || !parse_ref(b, &c2, &r2) || !r1 || !r2 || r2 < r1 || c2 < c1)
		return plan_xml_fail(x, "a merged range \"%.40s\" that is not A1:B2", ref);
	if (PLAN_GROW(w->merges, w->merges_cap, w->nmerges + 1))
		return PLAN_ENOMEM;
	m = &w->merges[w->nmerges++];
	m->r1 = r1 - 1;
	m->r2 = r2 - 1;
	m->c1 = c1;
	m->c2 = c2;
	return PLAN_OK;
}

/* Makes row r of the table being built have at least n cells (empty ones added, counted). */
static int widen_row(xlsx *w, size_t r, size_t n)
{
	plan_table_row *row = &w->tb.rows[r];
	plan_table_cell *cells;
	size_t i;
	int code;

	if (row->ncells >= n)
		return PLAN_OK;
	if ((code = plan_tbuild_count(&w->tb, n - row->ncells - (row->ncells == 0))))
		return code;
	cells = plan_arena_alloc(w->doc->arena, n * sizeof(*cells));
	if (!cells)
		return plan_error_oom();
	if (row->ncells)
		memcpy(cells, row->cells, row->ncells * sizeof(*cells));
	for (i = row->ncells; i < n; i++) {
		memset(&cells[i], 0, sizeof(cells[i]));
		cells[i].text = "";
		cells[i].span = 1;
	}
	row->cells = cells;
	row->ncells = n;
	return PLAN_OK;
}

static int apply_merges(xlsx *w, plan_xml *x)
{
	size_t i, r, c, area = 0;
	int code;

	for (i = 0; i < w->nmerges; i++) {
		merge *m = &w->merges[i];
		size_t width = m->c2 - m->c1 + 1, height = m->r2 - m->r1 + 1;

		if (height > (size_t)PLAN_IMPORT_MAX_CELLS / width ||
		    width * height > (size_t)PLAN_IMPORT_MAX_CELLS - area)
			return plan_xml_fail(x, "merged ranges cover more than %ld cells (PLAN_IMPORT_MAX_CELLS)",
					     PLAN_IMPORT_MAX_CELLS);
		area += width * height;
		while (w->tb.nrows <= m->r2)
			if ((code = plan_tbuild_row(&w->tb, 0)))
				return code;
		for (r = m->r1; r <= m->r2; r++) {
			plan_table_cell *cells;

			if ((code = widen_row(w, r, m->c2 + 1)))
				return code;
			cells = w->tb.rows[r].cells;
			if (cells[m->c1].span == 0)
				continue;   /* inside a range already (ranges that overlap) */
			cells[m->c1].span = (unsigned)width;
			if (r > m->r1) {
				cells[m->c1].continued = 1;
				cells[m->c1].text = "";
			}
			for (c = m->c1 + 1; c <= m->c2; c++)
				cells[c].span = 0;
		}
	}
	/* take out the cells ranges cover */
	for (r = 0; w->nmerges && r < w->tb.nrows; r++) {
		plan_table_row *row = &w->tb.rows[r];
		size_t n = 0;

		for (c = 0; c < row->ncells; c++)
			if (row->cells[c].span)
				row->cells[n++] = row->cells[c];
		row->ncells = n;
	}
	return PLAN_OK;
}

static int read_sheet(xlsx *w, const sheetref *s)
{
	plan_xml *x;
	cellstate c;
	int r, code, in_data = 0, in_row = 0, in_cell = 0;

	memset(&c, 0, sizeof(c));
	c.skip = -1;
	w->nmerges = 0;
	if ((code = plan_tbuild_table(&w->tb, s->name)))
		return code;
	if (plan_error_code() == PLAN_ENOMEM)
		return PLAN_ENOMEM;
	if (!s->part || !plan_zip_has(w->z, s->part))
		return plan_error_set(PLAN_EINVALID, "%s: sheet \"%s\": its part is not in the archive",
				      w->name, s->name);
	if ((code = plan_xml_open(w->z, s->part, &x)))
		return code;
	while ((r = plan_xml_next(x)) == 1) {
		int type = plan_xml_type(x);

		code = PLAN_OK;
		if (c.skip >= 0) {
			if (type == PLAN_XML_END_ELEMENT && plan_xml_depth(x) == c.skip)
				c.skip = -1;
			continue;
		}
		if (type == PLAN_XML_ELEMENT) {
			int empty = plan_xml_empty(x);

			if (sx(x, "sheetData")) {
				in_data = !empty;
			} else if (in_data && !in_row && sx(x, "row")) {
				long n = attr_long(x, "r", 0);
				if (n < 0 || (size_t)n > XLSX_MAX_ROWS) {
					code = plan_xml_fail(x, "row %ld: out of Excel's range", n);
				} else if (n && (size_t)n <= w->tb.nrows) {
					code = plan_xml_fail(x, "row %ld: after row %zu (rows out of order)", n,
							  w->tb.nrows);
				} else {
					while (n && w->tb.nrows < (size_t)n - 1)
						if ((code = plan_tbuild_row(&w->tb, 0)))
							break;
					in_row = 1;
					if (!code && empty) {
						code = plan_tbuild_row(&w->tb, 0);
						in_row = 0;
					}
				}
			} else if (in_row && !in_cell && sx(x, "c")) {
				char *ref = plan_xml_attr(x, NULL, "r");
				char *t = plan_xml_attr(x, NULL, "t");
				size_t col = w->tb.ncells, row = 0;

				if (ref && (!parse_ref(ref, &col, &row) || (row && row != w->tb.nrows + 1)))
					code = plan_xml_fail(x, "cell \"%.20s\": not a reference to a cell of row %zu", ref,
							  w->tb.nrows + 1);
				else if (col < w->tb.ncells)
					code = plan_xml_fail(x, "cell \"%.20s\": cells out of order", ref ? ref : "");
				c.col = col;
				c.style = attr_long(x, "s", -1);
				snprintf(c.type, sizeof(c.type), "%s", t ? t : "");
				c.v.len = 0;
				c.in_v = c.in_is_t = 0;
				plan_free(ref);
				plan_free(t);
				in_cell = 1;
				if (!code && empty) {
					code = end_cell(w, x, &c);
					in_cell = 0;
				}
			} else if (in_cell && sx(x, "v") && !empty) {
				c.in_v = 1;
			} else if (in_cell && sx(x, "rPh") && !empty) {
				c.skip = plan_xml_depth(x);
			} else if (in_cell && sx(x, "t") && !empty) {
				c.in_is_t = 1;
			} else if (in_cell && sx(x, "f") && !empty) {
				c.skip = plan_xml_depth(x);   /* the formula: its value is in <v> */
			} else if (sx(x, "mergeCell")) {
				char *ref = plan_xml_attr(x, NULL, "ref");
				if (ref)
					code = add_merge(w, x, ref);
				plan_free(ref);
			}
		} else if (type == PLAN_XML_END_ELEMENT) {
			if (in_cell && sx(x, "v")) {
				c.in_v = 0;
			} else if (in_cell && sx(x, "t")) {
				c.in_is_t = 0;
			} else if (in_cell && sx(x, "c")) {
				code = end_cell(w, x, &c);
				in_cell = 0;
			} else if (in_row && sx(x, "row")) {
				code = plan_tbuild_row(&w->tb, 0);
				in_row = 0;
			} else if (sx(x, "sheetData")) {
				in_data = 0;
			}
		} else if ((c.in_v || c.in_is_t) && is_text_node(type)) {
			const char *v = plan_xml_value(x);
			if (v)
				code = plan_ibuf_add(&c.v, x, v, strlen(v));
		}
		if (code < 0) {
			r = code;
			break;
		}
	}
	if (r >= 0 && (in_row || in_cell))
		r = plan_xml_fail(x, "ends inside a row");
	if (r >= 0)
		r = apply_merges(w, x);
	plan_xml_close(x);
	plan_ibuf_free(&c.v);
	if (r < 0)
		return r;
	return plan_tbuild_table_end(&w->tb);
}

int plan_import_xlsx_read(plan_table_doc *doc, const char *name, const void *data, size_t len)
{
	xlsx w;
	size_t i;
	int code;

	memset(&w, 0, sizeof(w));
	w.doc = doc;
	w.name = name;
	plan_tbuild_init(&w.tb, doc, name);
	if ((code = plan_zip_open(&w.z, name, data, len)))
		return code;
	if (!plan_zip_has(w.z, "xl/workbook.xml"))
		code = plan_error_set(PLAN_EINVALID, "%s: not an Excel workbook: no xl/workbook.xml in the archive",
				      name);
	if (!code)
		code = read_workbook(&w);
	if (!code)
		code = read_rels(&w);
	if (!code && !w.sst_part && !(w.sst_part = plan_strdup("xl/sharedStrings.xml")))
		code = PLAN_ENOMEM;
	if (!code && !w.styles_part && !(w.styles_part = plan_strdup("xl/styles.xml")))
		code = PLAN_ENOMEM;
	if (!code)
		code = read_sst(&w);
	if (!code)
		code = read_theme(&w);
	if (!code)
		code = read_styles(&w);
	for (i = 0; !code && i < w.nsheets; i++)
		code = read_sheet(&w, &w.sheets[i]);
	if (!code)
		code = plan_tbuild_finish(&w.tb);
	for (i = 0; i < w.nsheets; i++) {
		plan_free(w.sheets[i].name);
		plan_free(w.sheets[i].rid);
		plan_free(w.sheets[i].part);
	}
	plan_free(w.sheets);
	plan_free(w.sst);
	plan_free(w.xfs);
	plan_free(w.merges);
	plan_free(w.sst_part);
	plan_free(w.styles_part);
	plan_free(w.theme_part);
	plan_tbuild_free(&w.tb);
	plan_zip_close(w.z);
	return code;
}
