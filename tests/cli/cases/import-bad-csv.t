$ for f in open-quote latin1 nul missing; do planimport import/$f.csv; echo "exit $?"; done
planimport: import/open-quote.csv: line 2: the quoted field opened here is not closed by the end of the file
exit 2
planimport: import/latin1.csv: line 2: byte 0xE9 is not UTF-8: save the CSV as UTF-8 ("CSV UTF-8" in Excel)
exit 2
planimport: import/nul.csv: line 2: a NUL byte: this is not a CSV text file
exit 2
planimport: import/missing.csv: No such file or directory
exit 2
? 0
