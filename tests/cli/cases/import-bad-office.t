$ for f in xxe.docx bomb.docx badutf8.docx truncated.docx other.zip; do planimport import/$f; echo "exit $?"; done; planimport --format=docx import/updates.csv; echo "exit $?"; planimport --format=xlsx import/xxe.docx; echo "exit $?"
planimport: import/xxe.docx: word/document.xml: has a document type declaration (<!DOCTYPE>): its entities are never read
exit 2
planimport: import/bomb.docx: word/document.xml: compressed more than 100 to 1 (PLAN_IMPORT_MAX_RATIO): a zip bomb
exit 2
planimport: import/badutf8.docx: word/document.xml: not well-formed XML, line 2: Input is not proper UTF-8, indicate encoding ! Bytes: 0xE9 0x3C 0x2F 0x77
exit 2
planimport: import/truncated.docx: not a valid zip archive (Not a zip archive)
exit 2
planimport: import/other.zip: a zip archive, but neither a Word document (no word/document.xml) nor an Excel workbook (no xl/workbook.xml)
exit 2
planimport: import/updates.csv: not a docx file: not a zip archive
exit 2
planimport: import/xxe.docx: not an Excel workbook: no xl/workbook.xml in the archive
exit 2
? 0
