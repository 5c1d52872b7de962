# The history of bench/planlog.sh, as a git fast-import stream: one commit
# (2019-01-01 00:00 UTC) with FILES plan files of about SIZE bytes in all,
# then COMMITS - 1 commits a minute apart, each appending a dated update
# to one action of one file (files in turn; to F0.A0, the action
# planlog.sh follows, every 97th commit of its file).  bench/pack.sh
# reads the same history.
# Usage: awk -v commits=N -v files=N -v size=BYTES -f bench/history.awk | git fast-import
function blob(f,    s, i) {
	s = "plan P" f " Generated plan " f "\n  period 2019/20\n"
	for (i = 0; i < per; i++)
		s = s body[f, i]
	return s
}
BEGIN {
	per = int(size / files / 400); if (per < 2) per = 2
	for (f = 0; f < files; f++)
		for (i = 0; i < per; i++)
			body[f, i] = sprintf("action F%d.A%d Generated action %d of file %d, with a title of some length\n  lead Officer %d, Community Safety\n  due 2019-12\n  update 2019-04-01 green\n    A first update of a few words, as plans have them, with figures 12 and 34.\n", f, i, i, f, i)
	t = 1546300800
	printf "commit refs/heads/main\ncommitter bench <b@e> %d +0000\ndata 4\ninit\n", t
	for (f = 0; f < files; f++) {
		s = blob(f)
		printf "M 100644 inline plans/f%d.plan\ndata %d\n%s\n", f, length(s), s
	}
	for (c = 1; c < commits; c++) {
		f = c % files; i = int(c / files) % per
		if (c % (files * 97) == 0)   # the action followed changes now and then
			i = 0
		body[f, i] = body[f, i] sprintf("  update 2019-05-%02d amber\n    Update %d: progress noted at the review.\n", c % 28 + 1, c)
		s = blob(f)
		printf "commit refs/heads/main\ncommitter bench <b@e> %d +0000\ndata %d\nc%d\nM 100644 inline plans/f%d.plan\ndata %d\n%s\n", t + c * 60, length("c" c), c, f, length(s), s
	}
}
