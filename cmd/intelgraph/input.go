package main

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/intelgraph/intelgraph/extract"
)

// articleExts are the file extensions taken from a folder; files named on the command line
// are read whatever their extension.
var articleExts = map[string]bool{".txt": true, ".text": true, ".html": true, ".htm": true}

// inputFailure is one input that could not be used, with the reason.
type inputFailure struct {
	Path string
	Err  error
}

// collectFiles expands files and folders (recursively) into article files, sorted within each
// folder; paths that do not exist are failures.
func collectFiles(paths []string) ([]string, []inputFailure) {
	var files []string
	var failed []inputFailure
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			files = append(files, p)
		}
	}
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			failed = append(failed, inputFailure{p, fmt.Errorf("cannot read: %w", unwrapPathError(err))})
			continue
		}
		if !info.IsDir() {
			add(p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				failed = append(failed, inputFailure{path, fmt.Errorf("cannot read: %w", unwrapPathError(err))})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if path != p && strings.HasPrefix(d.Name(), ".") {
					return fs.SkipDir
				}
				return nil
			}
			if articleExts[strings.ToLower(filepath.Ext(path))] {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			failed = append(failed, inputFailure{p, err})
		}
		sort.Strings(found)
		for _, f := range found {
			add(f)
		}
	}
	return files, failed
}

func unwrapPathError(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

// readArticle reads and parses one article file, refusing files over maxSize bytes.
func readArticle(path string, maxSize int64, published string) (*extract.Article, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", unwrapPathError(err))
	}
	if info.Size() > maxSize {
		return nil, fmt.Errorf("file is %d bytes, over the limit of %d (raise --max-file-size)", info.Size(), maxSize)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", unwrapPathError(err))
	}
	a, err := extract.ParseArticle(path, data)
	if err != nil {
		return nil, err
	}
	if published != "" {
		a.Published = published
	}
	return a, nil
}

// extracted is the outcome for one input file.
type extracted struct {
	Path   string
	Result *extract.Result
	Err    error
}

// extractFiles reads and extracts files on all cores, calling done after each file (for
// progress), and returns the outcomes in input order.
func extractFiles(ctx context.Context, x *extract.Extractor, files []string, maxSize int64, published string, done func()) []extracted {
	out := make([]extracted, len(files))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				out[i] = extractOne(ctx, x, files[i], maxSize, published)
				if done != nil {
					done()
				}
			}
		}()
	}
	for i := range files {
		if ctx.Err() != nil {
			out[i] = extracted{Path: files[i], Err: ctx.Err()}
			continue
		}
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return out
}

func extractOne(ctx context.Context, x *extract.Extractor, path string, maxSize int64, published string) extracted {
	a, err := readArticle(path, maxSize, published)
	if err != nil {
		return extracted{Path: path, Err: err}
	}
	r, err := x.Extract(ctx, a)
	if err != nil {
		return extracted{Path: path, Err: fmt.Errorf("extract: %w", err)}
	}
	return extracted{Path: path, Result: r}
}

// batch is the outcome of reading and extracting a set of inputs.
type batch struct {
	// Results are the extracted articles, in input order.
	Results []*extract.Result
	// Total is the number of inputs: article files found plus paths that could not be listed.
	Total int
	// Failed is how many of them failed; each was named on stderr.
	Failed int
}

// err is a *partialError when some inputs failed, else nil.
func (b batch) err() error {
	if b.Failed > 0 {
		return &partialError{failed: b.Failed, total: b.Total}
	}
	return nil
}

// extractInputs lists the files under paths, reads and extracts them on all cores, and names
// each bad input on stderr. done is called after each file, for progress.
func extractInputs(ctx context.Context, f *factory, x *extract.Extractor, files []string, listFailures []inputFailure, published string, done func()) batch {
	b := batch{Total: len(files) + len(listFailures), Failed: len(listFailures)}
	for _, o := range extractFiles(ctx, x, files, f.Config.MaxFileSize, published, done) {
		if o.Err != nil {
			reportFailure(f.IO, o.Path, o.Err)
			b.Failed++
			continue
		}
		b.Results = append(b.Results, o.Result)
	}
	return b
}

// reportFailure prints one line naming a bad input and why.
func reportFailure(io *IOStreams, path string, err error) {
	msg := err.Error()
	// the extractor's input errors already start with the path
	if !strings.HasPrefix(msg, path+":") {
		msg = path + ": " + msg
	}
	fmt.Fprintln(io.ErrOut, "intelgraph: skipped "+msg)
}
