package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/intelgraph/intelgraph/graph"
	"github.com/intelgraph/intelgraph/graph/embedded"
	"github.com/intelgraph/intelgraph/graph/neo4jstore"
)

// ExitCode is the process's exit status.
type ExitCode int

// Exit codes.
const (
	ExitOK ExitCode = 0
	// ExitError is any failure that stopped the command.
	ExitError ExitCode = 1
	// ExitUsage is a mistake in the command line or configuration.
	ExitUsage ExitCode = 2
	// ExitPartial means the command ran but some inputs failed (each was named on stderr).
	ExitPartial ExitCode = 3
	// ExitUnavailable means a store could not be reached.
	ExitUnavailable ExitCode = 4
)

// usageError is a mistake the user can fix by changing the command line; it prints bare.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

// partialError reports that some inputs failed after the rest were processed.
type partialError struct{ failed, total int }

func (e *partialError) Error() string {
	return fmt.Sprintf("%d of %d input files failed (see the lines above)", e.failed, e.total)
}

// exitCodeFor maps an error to the exit code and the message (with a fix-it hint) to print.
func exitCodeFor(err error) (ExitCode, string) {
	var ue *usageError
	var pe *partialError
	msg := err.Error()
	switch {
	case errors.As(err, &ue):
		return ExitUsage, msg
	case errors.As(err, &pe):
		return ExitPartial, msg
	case errors.Is(err, neo4jstore.ErrUnreachable):
		return ExitUnavailable, msg + "\nhint: start Neo4j (`docker compose up -d`, or `make neo4j-start`), or check --neo4j-uri, --neo4j-user and --neo4j-password"
	case errors.Is(err, embedded.ErrLocked):
		return ExitUnavailable, msg + "\nhint: wait for the other intelgraph command to finish, or use another --data-dir"
	case errors.Is(err, graph.ErrActorNotFound), errors.Is(err, graph.ErrNoPath):
		return ExitError, msg + "\nhint: `intelgraph timeline` and `intelgraph told` list the actors' names"
	case errors.Is(err, context.Canceled):
		return ExitError, "interrupted"
	case strings.HasPrefix(msg, "unknown command"), strings.HasPrefix(msg, "unknown flag"),
		strings.HasPrefix(msg, "unknown shorthand flag"), strings.Contains(msg, "arg(s)"),
		strings.HasPrefix(msg, "invalid argument"), strings.HasPrefix(msg, "flag needs an argument"):
		return ExitUsage, msg + "\nhint: see `intelgraph --help`"
	}
	return ExitError, msg
}
