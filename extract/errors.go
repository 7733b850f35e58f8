package extract

import "errors"

// Sentinel errors for unusable input; test with errors.Is.
var (
	// ErrEmpty means the file, or its body after the header, has no text.
	ErrEmpty = errors.New("empty article")
	// ErrBinary means the file holds NUL bytes or is mostly not text.
	ErrBinary = errors.New("binary content")
	// ErrInvalidUTF8 means the file is not valid UTF-8.
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	// ErrInternal means the extractor failed on an article through a fault of its own, not of
	// the input: a bug to report together with the article. Other articles are unaffected.
	ErrInternal = errors.New("internal error (please report it with the article)")
)

// InputError is an article file that cannot be read as an article. Its message reads
// "<path>: <reason>"; Err is one of the sentinel errors (or a parse error) for errors.Is.
type InputError struct {
	Path   string
	Reason string
	Err    error
}

// Error returns "<path>: <reason>".
func (e *InputError) Error() string { return e.Path + ": " + e.Reason }

// Unwrap returns the underlying error.
func (e *InputError) Unwrap() error { return e.Err }
