package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/spf13/cobra"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// configFor parses args with a root command and returns the resolved configuration.
func configFor(t *testing.T, dir string, args ...string) (Config, error) {
	t.Helper()
	f := &factory{userConfigDir: func() (string, error) { return filepath.Join(dir, "userconfig"), nil }}
	f.IO, _, _ = testStreams()
	var got Config
	var gotErr error
	root := newRootCmd(f)
	root.AddCommand(&cobra.Command{Use: "probe", RunE: func(*cobra.Command, []string) error { got = f.Config; return nil }})
	root.SetArgs(append([]string{"probe"}, args...))
	root.SetOut(f.IO.Out)
	root.SetErr(f.IO.ErrOut)
	gotErr = root.Execute()
	return got, gotErr
}

func TestConfigPrecedence(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	for _, k := range []string{"INTELGRAPH_NEO4J_URI", "INTELGRAPH_NEO4J_PASSWORD", "INTELGRAPH_BATCH_SIZE", "INTELGRAPH_DATA_DIR", "INTELGRAPH_STORE", "INTELGRAPH_CONFIG"} {
		t.Setenv(k, "")
		os.Unsetenv(k)
	}

	c, err := configFor(t, dir)
	require.NoError(t, err)
	assert.Equal(t, DefaultConfig().DataDir, c.DataDir, "defaults apply with nothing set")
	assert.Equal(t, "embedded", c.StoreKind(), "no URI: the embedded store")

	require.NoError(t, os.WriteFile("intelgraph.yaml", []byte("batch-size: 100\ndata-dir: from-file\nneo4j:\n  uri: bolt://file:7687\n  password: filepass\n"), 0o644))
	c, err = configFor(t, dir)
	require.NoError(t, err)
	assert.Equal(t, 100, c.BatchSize, "file over default")
	assert.Equal(t, "bolt://file:7687", c.Neo4jURI)
	assert.Equal(t, "neo4j", c.StoreKind(), "a URI selects Neo4j")

	t.Setenv("INTELGRAPH_BATCH_SIZE", "200")
	t.Setenv("INTELGRAPH_NEO4J_URI", "bolt://env:7687")
	c, err = configFor(t, dir)
	require.NoError(t, err)
	assert.Equal(t, 200, c.BatchSize, "env over file")
	assert.Equal(t, "bolt://env:7687", c.Neo4jURI)
	assert.Equal(t, "from-file", c.DataDir, "file still fills what env leaves")

	c, err = configFor(t, dir, "--batch-size", "300", "--neo4j-uri", "bolt://flag:7687")
	require.NoError(t, err)
	assert.Equal(t, 300, c.BatchSize, "flag over env")
	assert.Equal(t, "bolt://flag:7687", c.Neo4jURI)
}

func TestConfigErrors(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	tests := []struct {
		name string
		file string
		args []string
		want string
	}{
		{"bad store", "", []string{"--store", "mongo"}, `store "mongo"`},
		{"neo4j without uri", "", []string{"--store", "neo4j"}, "needs a URI"},
		{"bad batch size", "", []string{"--batch-size", "0"}, "batch size 0"},
		{"malformed file", "store: [unclosed\n", nil, "read config file"},
		{"missing explicit file", "", []string{"--config", "nope.yaml"}, "config file nope.yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			os.Remove("intelgraph.yaml")
			if tt.file != "" {
				require.NoError(t, os.WriteFile("intelgraph.yaml", []byte(tt.file), 0o644))
			}
			_, err := configFor(t, dir, tt.args...)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			code, _ := exitCodeFor(err)
			assert.Equal(t, ExitUsage, code)
		})
	}
}

func TestConfigCommandRedactsPassword(t *testing.T) {
	t.Chdir(t.TempDir())
	t.Setenv("INTELGRAPH_NEO4J_PASSWORD", "s3cret-pw")
	io, out, _ := testStreams()
	code := Main([]string{"config", "--neo4j-uri", "bolt://localhost:7687"}, io)
	require.Equal(t, ExitOK, code)
	assert.NotContains(t, out.String(), "s3cret-pw")
	assert.Contains(t, out.String(), "neo4j.password: ********")
	assert.Contains(t, out.String(), "store: auto (using neo4j)")
}
