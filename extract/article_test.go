package extract

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseArticle(t *testing.T) {
	tests := []struct {
		name, file                       string
		id, title, published, bodyPrefix string
		meta                             map[string]string
	}{
		{name: "header", file: "header.txt", id: "custom-id", title: "A short test article", published: "2025-06",
			bodyPrefix: "First paragraph", meta: map[string]string{"author": "Jane Example"}},
		{name: "no header", file: "noheader.txt", id: "noheader", bodyPrefix: "No header here"},
		{name: "fiction", file: "fiction.txt", id: "fiction", title: "Fictional spy agency tipped off telecom firm", published: "2024-03-14",
			bodyPrefix: "The Federal Bureau"},
		{name: "html", file: "page.html", id: "page", title: "Fictional page title", bodyPrefix: "The Ministry of Silence"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", tt.file))
			require.NoError(t, err)
			a, err := ParseArticle(filepath.Join("testdata", tt.file), data)
			require.NoError(t, err)
			assert.Equal(t, tt.id, a.ID)
			assert.Equal(t, tt.title, a.Title)
			if tt.published != "" {
				assert.Equal(t, tt.published, a.Published)
			}
			assert.True(t, strings.HasPrefix(a.Body, tt.bodyPrefix), "body starts %q, want %q", first(a.Body, 40), tt.bodyPrefix)
			wantSource := tt.file
			if tt.name == "header" {
				wantSource = "wire" // the header's source wins over the file name
			}
			assert.Equal(t, wantSource, a.Source)
			for k, v := range tt.meta {
				assert.Equal(t, v, a.Meta[k], "meta %s", k)
			}
		})
	}
}

func TestParseArticleHTMLDropsNavigation(t *testing.T) {
	data, err := os.ReadFile("testdata/page.html")
	require.NoError(t, err)
	a, err := ParseArticle("page.html", data)
	require.NoError(t, err)
	assert.NotContains(t, a.Body, "Copyright notice")
	assert.Contains(t, a.Body, "Grey Heron")
	assert.Equal(t, 3, strings.Count(a.Body, "\n\n")+1, "paragraphs in %q", a.Body)
}

func TestParseArticleErrors(t *testing.T) {
	tests := []struct {
		name   string
		data   []byte
		want   error
		reason string
	}{
		{"empty", []byte(""), ErrEmpty, "empty file"},
		{"blank", []byte("  \n\n "), ErrEmpty, "empty file"},
		{"empty body", []byte("title: x\n\n   \n"), ErrEmpty, "empty article body"},
		{"nul", []byte("abc\x00def"), ErrBinary, "NUL byte at offset 3"},
		{"control", []byte("\x01\x02\x03\x04\x05ab"), ErrBinary, "binary content"},
		{"invalid utf8", []byte("caf\xe9 au lait"), ErrInvalidUTF8, "byte offset 3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseArticle("in/bad.txt", tt.data)
			require.Error(t, err)
			assert.True(t, errors.Is(err, tt.want), "got %v, want %v", err, tt.want)
			var ie *InputError
			require.True(t, errors.As(err, &ie))
			assert.Equal(t, "in/bad.txt", ie.Path)
			assert.True(t, strings.HasPrefix(err.Error(), "in/bad.txt: "), "got %q", err.Error())
			assert.Contains(t, err.Error(), tt.reason)
		})
	}
}

func first(s string, n int) string {
	if len(s) < n {
		return s
	}
	return s[:n]
}
