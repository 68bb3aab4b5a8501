# Build, render and test umctl. Run make from the repository root.
#
# On a fresh Debian machine with the Swift toolchain, `make render` and
# `make test` install everything else they need (apt packages and the Python
# virtual environment for the oracle scripts in Tests/Oracles).

SWIFT ?= $(shell command -v swift || echo /opt/swift/usr/bin/swift)
PYTHON3 ?= python3

# Debian packages needed to build (libyaml, libgit2 through pkg-config),
# to commit rendered output (git) and to create the oracle venv.
APT_PACKAGES := libyaml-dev libgit2-dev pkg-config git python3-venv

ROOT := $(abspath $(dir $(lastword $(MAKEFILE_LIST))))
VENV := $(ROOT)/.venv
VENV_PYTHON := $(VENV)/bin/python
VENV_STAMP := $(VENV)/.requirements.stamp
ORACLES := $(ROOT)/Tests/Oracles
REQUIREMENTS := $(ORACLES)/requirements.txt
UMCTL := .build/release/umctl

# apt-get and the venv must never wait for input (CI has no stdin).
export DEBIAN_FRONTEND := noninteractive
export PIP_DISABLE_PIP_VERSION_CHECK := 1

ifeq ($(shell id -u),0)
SUDO :=
else
SUDO := sudo
endif

.DEFAULT_GOAL := help
.PHONY: help deps venv build render test bench lint clean distclean

help: ## Print the available targets.
	@echo "umctl make targets:"
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | \
		awk 'BEGIN { FS = ":.*## " } { printf "  %-10s %s\n", $$1, $$2 }'
	@echo "Swift toolchain: $(SWIFT)"

deps: ## Install missing Debian packages (apt-get runs only if one is missing).
	@missing=""; \
	for pkg in $(APT_PACKAGES); do \
		dpkg -s "$$pkg" >/dev/null 2>&1 || missing="$$missing $$pkg"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing missing packages:$$missing"; \
		$(SUDO) apt-get update && \
		$(SUDO) apt-get install -y --no-install-recommends $$missing; \
	else \
		echo "All Debian packages are installed: $(APT_PACKAGES)"; \
	fi

venv: $(VENV_STAMP) ## Create .venv with the pinned oracle requirements.

# The stamp is newer than requirements.txt once the install succeeded, so a
# re-run with unchanged requirements does nothing.
$(VENV_STAMP): $(REQUIREMENTS) | deps
	test -x $(VENV)/bin/pip || $(PYTHON3) -m venv --clear $(VENV)
	$(VENV_PYTHON) -m pip install --quiet -r $(REQUIREMENTS)
	touch $@

build: ## Build the release umctl binary.
	$(SWIFT) build -c release --product umctl

render: deps build ## Render every environment into rendered/.
	$(UMCTL) render --all --config .

test: deps venv ## Run swift test with the oracle scripts available.
	UMCTL_PYTHON=$(VENV_PYTHON) UMCTL_ORACLES=$(ORACLES) $(SWIFT) test

bench: deps ## Time umctl on the example deployment and print the figures.
	SWIFT=$(SWIFT) bench/run.sh

lint: ## Run swift format lint when a .swift-format file exists.
	@if [ -f $(ROOT)/.swift-format ]; then \
		$(SWIFT) format lint --strict --recursive Sources Tests; \
	else \
		echo "No .swift-format file, so lint is skipped."; \
	fi

clean: ## Remove build output and rendered files.
	rm -rf $(ROOT)/.build $(ROOT)/rendered

distclean: clean ## Also remove the oracle venv (.venv).
	rm -rf $(VENV)
