# Build, test and demo of plancheck, planreport, planlog and planfmt.
#
#   make            build $(BIN)/plancheck, $(BIN)/planreport, $(BIN)/planlog
#                   and $(BIN)/planfmt, and the manual pages ($(BUILD)/man)
#   make test       install what is missing, build, run every test, then
#                   run the whole suite again under ASan + UBSan
#   make demo       install what is missing, build, check and report plans/
#   make asan       the suite under AddressSanitizer + UndefinedBehaviorSanitizer
#   make sarif      plancheck's SARIF checked by the SARIF validator (from npm)
#   make browser    planreport's HTML in headless Chromium, printed, validated, checked
#   make editors    the editor packages (editors/) tested in Vim, Emacs and a
#                   TextMate grammar test runner (from npm), and in Neovim
#   make editor-words  writes the word lists of the editor packages again
#                   from the language's tables (editors/gen.c)
#   make vsix       packages the VS Code extension (needs vsce: not in make test)
#   make deps       install what the build and the tests need and lack
#   make install-hook REPO=DIR   install the pre-commit hook into a repository
#   make install / uninstall     PREFIX=/usr/local, DESTDIR= (see below)
#   make clean
#
# Objects and generated sources go under $(BUILD) (build/ by default;
# $(BUILD)/asan for the sanitizer run), programs under $(BIN) (bin/).
# CFLAGS, CPPFLAGS and LDFLAGS are yours: what the build needs is added
# to them (ALL_CFLAGS, ...), as git's Makefile does.

BUILD    ?= build
BIN      ?= bin
CC       ?= cc
PKGS     := jansson libgit2 libutf8proc xlsxwriter

CFLAGS   ?= -O2 -g
CPPFLAGS ?=
LDFLAGS  ?=
SAN      ?=
WARN     := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
            -Wformat=2 -Wvla -Wpointer-arith
GENWARN  := -Wall -Werror -Wno-unused-function -Wno-sign-compare -Wno-unused-parameter
PKGCFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKGLIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
ALL_CPPFLAGS = -I src -I $(BUILD)/gen -D_GNU_SOURCE $(CPPFLAGS)
ALL_CFLAGS   = -std=c11 $(CFLAGS) $(SAN) -MMD -MP
ALL_LDFLAGS  = $(LDFLAGS) $(SAN)
# Every file of src/ but alloc.c reaches the system allocator only
# through alloc.h: it is included first, and hides malloc and the rest.
HIDE_ALLOC   = -include src/alloc.h -DPLAN_HIDE_SYSTEM_ALLOC

LIB_SRC  := src/alloc.c src/error.c src/strbuf.c src/map.c src/arena.c src/diag.c src/fold.c src/date.c src/model.c \
            src/words.c src/measure.c src/build.c src/parse.c src/load.c src/check.c src/checks.c src/compare.c src/commits.c \
            src/changes.c src/records.c src/history.c src/graph.c src/treediff.c src/walk.c src/facts.c \
            src/logcache.c src/log.c src/json.c src/sarif.c src/github.c src/report.c src/pack.c src/pack_text.c src/pack_doc.c src/pack_md.c \
            src/pack_html.c src/pack_sheet.c src/pack_csv.c src/pack_xlsx.c src/partner.c src/fmt.c src/udiff.c \
            src/lsp.c src/lsp_server.c
# plancheck --new's skeleton plan.
LIB_SRC  += src/skeleton.c
CMD_SRC  := src/main.c src/options.c src/cmd_check.c src/cmd_report.c src/cmd_log.c src/cmd_fmt.c src/cmd_ls.c
# planimport's readers (import.h, import_zip.h): the zip container read
# with libzip and its XML with libxml2, both from Debian, both streaming.
PKGS     += libzip libxml-2.0
LIB_SRC  += src/import_read.c src/import_zip.c src/import_docx.c src/import_xlsx.c
# planimport (import.h): the mapper from tables to a plan, the CSV
# reader and the command.  Kept in this one block (with the bench and the
# import suite further down).
LIB_SRC  += src/import_map.c src/import_csv.c
CMD_SRC  += src/cmd_import.c
# (planimport is one of COMMANDS, below: linked, tested and installed.)
# The rules of this block come before all's: all stays the default goal.
.DEFAULT_GOAL := all
# The seed round trips: documents by pandoc and openpyxl (tests/import/run).
.PHONY: import
import: $(BIN)/planimport $(BIN)/plancheck $(BIN)/planreport
	@tests/import/run $(BIN)
GEN_SRC  := $(BUILD)/gen/plan.tab.c $(BUILD)/gen/plan.lex.c
LIB_OBJ  := $(LIB_SRC:src/%.c=$(BUILD)/obj/%.o) $(GEN_SRC:$(BUILD)/gen/%.c=$(BUILD)/obj/%.o)
CMD_OBJ  := $(CMD_SRC:src/%.c=$(BUILD)/obj/%.o)
UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

