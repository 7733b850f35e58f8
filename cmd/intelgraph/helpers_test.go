package main

import (
	"os"
	"path/filepath"
	"testing"
)

// rootDir is the repository's top folder, resolved before any test changes directory.
var rootDir = func() string {
	wd, _ := os.Getwd()
	p, _ := filepath.Abs(filepath.Join(wd, "..", ".."))
	return p
}()

// examplesDir is the folder of example articles shipped with the project.
func examplesDir(t testing.TB) string {
	t.Helper()
	return filepath.Join(rootDir, "examples")
}

// sharedDir returns ../shared beside the repository, skipping the test when it is absent.
func sharedDir(t testing.TB) string {
	t.Helper()
	p := filepath.Join(rootDir, "..", "shared")
	if _, err := os.Stat(filepath.Join(p, "seed", "article.txt")); err != nil {
		t.Skipf("shared material not found at %s: skipping the evaluation test", p)
	}
	return p
}

// run calls Main with buffers and returns exit code, stdout and stderr.
func run(t testing.TB, args ...string) (ExitCode, string, string) {
	t.Helper()
	io, out, errOut := testStreams()
	code := Main(args, io)
	return code, out.String(), errOut.String()
}
