# Family Online Safety: `make run` to use the app, `make test` to check it.
# Both install what is missing first (see scripts/install-deps).

BIN := bin/family-online-safety
GO_FILES := $(shell git ls-files '*.go' 2>/dev/null || find . -name '*.go')

.PHONY: run build test check unit unit-race unit-plain smoke e2e screenshots docs bench package windows windows-smoke msi msi-check deb deb-check deps test-deps clean fuzz-short soak

run: build
	./$(BIN) $(ARGS)

deps:
	@scripts/install-deps

test-deps:
	@scripts/install-deps --test

build: deps
	go build -o $(BIN) .

# Everything CI runs: formatting, vet, staticcheck, complexity and
# unchecked errors, and the build; then, side by side, the unit and screen
# tests (the race detector's run and the slow checks without it), and the
# real binary under Xvfb (smoke), driven there by real X events (e2e),
# which mostly waits on the window, then the fuzzing. The tests and the
# fuzzing run at a lower priority (nice), so the real window still
# answers at once and its timings stay honest. Each step prints one line
# with its time, and all of them again at the end with the whole run's
# (scripts/measure-tests measures the figures the README gives).
TEST_SUMMARY := bin/test-steps.txt
TIMED = scripts/timed $(TEST_SUMMARY)
SUB = $(MAKE) --no-print-directory
TEST_NICE ?= 10
test:
	@mkdir -p bin && rm -f $(TEST_SUMMARY)
	@start=$$(date +%s); \
	for step in test-deps check build; do $(TIMED) $$step $(SUB) $$step || break; done; \
	if ! grep -q FAILED $(TEST_SUMMARY); then \
	  { $(TIMED) smoke $(SUB) smoke && $(TIMED) e2e $(SUB) e2e && \
	    $(TIMED) fuzz-short nice -n $(TEST_NICE) $(SUB) fuzz-short; } & window=$$!; \
	  $(TIMED) unit nice -n $(TEST_NICE) $(SUB) unit; \
	  wait $$window; \
	fi; \
	took=$$(( $$(date +%s) - start )); \
	if grep -q FAILED $(TEST_SUMMARY); then echo "make test failed:"; cat $(TEST_SUMMARY); exit 1; fi; \
	echo "make test passed:"; cat $(TEST_SUMMARY); printf '== %-11s %-17s %3dm%02ds\n' all ok $$((took / 60)) $$((took % 60))

check:
	@out=$$(gofmt -l $(GO_FILES)); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	go vet ./...
	go tool staticcheck ./...
	@# No function of the program more complex than 15 (tests may be
	@# long tables of checks), and no error left unchecked in it.
	go tool gocyclo -over 15 -ignore '_test\.go$$' .
	go tool errcheck ./...
	@# No state in package variables: each store, window and test owns its
	@# own, so tests run in parallel (allow-list: scripts/pkgvars/allow.txt).
	go run ./scripts/pkgvars scripts/pkgvars/allow.txt . app data sharing screens
	@# The program never links the test helpers (datatest hands out the switch
	@# that saves without fsync: data/internal/nosync).
	@if go list -deps . | grep -E '/data/(datatest|largefamily)$$'; then echo "the program links a test helper"; exit 1; fi

