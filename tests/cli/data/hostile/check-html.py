# Reads HTML on standard input and says what in it could run or has
# broken out of its place: a tag not in the allowed list (argv[1],
# comma-separated), an event-handler attribute, a javascript: or data:
# address, a table whose rows differ in their number of cells, and each
# of the texts argv[2:] that the page does not show as text (a text that
# escaping lost or turned into markup).  Prints "clean: N tables, M rows"
# when there is nothing to say.
import sys
from html.parser import HTMLParser

allowed = set(sys.argv[1].split(","))


class Check(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.tables = []      # per open table: the cell counts of its rows
        self.done = []
        self.cells = None
        self.text = []

    def handle_starttag(self, tag, attrs):
        if tag not in allowed:
            self.problems.append("tag <%s>" % tag)
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append("attribute %s on <%s>" % (name, tag))
            if name in ("href", "src", "xlink:href", "action") and value and \
                    value.strip().lower().startswith(("javascript:", "data:", "vbscript:")):
                self.problems.append("%s=%r on <%s>" % (name, value, tag))
        if tag == "table":
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self.cells = 0
            self.tables[-1].append(0)
        elif tag in ("td", "th") and self.tables and self.tables[-1]:
            self.tables[-1][-1] += 1

    def handle_endtag(self, tag):
        if tag == "table" and self.tables:
            rows = self.tables.pop()
            if len(set(rows)) > 1:
                self.problems.append("a table whose rows have %s cells" % sorted(set(rows)))
            self.done.append(rows)

    def handle_data(self, data):
        self.text.append(data)

    def handle_comment(self, data):
        self.problems.append("comment <!--%s-->" % data[:20])

    def handle_pi(self, data):
        self.problems.append("processing instruction")


c = Check()
c.feed(sys.stdin.read())
c.close()
shown = " ".join("".join(c.text).split())
for want in sys.argv[2:]:
    if want not in shown:
        c.problems.append("text not shown as written: %r" % want)
if c.problems:
    for p in c.problems:
        print("problem:", p)
    sys.exit(1)
print("clean: %d tables, %d rows" % (len(c.done), sum(len(t) for t in c.done)))