.PHONY: all test demo asan deps clean unit cli hook log lsp sheets sarif browser replay fuzz valgrind check-tools install-hook install-test \
        editors editor-words vsix
.DELETE_ON_ERROR:

# The program's names: each is a link to $(BUILD)/plan in $(BIN) (and,
# installed, in $(BINDIR)); a new command is one word here.
COMMANDS := plancheck planreport planlog planfmt planls planimport

all: $(COMMANDS:%=$(BIN)/%)

$(BUILD)/gen/plan.tab.c $(BUILD)/gen/plan.tab.h &: grammar/plan.y
	@mkdir -p $(@D)
	bison -Wall -Werror --defines=$(BUILD)/gen/plan.tab.h -o $(BUILD)/gen/plan.tab.c $<

$(BUILD)/gen/plan.lex.c $(BUILD)/gen/plan.lex.h &: grammar/plan.l
	@mkdir -p $(@D)
	flex --header-file=$(BUILD)/gen/plan.lex.h -o $(BUILD)/gen/plan.lex.c $< 2>$(BUILD)/gen/flex.log; \
	  st=$$?; cat $(BUILD)/gen/flex.log; test $$st -eq 0 && test ! -s $(BUILD)/gen/flex.log

$(BUILD)/obj/plan.tab.o: $(BUILD)/gen/plan.tab.c $(BUILD)/gen/plan.lex.h
	@mkdir -p $(@D)
	$(CC) $(HIDE_ALLOC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(GENWARN) -c -o $@ $<

$(BUILD)/obj/plan.lex.o: $(BUILD)/gen/plan.lex.c $(BUILD)/gen/plan.tab.h
	@mkdir -p $(@D)
	$(CC) $(HIDE_ALLOC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(GENWARN) -c -o $@ $<

# Our sources may include the generated headers.
$(LIB_SRC:src/%.c=$(BUILD)/obj/%.o) $(CMD_OBJ): | $(BUILD)/gen/plan.tab.h $(BUILD)/gen/plan.lex.h

$(BUILD)/obj/alloc.o: HIDE_ALLOC :=
$(BUILD)/obj/%.o: src/%.c
	@mkdir -p $(@D)
	$(CC) $(HIDE_ALLOC) $(ALL_CPPFLAGS) $(PKGCFLAGS) $(ALL_CFLAGS) $(WARN) -c -o $@ $<

$(BUILD)/libplan.a: $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $^

$(BUILD)/plan: $(CMD_OBJ) $(BUILD)/libplan.a
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(PKGLIBS)

$(COMMANDS:%=$(BIN)/%): $(BUILD)/plan
	@mkdir -p $(@D)
	ln -f $< $@

# Unit tests: one cmocka program per tests/unit/test_*.c.  test_io puts
# its own functions between the loader and open, fstat and read.
$(BUILD)/tests/test_io: UNIT_LDFLAGS := -Wl,--wrap=open,--wrap=fstat,--wrap=read
$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libplan.a
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(PKGCFLAGS) $(ALL_CFLAGS) $(WARN) -Wno-missing-prototypes -o $@ $< \
	  $(ALL_LDFLAGS) $(BUILD)/libplan.a $(PKGLIBS) -lcmocka $(UNIT_LDFLAGS)

unit: $(UNIT_BIN)
	@tests/run-unit $(UNIT_BIN)

cli: $(COMMANDS:%=$(BIN)/%)
	@tests/cli/run $(BIN)

# The fuzz target run over the kept crashers and corpus, without libFuzzer.
$(BUILD)/fuzz-replay: fuzz/replay.c fuzz/fuzz_plan.c $(BUILD)/libplan.a
	$(CC) $(ALL_CPPFLAGS) $(PKGCFLAGS) $(ALL_CFLAGS) $(WARN) -Wno-missing-prototypes -o $@ \
	  fuzz/replay.c fuzz/fuzz_plan.c $(ALL_LDFLAGS) $(BUILD)/libplan.a $(PKGLIBS)

# The same for planls' target over its seeds and kept corpus
# (fuzz/lsp-seeds/, fuzz/lsp-corpus/; crashers go to tests/fuzz-lsp/).
$(BUILD)/fuzz-replay-lsp: fuzz/replay.c fuzz/fuzz_lsp.c $(BUILD)/libplan.a
	$(CC) $(ALL_CPPFLAGS) $(PKGCFLAGS) $(ALL_CFLAGS) $(WARN) -Wno-missing-prototypes -o $@ \
	  fuzz/replay.c fuzz/fuzz_lsp.c $(ALL_LDFLAGS) $(BUILD)/libplan.a $(PKGLIBS)

replay: $(BUILD)/fuzz-replay $(BUILD)/fuzz-replay-lsp
	@$(BUILD)/fuzz-replay tests/fuzz/* fuzz/seeds/* fuzz/corpus/*
	@$(BUILD)/fuzz-replay-lsp $(wildcard tests/fuzz-lsp/*) fuzz/lsp-seeds/* fuzz/lsp-corpus/*

# The pre-commit hook in real repositories made by the tests (git is needed).
hook: $(BIN)/plancheck
	@tests/hook/run $(BIN)

# planlog on histories made by the tests.
log: $(BIN)/plancheck $(BIN)/planreport $(BIN)/planlog
	@tests/log/run $(BIN)

# planls driven by a scripted JSON-RPC client (Python's standard library).
lsp: $(BIN)/planls
	@tests/lsp/run $(BIN)

# planreport's CSV and xlsx read back by Python's csv module and openpyxl
# (/usr/bin/python3, Debian's python3-openpyxl).
sheets: $(BIN)/planreport
	@tests/sheets/run $(BIN)

# plancheck --format=sarif checked by Microsoft's SARIF validator, the npm
# package @microsoft/sarif-multitool at the version that
# tests/sarif/package-lock.json pins, installed under $(NPM_DIR) (a .NET
# program shipped in the package: nothing else is downloaded).
NPM_DIR ?= $(BUILD)/npm
SARIF_MULTITOOL = $(NPM_DIR)/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool

$(SARIF_MULTITOOL): tests/sarif/package.json tests/sarif/package-lock.json
	@mkdir -p $(NPM_DIR)
	cp tests/sarif/package.json tests/sarif/package-lock.json $(NPM_DIR)/
	cd $(NPM_DIR) && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	chmod u+x $@
	touch $@

sarif: $(BIN)/plancheck $(SARIF_MULTITOOL)
	@SARIF_MULTITOOL=$(abspath $(SARIF_MULTITOOL)) tests/sarif/run $(BIN)

# The editor packages.  Their word lists are written by $(BUILD)/editors/gen
# from the language's tables (src/words.h, ...): make editor-words writes
# them into the files after a change of the language, and tests/editors
# fails while a committed file differs from what gen writes.  Its grammar
# test runner, vscode-tmgrammar-test, is pinned by
# tests/editors/package-lock.json and installed under $(NPM_DIR)/editors.
EDITOR_FILES := editors/vim/syntax/plan.vim editors/vim/indent/plan.vim editors/emacs/plan-mode.el \
                editors/vscode/syntaxes/plan.tmLanguage.json
TMGRAMMAR_TEST = $(NPM_DIR)/editors/node_modules/.bin/vscode-tmgrammar-test

$(BUILD)/editors/gen: editors/gen.c $(BUILD)/libplan.a
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(PKGCFLAGS) $(ALL_CFLAGS) $(WARN) -o $@ $< \
	  $(ALL_LDFLAGS) $(BUILD)/libplan.a $(PKGLIBS)

editor-words: $(BUILD)/editors/gen
	@for f in $(EDITOR_FILES); do \
	  $(BUILD)/editors/gen $$f > $$f.new && mv $$f.new $$f || { rm -f $$f.new; exit 1; }; done

$(TMGRAMMAR_TEST): tests/editors/package.json tests/editors/package-lock.json
	@mkdir -p $(NPM_DIR)/editors
	cp tests/editors/package.json tests/editors/package-lock.json $(NPM_DIR)/editors/
	cd $(NPM_DIR)/editors && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

editors: $(BIN)/plancheck $(BUILD)/editors/gen $(TMGRAMMAR_TEST)
	@EDITORS_GEN=$(abspath $(BUILD)/editors/gen) TMGRAMMAR_TEST=$(abspath $(TMGRAMMAR_TEST)) \
	  tests/editors/run $(BIN)

# The VS Code extension as a .vsix, with vsce (npm install -g @vscode/vsce)
# when it is installed; the extension's own dependencies are installed
# into editors/vscode/node_modules first, as vsce requires.
vsix:
	@command -v vsce >/dev/null 2>&1 || { echo "make vsix: vsce is not installed (npm install -g @vscode/vsce)" >&2; exit 1; }
	cd editors/vscode && npm install --no-audit --no-fund --loglevel=error && vsce package --allow-missing-repository --skip-license

# planreport --format=html in headless Chromium (Debian's chromium): the
# pack printed to PDF and read back with pdftotext, validated by
# html-validate and checked by axe-core, the npm packages at the versions
# tests/browser/package-lock.json pins, installed under
# $(BROWSER_NPM_DIR) (plain JavaScript: nothing else is downloaded).
BROWSER_NPM_DIR ?= $(BUILD)/npm-browser
BROWSER_STAMP = $(BROWSER_NPM_DIR)/node_modules/.installed

$(BROWSER_STAMP): tests/browser/package.json tests/browser/package-lock.json
	@mkdir -p $(BROWSER_NPM_DIR)
	cp tests/browser/package.json tests/browser/package-lock.json $(BROWSER_NPM_DIR)/
	cd $(BROWSER_NPM_DIR) && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

browser: $(BIN)/planreport $(BROWSER_STAMP)
	@BROWSER_NODE_MODULES=$(abspath $(BROWSER_NPM_DIR))/node_modules tests/browser/run $(BIN)

# Benchmarks, not part of make test: scripts that print figures and never
# fail on one (bench/README.md).  make bench runs all seven, each after a
# header line naming it, in about a minute on 2 cores (the first time
# also generates the plan sets and the slow cases, some 12 s more):
#   bench/check.sh    plancheck on generated plan sets (cached in
#                     $(BUILD)/bench) against bench/bare.l, plan.l's token
#                     rules with nothing behind them; RUNS=N runs each N
#                     times (default 5)
#   bench/hook.sh     what the pre-commit hook adds to a commit of plans/
#   bench/planlog.sh  planlog against git log -L, 10,000 commits
#   bench/slow.sh     the inputs that were slow by construction
#                     (bench/slowcases, cached in $(BUILD)/bench/slow),
#                     each at N and 4N, and the ratio of their times
#   bench/planlog-since.sh  planlog --since over N and 4N actions, and
#                     the ratio of their times
#   bench/import.sh   planimport on a generated workbook of 10,000 rows
#                     and of 40,000: time, peak memory, their ratios
#   bench/pack.sh     planreport's board pack, each format against
#                     plancheck on the 4 and 16 MB sets (time, memory,
#                     output), and planreport --since against planlog
#                     --since on bench/planlog.sh's history
#   bench/planls.sh   planls: from a change to the 1 MB set to its
#                     published diagnostics (the target: 50 ms)
# BASELINE=REV (a git revision, built once into $(BUILD)/bench) or
# BASELINE=PATH (a plancheck) makes check.sh time that plancheck too,
# alternately with the new one: make bench BASELINE=HEAD~1.
# All eight run, at the sizes README quotes, because each goes through the
# parse or check path (a change there is measured with make bench against
# the previous commit); BENCH="check hook" runs only those.
BENCH ?= check hook planlog slow planlog-since pack import planls
.PHONY: bench
bench:
	@$(MAKE) --no-print-directory NEEDS="$(NEEDS) cmd:/usr/bin/time:time" deps
	@for b in $(BENCH); do case $$b in check|hook|planlog|slow|planlog-since|pack|import|planls) ;; \
	  *) echo "make bench: no benchmark $$b (BENCH takes check, hook, planlog, slow, planlog-since, pack, import, planls)" >&2; \
	  exit 2 ;; esac; done
	@$(MAKE) -s --no-print-directory check-tools all $(BUILD)/bench/bare
	@set -e; for b in $(BENCH); do \
	  echo "== bench/$$b.sh"; \
	  case $$b in \
	  check) BENCH_DIR=$(BUILD)/bench PLANCHECK=$(BIN)/plancheck BARE=$(BUILD)/bench/bare \
	         BASELINE='$(BASELINE)' bench/check.sh $(RUNS) ;; \
	  hook) PLANCHECK=$(BIN)/plancheck bench/hook.sh ;; \
	  planlog) PLANLOG=$(BIN)/planlog bench/planlog.sh ;; \
	  slow) BENCH_DIR=$(BUILD)/bench PLANCHECK=$(BIN)/plancheck bench/slow.sh $(RUNS) ;; \
	  planlog-since) PLANLOG=$(BIN)/planlog bench/planlog-since.sh ;; \
	  pack) BENCH_DIR=$(BUILD)/bench PLANCHECK=$(BIN)/plancheck PLANREPORT=$(BIN)/planreport \
	        PLANLOG=$(BIN)/planlog bench/pack.sh $(RUNS) ;; \
	  import) BENCH_DIR=$(BUILD)/bench PLANIMPORT=$(BIN)/planimport bench/import.sh $(RUNS) ;; \
	  planls) BENCH_DIR=$(BUILD)/bench PLANLS=$(BIN)/planls PLANCHECK=$(BIN)/plancheck bench/planls.sh $(RUNS) ;; \
	  esac; \
	  echo; \
	done

$(BUILD)/bench/bare.c: bench/bare.l
	@mkdir -p $(@D)
	flex -o $@ $< 2>$(BUILD)/bench/flex.log; \
	  st=$$?; cat $(BUILD)/bench/flex.log; test $$st -eq 0 && test ! -s $(BUILD)/bench/flex.log

$(BUILD)/bench/bare: $(BUILD)/bench/bare.c
	$(CC) -D_GNU_SOURCE -std=c11 $(CFLAGS) $(GENWARN) -o $@ $<

check-tools:
	@for t in flex bison pkg-config scdoc; do command -v $$t >/dev/null || { echo "missing $$t: run make deps" >&2; exit 1; }; done

test: deps
	@$(MAKE) --no-print-directory check-tools
	@$(MAKE) --no-print-directory unit replay cli hook log lsp sheets sarif browser import install-test editors
	@$(MAKE) --no-print-directory asan

# The validators are not built: both runs use those under $(NPM_DIR) and
# $(BROWSER_NPM_DIR).
asan:
	@LSAN_OPTIONS=suppressions=$(abspath tests/lsan.supp) \
	  $(MAKE) --no-print-directory BUILD=$(BUILD)/asan BIN=$(BUILD)/asan/bin NPM_DIR=$(NPM_DIR) \
	  BROWSER_NPM_DIR=$(BROWSER_NPM_DIR) \
	  CFLAGS="$(CFLAGS) -O1 -g -fno-omit-frame-pointer" \
	  SAN="-fsanitize=address,undefined -fno-sanitize-recover=all" unit replay cli hook log lsp sheets sarif browser import install-test

# libFuzzer (clang) over parse, every check, --staged's rules, planlog's
# comparisons and both JSON forms, then over planls' messages (each for
# FUZZ_SECONDS): make fuzz FUZZ_SECONDS=N.  New inputs
# go to $(BUILD)/fuzz/corpus (seeded from plans/, tests/ and fuzz/);
# a crash leaves its input in $(BUILD)/fuzz/ and fails.
FUZZ_SECONDS ?= 60
FUZZ_DIR := $(BUILD)/fuzz
FUZZ_FLAGS := -g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all \
              -Werror=implicit-function-declaration

$(FUZZ_DIR)/fuzz_plan $(FUZZ_DIR)/fuzz_lsp: $(FUZZ_DIR)/%: fuzz/%.c $(LIB_SRC) $(GEN_SRC) $(wildcard src/*.h)
	@mkdir -p $(@D)
	clang $(ALL_CPPFLAGS) $(PKGCFLAGS) -std=c11 $(FUZZ_FLAGS) -fsanitize=fuzzer -o $@ \
	  $< $(LIB_SRC) $(GEN_SRC) $(LDFLAGS) $(PKGLIBS)

fuzz: deps
	@$(MAKE) --no-print-directory NEEDS="cmd:clang:clang fuzzer:clang:libclang-rt-14-dev" deps
	@$(MAKE) --no-print-directory check-tools $(FUZZ_DIR)/fuzz_plan $(FUZZ_DIR)/fuzz_lsp
	@mkdir -p $(FUZZ_DIR)/corpus $(FUZZ_DIR)/lsp-corpus
	@cp plans/*.plan plans/*/*.plan tests/cli/data/*.plan tests/cli/data/checks/*.plan \
	  fuzz/seeds/* $(FUZZ_DIR)/corpus/
	@cp fuzz/lsp-seeds/* $(FUZZ_DIR)/lsp-corpus/
	$(FUZZ_DIR)/fuzz_plan -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 \
	  -dict=fuzz/plan.dict -artifact_prefix=$(FUZZ_DIR)/ -print_final_stats=1 \
	  $(FUZZ_DIR)/corpus fuzz/corpus
	$(FUZZ_DIR)/fuzz_lsp -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 \
	  -dict=fuzz/lsp.dict -artifact_prefix=$(FUZZ_DIR)/lsp- -print_final_stats=1 \
	  $(FUZZ_DIR)/lsp-corpus fuzz/lsp-corpus

# planimport's readers (and the mapper after them) under libFuzzer as well:
# fuzz/fuzz_import.c, whose input's first byte picks the format.  make
# fuzz runs it for FUZZ_SECONDS too, new inputs going to
# $(FUZZ_DIR)/import-corpus; make replay (so make test) replays
# fuzz/import-corpus/ and the crashers kept in tests/fuzz-import/ without
# libFuzzer.
$(BUILD)/fuzz-import-replay: fuzz/replay.c fuzz/fuzz_import.c $(BUILD)/libplan.a
	$(CC) $(ALL_CPPFLAGS) $(PKGCFLAGS) $(ALL_CFLAGS) $(WARN) -Wno-missing-prototypes -o $@ \
	  fuzz/replay.c fuzz/fuzz_import.c $(ALL_LDFLAGS) $(BUILD)/libplan.a $(PKGLIBS)

.PHONY: replay-import fuzz-import
replay-import: $(BUILD)/fuzz-import-replay
	@$(BUILD)/fuzz-import-replay fuzz/import-corpus/* $(wildcard tests/fuzz-import/*)

replay: replay-import

$(FUZZ_DIR)/fuzz_import: fuzz/fuzz_import.c $(LIB_SRC) $(GEN_SRC) $(wildcard src/*.h)
	@mkdir -p $(@D)
	clang $(ALL_CPPFLAGS) $(PKGCFLAGS) -std=c11 $(FUZZ_FLAGS) -fsanitize=fuzzer -o $@ \
	  fuzz/fuzz_import.c $(LIB_SRC) $(GEN_SRC) $(LDFLAGS) $(PKGLIBS)

fuzz-import: deps
	@$(MAKE) --no-print-directory NEEDS="cmd:clang:clang fuzzer:clang:libclang-rt-14-dev" deps
	@$(MAKE) --no-print-directory check-tools $(FUZZ_DIR)/fuzz_import
	@mkdir -p $(FUZZ_DIR)/import-corpus
	$(FUZZ_DIR)/fuzz_import -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 -rss_limit_mb=2560 \
	  -dict=fuzz/import.dict -artifact_prefix=$(FUZZ_DIR)/import- -print_final_stats=1 $(FUZZ_DIR)/import-corpus fuzz/import-corpus

fuzz: fuzz-import

# The unit tests and the command-line suites under valgrind: any error or
# leak fails (status 99, which no command of ours uses).
VALGRIND := valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect \
            --suppressions=$(abspath tests/valgrind.supp)
valgrind: deps $(SARIF_MULTITOOL)
	@$(MAKE) --no-print-directory NEEDS="cmd:valgrind:valgrind" deps
	@$(MAKE) --no-print-directory check-tools all $(UNIT_BIN) $(BUILD)/fuzz-replay $(BUILD)/fuzz-replay-lsp
	@for t in $(UNIT_BIN); do $(VALGRIND) $$t > $(BUILD)/valgrind.log 2>&1 || \
	  { cat $(BUILD)/valgrind.log; echo "valgrind: $$t failed"; exit 1; }; done; echo "valgrind: unit tests clean"
	@$(VALGRIND) $(BUILD)/fuzz-replay tests/fuzz/* fuzz/seeds/* fuzz/corpus/*
	@$(VALGRIND) $(BUILD)/fuzz-replay-lsp $(wildcard tests/fuzz-lsp/*) fuzz/lsp-seeds/* fuzz/lsp-corpus/*
	@mkdir -p $(BUILD)/valgrind/bin
	@for c in $(COMMANDS); do \
	  printf '#!/bin/sh\nexec $(VALGRIND) %s "$$@"\n' "$(abspath $(BIN))/$$c" > $(BUILD)/valgrind/bin/$$c; \
	  chmod +x $(BUILD)/valgrind/bin/$$c; done
	@tests/cli/run $(BUILD)/valgrind/bin
	@HOOK_TIMEOUT=300 tests/hook/run $(BUILD)/valgrind/bin
	@TEST_TIMEOUT=300 tests/log/run $(BUILD)/valgrind/bin
	@TEST_TIMEOUT=300 tests/sheets/run $(BUILD)/valgrind/bin
	@TEST_TIMEOUT=600 LSP_TIMEOUT=300 tests/lsp/run $(BUILD)/valgrind/bin
	@SARIF_MULTITOOL=$(abspath $(SARIF_MULTITOOL)) tests/sarif/run $(BUILD)/valgrind/bin

# The shipped plans: each checked as on the day after its last review
# meeting, then summarised, and their board pack written as HTML
# (the diagnostics plancheck printed above are not repeated).
demo: deps
	@$(MAKE) -s --no-print-directory check-tools all
	@echo '$$ bin/plancheck --today 2016-01-01 plans/dsv-2015-17.plan'
	@$(BIN)/plancheck --today 2016-01-01 plans/dsv-2015-17.plan || \
	  echo "(exit status $$?: the plan has errors to fix, as its Word original had)"
	@echo
	@echo '$$ bin/plancheck --today 2019-06-01 plans/vve-2018-19.plan'
	@$(BIN)/plancheck --today 2019-06-01 plans/vve-2018-19.plan || \
	  echo "(exit status $$?: the plan has errors to fix, as its Word original had)"
	@echo
	@echo '$$ bin/planreport --today 2019-06-01 plans/*.plan'
	@$(BIN)/planreport --today 2019-06-01 plans/*.plan 2>/dev/null || [ $$? -eq 1 ]
	@echo
	@echo '$$ bin/planreport --format=html --today 2019-06-01 plans/*.plan -o $(BUILD)/board-pack.html'
	@$(BIN)/planreport --format=html --today 2019-06-01 plans/*.plan -o $(BUILD)/board-pack.html 2>/dev/null || \
	  [ $$? -eq 1 ] || { echo "planreport --format=html failed" >&2; exit 1; }
	@echo '$$ bin/planreport --format=xlsx --today 2019-06-01 plans/*.plan -o $(BUILD)/board-pack.xlsx'
	@$(BIN)/planreport --format=xlsx --today 2019-06-01 plans/*.plan -o $(BUILD)/board-pack.xlsx 2>/dev/null || \
	  [ $$? -eq 1 ] || { echo "planreport --format=xlsx failed" >&2; exit 1; }
	@echo "The board pack as at 1 June 2019: $(abspath $(BUILD))/board-pack.html (one file: open it in a browser,"
	@echo "print it A4 landscape) and $(abspath $(BUILD))/board-pack.xlsx (sheets Summary, Actions, Updates, Exceptions)"
	@echo
	@echo '$$ bin/planlog --path plans -n 3 HV1.1'
	@$(BIN)/planlog --path plans -n 3 HV1.1 || \
	  echo "(no history here: in a shallow clone run git fetch --unshallow; in a copy without .git, clone the repository)"

# ---------------------------------------------------------------------------
# Installation, manual pages and completion.
#
#   make install [PREFIX=/usr/local] [DESTDIR=]   the program and its names,
#        the hooks, the manual pages, bash completion, the editor files
#   make uninstall [PREFIX=...] [DESTDIR=...]      removes exactly those
#   make install-hook REPO=DIR [FORCE=1] [PLANCHECK=PATH]
#   make man                                       $(BUILD)/man/*.[157]
#
# COMMANDS (above) are the names install links to the program, and give
# the completion file a name each.  The hooks are installed under $(HOOKDIR)
# recording $(BINDIR)/plancheck, the path the program will have once
# installed (DESTDIR is only where the files are put), so that they find
# it in every shell and GUI git client; $(HOOKDIR)/install REPO puts them
# into a repository.
PREFIX   ?= /usr/local
BINDIR   ?= $(PREFIX)/bin
DATADIR  ?= $(PREFIX)/share
MANDIR   ?= $(DATADIR)/man
HOOKDIR  ?= $(DATADIR)/plancheck/hooks
COMPDIR  ?= $(DATADIR)/bash-completion/completions
VIMDIR   ?= $(DATADIR)/vim/vimfiles
LISPDIR  ?= $(DATADIR)/emacs/site-lisp
INSTALL  ?= install

# Manual pages: doc/NAME.S.scd, through doc/mkman (which fills in --help,
# --list-checks and SPEC.md's sections) and scdoc, into $(BUILD)/man/NAME.S.
# Their date is the last commit's, so that a build is reproducible.
MAN_SRC   := $(wildcard doc/*.scd)
MAN_PAGES := $(MAN_SRC:doc/%.scd=$(BUILD)/man/%)
MAN_DATE   = $(shell git log -1 --format=%ct 2>/dev/null || date +%s)

all: man
man: $(MAN_PAGES)

$(BUILD)/man/%: doc/%.scd doc/mkman doc/md2scd.awk doc/help2scd.awk SPEC.md $(COMMANDS:%=$(BIN)/%)
	@command -v scdoc >/dev/null || { echo "missing scdoc, which makes the manual pages: run make deps" >&2; exit 1; }
	@mkdir -p $(@D)
	doc/mkman $< $(BIN) SPEC.md > $@.scd
	SOURCE_DATE_EPOCH=$(MAN_DATE) scdoc < $@.scd > $@

# The editor files, when editors/ has them: Vim's under editors/vim/ go to
# the same place under $(VIMDIR) (ftdetect/, syntax/, compiler/, ...),
# Emacs's editors/emacs/*.el to $(LISPDIR).
EDITOR_VIM   := $(shell find editors/vim -type f 2>/dev/null | LC_ALL=C sort)
EDITOR_EMACS := $(wildcard editors/emacs/*.el)

# What make install puts where: "SOURCE DESTINATION MODE" triples (the
# destination under $(DESTDIR)), one list for install and uninstall.
INSTALL_FILES = $(BUILD)/plan $(BINDIR)/$(firstword $(COMMANDS)) 755 \
	$(foreach p,$(MAN_PAGES),$(p) $(MANDIR)/man$(subst .,,$(suffix $(p)))/$(notdir $(p)) 644) \
	completion/plan.bash $(COMPDIR)/$(firstword $(COMMANDS)) 644 \
	$(foreach f,$(EDITOR_VIM),$(f) $(VIMDIR)/$(f:editors/vim/%=%) 644) \
	$(foreach f,$(EDITOR_EMACS),$(f) $(LISPDIR)/$(notdir $(f)) 644)
# The other names, each a symbolic link to the first, in $(BINDIR) and
# (for bash-completion, which loads a command's file by its name) $(COMPDIR).
INSTALL_LINKS = $(foreach c,$(wordlist 2,$(words $(COMMANDS)),$(COMMANDS)), \
	$(BINDIR)/$(c) $(COMPDIR)/$(c))
HOOK_FILES = pre-commit pre-merge-commit pre-receive install

.PHONY: man install uninstall
install: all
	@set -e; set -- $(INSTALL_FILES); while [ $$# -gt 0 ]; do \
	  $(INSTALL) -d "$(DESTDIR)$$(dirname "$$2")"; \
	  $(INSTALL) -m $$3 "$$1" "$(DESTDIR)$$2"; echo "installed $(DESTDIR)$$2"; shift 3; done
	@set -e; for l in $(INSTALL_LINKS); do \
	  ln -sf $(firstword $(COMMANDS)) "$(DESTDIR)$$l"; echo "installed $(DESTDIR)$$l"; done
	@PLANCHECK="$(BINDIR)/plancheck" hooks/install --dir "$(DESTDIR)$(HOOKDIR)"
	@for h in $(HOOK_FILES); do echo "installed $(DESTDIR)$(HOOKDIR)/$$h"; done

# Removes what install put, and the directories of our own it made.
uninstall:
	@set -- $(INSTALL_FILES); while [ $$# -gt 0 ]; do \
	  rm -f "$(DESTDIR)$$2"; shift 3; done
	@for l in $(INSTALL_LINKS) $(HOOK_FILES:%=$(HOOKDIR)/%); do rm -f "$(DESTDIR)$$l"; done
	@rmdir "$(DESTDIR)$(HOOKDIR)" "$(DESTDIR)$(dir $(HOOKDIR))" 2>/dev/null || true

# Installs hooks/pre-commit (and pre-merge-commit; pre-receive into a bare
# repository) into the repository REPO (FORCE=1 replaces another hook
# there).  The hooks record the absolute path of PLANCHECK, by default
# this build's, which is made first.
PLANCHECK ?= $(abspath $(BIN))/plancheck
install-hook: $(if $(filter command line environment,$(origin PLANCHECK)),,$(BIN)/plancheck)
	@PLANCHECK="$(PLANCHECK)" hooks/install "$(REPO)"

# make install into a scratch DESTDIR, the installed hooks, the manual
# pages under man --warnings, and the bash completion (tests/install/run).
install-test: all
	@TEST_BUILD=$(BUILD) tests/install/run $(BIN)

# What the build and the tests need, as HOW:WHAT:PACKAGE: HOW is cmd (a
# command on PATH), pc (a library pkg-config knows), py (a module Debian's
# /usr/bin/python3 imports) or fuzzer (clang can link a libFuzzer
# target); PACKAGE is Debian's name for it.
NEEDS ?= cmd:$(firstword $(CC)):gcc cmd:make:make cmd:git:git cmd:bc:bc cmd:flex:flex \
         cmd:bison:bison cmd:pkg-config:pkg-config pc:jansson:libjansson-dev \
         pc:libgit2:libgit2-dev pc:libutf8proc:libutf8proc-dev pc:cmocka:libcmocka-dev cmd:npm:npm \
         cmd:cmark-gfm:cmark-gfm pc:xlsxwriter:libxlsxwriter-dev py:openpyxl:python3-openpyxl \
         cmd:chromium:chromium cmd:pdftotext:poppler-utils cmd:pdfinfo:poppler-utils \
         pc:libzip:libzip-dev pc:libxml-2.0:libxml2-dev cmd:pandoc:pandoc \
         cmd:/usr/bin/python3:python3 cmd:nvim:neovim \
         cmd:scdoc:scdoc cmd:man:man-db cmd:vim:vim-nox cmd:emacs:emacs-nox

# Installs nothing when everything NEEDS names is there, whatever the
# system; otherwise the missing Debian packages, with apt-get (sudo when
# not root), or says what is missing where there is no apt-get.
deps:
	@missing=; for n in $(NEEDS); do \
	  how=$${n%%:*}; rest=$${n#*:}; what=$${rest%%:*}; pkg=$${rest#*:}; \
	  case $$how in \
	  cmd) command -v "$$what" >/dev/null 2>&1 ;; \
	  pc) command -v pkg-config >/dev/null 2>&1 && pkg-config --exists "$$what" ;; \
	  py) /usr/bin/python3 -c "import $$what" >/dev/null 2>&1 ;; \
	  fuzzer) printf 'int LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n)\n{ return 0; }\n' | \
	    "$$what" -x c -fsanitize=fuzzer -o /dev/null - >/dev/null 2>&1 ;; \
	  esac || missing="$$missing $$pkg"; \
	done; \
	[ -z "$$missing" ] && exit 0; \
	if ! command -v apt-get >/dev/null 2>&1; then \
	  echo "make deps: missing (Debian names):$$missing; install them and run make again" >&2; exit 1; \
	fi; \
	echo "installing:$$missing"; \
	if [ "$$(id -u)" -eq 0 ]; then sudo=; else sudo=sudo; fi; \
	$$sudo apt-get update -qq && $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null

clean:
	rm -rf $(BUILD) $(BIN)

-include $(shell find $(BUILD)/obj $(BUILD)/tests -name '*.d' 2>/dev/null)