# Every test with the race detector, and beside it (make -j2: the two
# runs share the two cores) the checks too slow to run under it whole:
# the screen captures (they skip themselves with -race), the
# every-screen and every-tab-bar checks in every language, size and
# family, the keyboard and Tab-order walks of every screen and tab, the
# screen-reader labels in every language, the drafts of
# every form, the app started on every kind of damaged record (under
# -race they keep a few cases; app/racesubset_test.go), the store's kill
# loops and merge property (under -race a tenth of the rounds, or half
# the families; data/racesubset_test.go), and a few region and language
# tables of the help screen and the child's page (internal/racesubset).
# A test in the root package fails if a test that keeps fewer cases
# under -race is not named in UNIT_PLAIN (and its package in
# UNIT_PLAIN_PKGS). A tool the tests read documents back with (poppler,
# python3-icalendar) must be there: missing, its tests fail instead of
# skipping. go test runs as many packages at once as there are cores
# (-p), and app's tests in four parts by name beside them
# (scripts/unit-race). The timeout is per package, set with room for a
# machine busy with other work. The race run's output is also kept in
# bin/unit-race.log (its "ok" lines give each package's time), the
# other's "ok" lines say "without -race".
TEST_TIMEOUT ?= 20m
UNIT_PLAIN := Screenshots|EveryScreen|AnAnswerThatTakesNothingInKeepsTheChangesNotice|StartersKeepTheirListWhereTheTabsFitBesideIt|HeaderStaysOnATinyWindow|TabsFillAShortScreen|FoldedAddChildClearsTheScrollBar|AppListAtLargeTextShowsRowsAndNotesTheirTop|AQuestionFromTheOtherHomeWaitsInTheHeader|AFieldStaysPutInAFoldedWindow|TabGoesInReadingOrder|EveryTabBarFitsTheWindow|EveryControlHasAScreenReaderLabel|DraftsSurviveQuickExit|EveryDamagedKind|CrashLosesNothingSaved|KilledWhile|TwoHomesEndTheSameAndLoseNoEdit|TenDailyStartsWithADamagedKind|HelpEverySituationHasItsRoute|GetHelpSaysWhenANumberMayBeOutOfDate|ChildsPageSaysTonightsChange|AppRowsSayTheirStatusInFull
UNIT_PLAIN_PKGS := ./app/ ./data/ ./screens/help/ ./printout/
unit:
	@$(MAKE) --no-print-directory -j2 unit-race unit-plain

unit-race:
	@echo "go test -race ./... (app's tests in four parts; also in bin/unit-race.log)"
	@scripts/unit-race $(TEST_TIMEOUT)

unit-plain:
	@mkdir -p bin && echo "go test -run '$(UNIT_PLAIN)' $(UNIT_PLAIN_PKGS) (without -race)"
	@REQUIRE_TEST_TOOLS=1 go test -count=1 -timeout $(TEST_TIMEOUT) -run '$(UNIT_PLAIN)' $(UNIT_PLAIN_PKGS) > bin/unit-plain.log 2>&1; \
	  status=$$?; sed 's/^ok  /ok  (without -race) /' bin/unit-plain.log; exit $$status

smoke: build
	scripts/smoke $(BIN)
	scripts/smoke-damaged $(BIN)

# The real program in a real X window (Xvfb) driven by real X events
# (xdotool): Quick exit and Get help now on the first click with a tip,
# drop-down, date picker, menu or dialog open; Shift three times; the
# second copy's window; SIGTERM in every state. E2E_SHOTS=dir keeps the
# captures. The tests mostly wait on the window, so scripts/e2e runs them
# in E2E_SHARDS (2) test processes at once, each with its own Xvfb.
e2e: test-deps build
	scripts/e2e $(BIN) 5m

# Regenerates docs/screenshots with the test driver (no display needed).
screenshots:
	SCREENSHOTS_DIR=$(CURDIR)/docs/screenshots go test -count=1 -run 'TestScreenshots' ./app/

# Regenerates docs/print from the demo family on a fixed day: the
# agreement (English, Welsh), a carer's sheet, the device-free calendar,
# and PNG renders of the first pages (pdftoppm, from poppler-utils).
PRINT_DOCS := agreement-en agreement-cy carer-sheet-en child-view-en
docs: test-deps
	PRINT_DOCS_DIR=$(CURDIR)/docs/print go test -count=1 -run '^TestWriteDocs$$' ./printout/
	for f in $(PRINT_DOCS); do pdftoppm -png -r 80 -f 1 -l 1 -singlefile docs/print/$$f.pdf docs/print/$$f-page1; done

