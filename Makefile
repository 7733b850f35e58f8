# intelgraph developer targets.
#
#   make build        build bin/intelgraph
#   make test         run `go test ./...` against a real Neo4j 5.26:
#                     - if INTELGRAPH_TEST_NEO4J_URI is set, that server is used as is;
#                     - else if tools/neo4j/neo4j.sh already runs one, it is used (and left running);
#                     - else one is started for the run and stopped afterwards.
#   make neo4j-start  start the local test Neo4j (tools/neo4j/neo4j.sh start)
#   make neo4j-stop   stop it
#   make neo4j-status / neo4j-env / neo4j-clean
#
# GOTESTFLAGS adds flags to go test, e.g. `make test GOTESTFLAGS='-race -count=1'`.
# GOTESTP is go test's -p: 1 by default, because the packages' Neo4j tests share one
# database and empty it (community edition has a single user database), so two test
# binaries must not run at once. `make test GOTESTP=2` runs packages in parallel.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c

GO          ?= go
GOTESTFLAGS ?=
GOTESTP     ?= 1
NEO4J       := tools/neo4j/neo4j.sh

.PHONY: all build test fmt-check vet neo4j-start neo4j-stop neo4j-status neo4j-env neo4j-clean

all: build

build:
	$(GO) build -o bin/intelgraph ./cmd/intelgraph

test:
	@if [ -n "$${INTELGRAPH_TEST_NEO4J_URI:-}" ]; then \
		echo "make test: using Neo4j at $$INTELGRAPH_TEST_NEO4J_URI"; \
	elif $(NEO4J) status >/dev/null 2>&1; then \
		echo "make test: using the already running local Neo4j"; \
		eval "$$($(NEO4J) env)"; \
	else \
		$(NEO4J) start; \
		trap '$(NEO4J) stop' EXIT; \
		eval "$$($(NEO4J) env)"; \
	fi; \
	$(GO) test -p $(GOTESTP) $(GOTESTFLAGS) ./...

fmt-check:
	@out="$$(gofmt -l .)"; if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

neo4j-start:
	$(NEO4J) start

neo4j-stop:
	$(NEO4J) stop

neo4j-status:
	$(NEO4J) status

neo4j-env:
	@$(NEO4J) env

neo4j-clean:
	$(NEO4J) clean
