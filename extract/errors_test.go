package extract

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRecoverFault checks that a panic inside a call that defers recoverFault comes back as an
// error wrapping ErrInternal that names the article and the fault, with no result, and that a
// call that does not panic keeps its result.
func TestRecoverFault(t *testing.T) {
	tests := []struct {
		name    string
		fault   bool
		wantErr bool
	}{
		{"a fault becomes an error", true, true},
		{"no fault keeps the result", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := func() (res *Result, err error) {
				defer recoverFault("p1", &res, &err)
				res = &Result{}
				if tt.fault {
					var toks []token
					_ = toks[3] // index out of range
				}
				return res, nil
			}()
			if !tt.wantErr {
				require.NoError(t, err)
				assert.NotNil(t, res)
				return
			}
			require.Error(t, err)
			assert.True(t, errors.Is(err, ErrInternal), err.Error())
			assert.Nil(t, res)
			assert.Contains(t, err.Error(), "extract p1: ")
			assert.Contains(t, err.Error(), "index out of range")
		})
	}
}