# Mutates each fuzz target's inputs (a plain test run only replays the
# seed corpus in testdata/fuzz): FUZZTIME is a count of inputs (10000x)
# or a time (30s). Inputs that find new code are cut down for at most
# FUZZMIN tries, so minimising never eats the budget. A failure writes
# the input that broke it to testdata/fuzz/<target>/. Each run starts
# from the seeds, with the inputs it finds kept in FUZZ_CORPUS (emptied
# first), so every run does the same work, as it does on CI: in Go's
# own cache they piled up, and every later run replayed them all first
# (after a day of runs, 280 whole family files: half of fuzz-short's
# time). FUZZ_CORPUS= (empty) keeps them in Go's cache, to fuzz for
# longer over several runs.
FUZZTIME ?= 10000x
FUZZMIN ?= 50x
FUZZ_CORPUS ?= bin/fuzz-corpus
FUZZ_ARGS = $(if $(FUZZ_CORPUS),-args -test.fuzzcachedir=$(CURDIR)/$(FUZZ_CORPUS))
FUZZ = go test -run '^$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMIN) -fuzz
fuzz-short:
	$(if $(FUZZ_CORPUS),rm -rf $(FUZZ_CORPUS))
	$(FUZZ) '^FuzzCodec$$' ./data/ $(FUZZ_ARGS)
	$(FUZZ) '^FuzzOpenMutated$$' ./data/ $(FUZZ_ARGS)
	$(FUZZ) '^FuzzCheckBackup$$' ./data/ $(FUZZ_ARGS)
	$(FUZZ) '^FuzzPlainEnvelope$$' ./data/ $(FUZZ_ARGS)
	$(FUZZ) '^FuzzSafeFileName$$' ./data/ $(FUZZ_ARGS)
	$(FUZZ) '^FuzzRead$$' ./sharing/ $(FUZZ_ARGS)

# The two-home soak at length: two homes, each its own process, on one
# shared folder for 1000 rounds of random edits, answers and kills (make
# test runs 8 rounds of it); then the model of two homes merging item by
# item, 40 families of 25 exchanges (make test: 6 of 10); then the house
# rules' order and a child's own words line by line, 200 families of 60
# steps each (make test: 8 of 40). Figures in the README's sharing section.
SOAK_ROUNDS ?= 1000
soak:
	SOAK_ROUNDS=$(SOAK_ROUNDS) go test -count=1 -timeout 60m -v -run '^TestSoakTwoHomesInTwoProcesses$$' ./sharing/
	MODEL_FAMILIES=40 MODEL_ROUNDS=25 go test -count=1 -timeout 30m -run '^TestTwoHomesMergeEveryItemAsTheModelSays$$' ./data/
	ORDER_SEEDS=200 ORDER_STEPS=60 go test -count=1 -timeout 30m -run '^(TestRulesEndInOneOrderInBothHomes|TestAChildsWordsEndTheSameInBothHomes)$$' ./sharing/

bench:
	go test -run '^$$' -bench . -benchmem ./data/... ./content/ ./screens/... ./app/

# A desktop package (.tar.xz with a .desktop file on Linux) via fyne's tool,
# with Fyne's screen-reader support on macOS and Windows (the accessibility
# tag; it changes nothing on Linux).
# It adds 1 to Build in FyneApp.toml each time; a build must not change
# tracked files, so the file is put back.
package: deps
	mkdir -p bin && cp FyneApp.toml bin/FyneApp.toml.kept
	go tool fyne package --release --tags accessibility --name "Family Online Safety" --app-id uk.org.familyonlinesafety.app --icon icons/icon.png; \
	  status=$$?; cp bin/FyneApp.toml.kept FyneApp.toml; exit $$status

# The Windows x86-64 program, cross-compiled on Debian with mingw-w64, as a
# GUI program with the icon and version embedded, checked, in dist/. CI runs
# it after the tests. See scripts/build-windows.
windows:
	scripts/build-windows dist/family-online-safety.exe

# The .exe run under Wine on a virtual screen (first run, demo, Quick exit,
# second copy, restart, PDF export, recovery window) with a test-only
# stand-in for the bcryptprimitives.dll Debian's Wine lacks; captures
# docs/screenshots/windows-*.png. See scripts/windows-smoke.
windows-smoke:
	scripts/windows-smoke dist/family-online-safety.exe

# The Windows installer (per-user .msi, built with wixl), and its check:
# installed, started, upgraded and removed under Wine.
msi:
	scripts/build-msi dist/family-online-safety.exe

msi-check:
	scripts/check-msi dist/family-online-safety.exe

# The Linux package: dist/family-online-safety_<version>-<build>_<arch>.deb
# with the program, a menu entry, icons and AppStream metainfo (checked by
# appstreamcli). deb-check installs it (as root), starts it and removes it.
deb:
	scripts/build-deb

deb-check: deb
	scripts/check-deb dist/family-online-safety_*.deb

clean:
	rm -rf bin dist
	rm -f fyne.syso fyne_metadata_init.go
