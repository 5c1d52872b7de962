/*
 * import_read.c - planimport's way in: reads a file (or bytes) and hands
 * them to the reader of their container (import_int.h), after deciding
 * which from the bytes themselves when asked to (PLAN_IMPORT_AUTO): a
 * zip archive ("PK\3\4", or the end record of an empty one) with
 * word/document.xml is a Word document, with xl/workbook.xml an Excel
 * workbook, any other zip is an error, and anything else is CSV.  The
 * name a file has is never trusted for this.
 *
 * The document owns one arena; a failure frees it and leaves *out NULL,
 * with the reason recorded by the reader (error.h).
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "alloc.h"
#include "error.h"
#include "import.h"
#include "import_int.h"
#include "import_zip.h"
#include "limit.h"
#include "load.h"

static int is_zip(const unsigned char *p, size_t len)
{
	return len >= 4 && p[0] == 'P' && p[1] == 'K' &&
	       ((p[2] == 3 && p[3] == 4) || (p[2] == 5 && p[3] == 6));
}

/* What a zip archive holds: DOCX, XLSX, or AUTO (neither, recorded as an error). */
static int zip_kind(const char *name, const void *data, size_t len, plan_import_format *kind)
{
	plan_zip *z;
	int code = plan_zip_open(&z, name, data, len);

	if (code)
		return code;
	if (plan_zip_has(z, "word/document.xml"))
		*kind = PLAN_IMPORT_DOCX;
	else if (plan_zip_has(z, "xl/workbook.xml"))
		*kind = PLAN_IMPORT_XLSX;
	else
		code = plan_error_set(PLAN_EINVALID,
				      "%s: a zip archive, but neither a Word document (no word/document.xml)"
				      " nor an Excel workbook (no xl/workbook.xml)", name);
	plan_zip_close(z);
	return code;
}

int plan_table_doc_read_buffer(plan_table_doc **out, const char *name, const void *data, size_t len,
			       plan_import_format fmt)
{
	plan_table_doc *doc;
	int code;

	*out = NULL;
	/* an allocation that fails on the way (in libxml2, say) is then told from a file's fault */
	plan_error_clear();
	if (!name)
		name = "(input)";
	if (fmt == PLAN_IMPORT_AUTO) {
		if (!is_zip(data, len))
			fmt = PLAN_IMPORT_CSV;
		else if ((code = zip_kind(name, data, len, &fmt)))
			return code;
	} else if ((fmt == PLAN_IMPORT_DOCX || fmt == PLAN_IMPORT_XLSX) && !is_zip(data, len)) {
		return plan_error_set(PLAN_EINVALID, "%s: not a %s file: not a zip archive", name,
				      fmt == PLAN_IMPORT_DOCX ? "docx" : "xlsx");
	} else if (fmt != PLAN_IMPORT_CSV && fmt != PLAN_IMPORT_DOCX && fmt != PLAN_IMPORT_XLSX) {
		return plan_error_set(PLAN_EINVALID, "unknown import format %d", (int)fmt);
	}
	doc = plan_calloc(1, sizeof(*doc));
	if (!doc)
		return PLAN_ENOMEM;
	doc->format = fmt;
	doc->arena = plan_arena_new();
	if (!doc->arena) {
		plan_free(doc);
		return plan_error_oom();
	}
	switch (fmt) {
	case PLAN_IMPORT_DOCX:
		code = plan_import_docx_read(doc, name, data, len);
		break;
	case PLAN_IMPORT_XLSX:
		code = plan_import_xlsx_read(doc, name, data, len);
		break;
	default:
		code = plan_import_csv_read(doc, data, len);
		break;
	}
	if (!code && plan_error_code() == PLAN_ENOMEM)
		code = PLAN_ENOMEM;   /* an allocation failed and was taken for an absent value: fail closed */
	if (code) {
		plan_table_doc_free(doc);
		return code;
	}
	*out = doc;
	return PLAN_OK;
}

int plan_table_doc_read(plan_table_doc **out, const char *path, plan_import_format fmt)
{
	struct stat st;
	char *data = NULL;
	size_t len = 0;
	int fd, code;

	*out = NULL;
	fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return plan_error_set(PLAN_EREAD, "%s: %s", path, strerror(errno));
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		int e = errno;
		if (fstat(fd, &st) < 0)
			code = plan_error_set(PLAN_EREAD, "%s: %s", path, strerror(e));
		else
			code = plan_error_set(PLAN_EREAD, "%s: %s", path,
					      S_ISDIR(st.st_mode) ? "is a directory" : "not a regular file");
		close(fd);
		return code;
	}
	if (plan_read_fd(fd, (size_t)st.st_size, (size_t)PLAN_MAX_FILE_SIZE, &data, &len) < 0) {
		int e = errno;
		close(fd);
		if (e == ENOMEM)
			return plan_error_oom();
		if (e == EFBIG)
			return plan_error_set(PLAN_EREAD, "%s: larger than " PLAN_MAX_FILE_SIZE_TEXT, path);
		return plan_error_set(PLAN_EREAD, "%s: %s", path, strerror(e));
	}
	close(fd);
	code = plan_table_doc_read_buffer(out, path, data, len, fmt);
	plan_free(data);
	return code;
}

void plan_table_doc_free(plan_table_doc *doc)
{
	if (!doc)
		return;
	plan_arena_free(doc->arena);
	plan_free(doc);
}
