#!/bin/sh
# Remakes fuzz/import-corpus/ from the test fixtures (tests/import/fixtures.py):
# each file is a selector byte (0 AUTO, 1 CSV, 2 DOCX, 3 XLSX; see
# fuzz/fuzz_import.c) followed by a document.  Run from the top of the tree.
set -e
tmp=$(mktemp -d /tmp/plan-import-corpus-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
/usr/bin/python3 tests/import/fixtures.py "$tmp"
out=fuzz/import-corpus
mkdir -p "$out"
add() { # SELECTOR FILE NAME
	{ printf "\\$(printf %03o "$1")"; cat "$2"; } > "$out/$3"
}
for f in features.docx notitle.docx pandoc.docx xxe.docx laughs.docx badutf8.docx \
	 truncated.docx unclosed.docx notword.docx other.zip openpyxl.xlsx hand.xlsx \
	 rows-out-of-order.xlsx cells-out-of-order.xlsx bad-sst.xlsx bad-ref.xlsx nosheet.xlsx; do
	add 0 "$tmp/$f" "auto-$f"
done
# the parts stored, not deflated, so that a mutation reaches the XML
for f in features.docx openpyxl.xlsx hand.xlsx; do
	/usr/bin/python3 -c 'import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as a, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_STORED) as b:
    for i in a.infolist():
        b.writestr(i.filename, a.read(i.filename))' "$tmp/$f" "$tmp/stored-$f"
	add 0 "$tmp/stored-$f" "auto-stored-$f"
done
add 2 "$tmp/features.docx" docx-features.docx
add 3 "$tmp/hand.xlsx" xlsx-hand.xlsx
add 2 "$tmp/hand.xlsx" docx-given-xlsx
add 1 tests/cli/data/import/updates.csv csv-updates.csv
add 0 tests/cli/data/import/semicolon.csv auto-semicolon.csv
printf '\001"open quote\r\na,b\n' > "$out/csv-open-quote.csv"
