$ for f in '-f json' -fjson '--format json' --format=json; do plancheck $f errors.plan | head -2 | tr -d '\n'; echo " <- plancheck $f"; done; planreport --format json good.plan | head -2 | tr -d '\n'; echo; plancheck -- -f 2>&1; echo "exit $?"
{  "version": 1, <- plancheck -f json
{  "version": 1, <- plancheck -fjson
{  "version": 1, <- plancheck --format json
{  "version": 1, <- plancheck --format=json
{  "version": 1,
-f: error: cannot read: No such file or directory [io]
1 error, 0 warnings in 0 files
exit 2
? 0
