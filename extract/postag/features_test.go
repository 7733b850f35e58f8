package postag

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// classNames returns n distinct class names, none holding a space.
func classNames(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("C%d", i)
	}
	return out
}

// TestBuildTemplatesErrors checks that buildTemplates refuses a model whose classes and three
// other tags do not fit a byte, and one with a tag holding a space (which would make the
// "i-1 tag+i word" keys ambiguous), with an error naming why; a model at the limit is taken.
func TestBuildTemplatesErrors(t *testing.T) {
	tests := []struct {
		name    string
		classes []string
		want    string // a part of the error, or "" for a model that is taken
	}{
		{"one class", []string{"NN"}, ""},
		{"253 classes, the most that fit", classNames(253), ""},
		{"254 classes", classNames(254), "model has 254 classes, want at most 253"},
		{"256 classes", classNames(256), "model has 256 classes, want at most 253"},
		{"a space inside a tag", []string{"NN", "N N"}, `model tag "N N" holds a space`},
		{"a space opening a tag", []string{" NN"}, `model tag " NN" holds a space`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := &model{classes: tt.classes}
			m.tags = append(append([]string(nil), m.classes...), start1, start2, dashTag)
			tpl, err := m.buildTemplates(map[string]span{}, map[string]uint8{})
			if tt.want == "" {
				require.NoError(t, err)
				assert.NotNil(t, tpl)
				return
			}
			require.Error(t, err)
			assert.Nil(t, tpl)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}
