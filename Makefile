# Build and install `audit` with its rule pack, templates, shell completions and man page.
#
#   make                                # swift build -c release, and the man page
#   make install PREFIX=$HOME/.local    # or: sudo make install  (PREFIX defaults to /usr/local)
#   make uninstall PREFIX=$HOME/.local
#
# `make install` never builds: it copies what `make` (or `swift build -c release`) built, so it
# can run as another user. CONFIGURATION=debug installs the debug build; DESTDIR stages the
# files for a package (DESTDIR=/tmp/stage make install).

PREFIX ?= /usr/local
CONFIGURATION ?= release
DESTDIR ?=

BUILD_DIR := .build/$(CONFIGURATION)
BINARY := $(BUILD_DIR)/audit
MANUAL := .build/plugins/GenerateManual/outputs/audit/audit.1

BINDIR := $(DESTDIR)$(PREFIX)/bin
SHAREDIR := $(DESTDIR)$(PREFIX)/share/isnad
MANDIR := $(DESTDIR)$(PREFIX)/share/man/man1
BASH_COMPLETIONS := $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSH_COMPLETIONS := $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISH_COMPLETIONS := $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

.PHONY: all build man install uninstall

all: build man

build:
	swift build -c $(CONFIGURATION)

# swift-argument-parser's generate-manual plugin (no network needed once the packages are resolved)
man:
	swift package plugin generate-manual --configuration $(CONFIGURATION)

install:
	@test -x $(BINARY) || { echo "make: $(BINARY) is not built: run 'make' (or 'swift build -c $(CONFIGURATION)') first" >&2; exit 2; }
	install -d $(BINDIR) $(SHAREDIR)/Rules $(SHAREDIR)/Templates $(BASH_COMPLETIONS) $(ZSH_COMPLETIONS) $(FISH_COMPLETIONS)
	install -m 755 $(BINARY) $(BINDIR)/audit
	install -m 644 Rules/*.yml Rules/README.md $(SHAREDIR)/Rules/
	install -m 644 Sources/IsnadReport/Templates/*.mustache $(SHAREDIR)/Templates/
	$(BINDIR)/audit --generate-completion-script bash > $(BASH_COMPLETIONS)/audit
	$(BINDIR)/audit --generate-completion-script zsh > $(ZSH_COMPLETIONS)/_audit
	$(BINDIR)/audit --generate-completion-script fish > $(FISH_COMPLETIONS)/audit.fish
	@if [ -f $(MANUAL) ]; then install -d $(MANDIR) && install -m 644 $(MANUAL) $(MANDIR)/audit.1 && echo "install $(MANDIR)/audit.1"; \
	else echo "make: no man page installed ($(MANUAL) is not generated: run 'make man' first)" >&2; fi
	@echo "installed $(BINDIR)/audit; its rule pack is $(SHAREDIR)/Rules (the built-in pack)"

uninstall:
	rm -f $(BINDIR)/audit $(MANDIR)/audit.1 $(BASH_COMPLETIONS)/audit $(ZSH_COMPLETIONS)/_audit $(FISH_COMPLETIONS)/audit.fish
	rm -rf $(SHAREDIR)
