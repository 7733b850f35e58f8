package main

import (
	"github.com/schollz/progressbar/v3"
)

// newProgress returns a progress bar on stderr when it is a terminal, else a silent counter.
func newProgress(io *IOStreams, total int, what string) *progressbar.ProgressBar {
	if !io.ErrTTY || total < 2 {
		return progressbar.DefaultSilent(int64(total), what)
	}
	return progressbar.NewOptions(total,
		progressbar.OptionSetWriter(io.ErrOut),
		progressbar.OptionSetDescription(what),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionThrottle(100_000_000),
	)
}
