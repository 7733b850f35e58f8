package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

// Config is intelgraph's effective configuration. Its sources, strongest first: command-line
// flags, INTELGRAPH_* environment variables, the config file, then DefaultConfig.
type Config struct {
	// Store is "embedded", "neo4j", or "auto" (default): neo4j when Neo4jURI is set, else embedded.
	Store string `json:"store"`
	// DataDir is the embedded store's directory. Default ./intelgraph-data.
	DataDir string `json:"data_dir"`
	// Neo4jURI is the Bolt URI of the Neo4j server, e.g. bolt://localhost:7687. Default "".
	Neo4jURI string `json:"neo4j_uri"`
	// Neo4jUser is the Neo4j user. Default neo4j.
	Neo4jUser string `json:"neo4j_user"`
	// Neo4jPassword is the Neo4j password. Default "". Never printed.
	Neo4jPassword string `json:"neo4j_password"`
	// Neo4jDatabase is the Neo4j database. Default neo4j.
	Neo4jDatabase string `json:"neo4j_database"`
	// BatchSize is the number of rows per UNWIND batch written to Neo4j. Default 500.
	BatchSize int `json:"batch_size"`
	// MaxFileSize is the largest article file read, in bytes. Default 10 MB.
	MaxFileSize int64 `json:"max_file_size"`
	// ActorsFile names a file of the user's own actors and aliases. Default "" (none).
	ActorsFile string `json:"actors_file"`
	// LogLevel is debug, info, warn or error. Default warn.
	LogLevel string `json:"log_level"`
	// ConfigFile is the config file that was read, "" when none was.
	ConfigFile string `json:"config_file"`
}

// DefaultConfig returns the configuration used when nothing else is set.
func DefaultConfig() Config {
	return Config{
		Store:         "auto",
		DataDir:       "./intelgraph-data",
		Neo4jUser:     "neo4j",
		Neo4jDatabase: "neo4j",
		BatchSize:     500,
		MaxFileSize:   10 << 20,
		LogLevel:      "warn",
	}
}

// configKey ties a configuration key to its flag and its help text.
type configKey struct {
	key, flag, help string
	// def is the default, from DefaultConfig; its type (string, int, int64) is the flag's.
	def any
}

// configKeys lists every configuration key with its flag, help and default, once.
func configKeys() []configKey {
	d := DefaultConfig()
	return []configKey{
		{"store", "store", "store to use: auto (neo4j when a URI is set, else embedded), embedded or neo4j", d.Store},
		{"data-dir", "data-dir", "directory of the embedded store", d.DataDir},
		{"neo4j.uri", "neo4j-uri", "Neo4j Bolt URI, e.g. bolt://localhost:7687 (selects the neo4j store)", d.Neo4jURI},
		{"neo4j.user", "neo4j-user", "Neo4j user", d.Neo4jUser},
		{"neo4j.password", "neo4j-password", "Neo4j password (prefer INTELGRAPH_NEO4J_PASSWORD)", d.Neo4jPassword},
		{"neo4j.database", "neo4j-database", "Neo4j database", d.Neo4jDatabase},
		{"batch-size", "batch-size", "rows per batch written to Neo4j", d.BatchSize},
		{"max-file-size", "max-file-size", "largest article file read, in bytes", d.MaxFileSize},
		{"actors-file", "actors-file", "file of your own actors and aliases (see README)", d.ActorsFile},
		{"log-level", "log-level", "diagnostics on stderr: debug, info, warn or error", d.LogLevel},
	}
}

// addConfigFlags registers the persistent flags that override configuration keys.
func addConfigFlags(fs *pflag.FlagSet) {
	fs.String("config", "", "config file (default: ./intelgraph.yaml, else <user config dir>/intelgraph/intelgraph.yaml)")
	for _, k := range configKeys() {
		switch def := k.def.(type) {
		case int:
			fs.Int(k.flag, def, k.help)
		case int64:
			fs.Int64(k.flag, def, k.help)
		default:
			fs.String(k.flag, fmt.Sprint(def), k.help)
		}
	}
}

// loadConfig resolves the configuration for cmd with one viper instance: flags > INTELGRAPH_*
// environment variables > config file > defaults. userConfigDir is injected for tests.
func loadConfig(cmd *cobra.Command, userConfigDir func() (string, error)) (Config, error) {
	v := viper.New()
	keys := configKeys()
	for _, k := range keys {
		v.SetDefault(k.key, k.def)
	}
	v.SetEnvPrefix("INTELGRAPH")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_", "-", "_"))
	v.AutomaticEnv()
	for _, k := range keys {
		if f := cmd.Flags().Lookup(k.flag); f != nil {
			if err := v.BindPFlag(k.key, f); err != nil {
				return Config{}, fmt.Errorf("bind flag %s: %w", k.flag, err)
			}
		}
	}
	file, err := configFile(cmd, userConfigDir)
	if err != nil {
		return Config{}, err
	}
	if file != "" {
		v.SetConfigFile(file)
		if err := v.ReadInConfig(); err != nil {
			return Config{}, usagef("read config file %s: %v", file, err)
		}
	}
	c := Config{
		Store:         strings.ToLower(v.GetString("store")),
		DataDir:       v.GetString("data-dir"),
		Neo4jURI:      v.GetString("neo4j.uri"),
		Neo4jUser:     v.GetString("neo4j.user"),
		Neo4jPassword: v.GetString("neo4j.password"),
		Neo4jDatabase: v.GetString("neo4j.database"),
		BatchSize:     v.GetInt("batch-size"),
		MaxFileSize:   v.GetInt64("max-file-size"),
		ActorsFile:    v.GetString("actors-file"),
		LogLevel:      strings.ToLower(v.GetString("log-level")),
		ConfigFile:    file,
	}
	return c, c.validate()
}

// configFile finds the config file: --config or INTELGRAPH_CONFIG (must exist), else
// ./intelgraph.yaml, else the user config dir's intelgraph/intelgraph.yaml; "" when none exists.
func configFile(cmd *cobra.Command, userConfigDir func() (string, error)) (string, error) {
	explicit := os.Getenv("INTELGRAPH_CONFIG")
	if f := cmd.Flags().Lookup("config"); f != nil && f.Changed {
		explicit = f.Value.String()
	}
	if explicit != "" {
		if _, err := os.Stat(explicit); err != nil {
			return "", usagef("config file %s: %v", explicit, errors.Unwrap(err))
		}
		return explicit, nil
	}
	candidates := []string{"intelgraph.yaml"}
	if dir, err := userConfigDir(); err == nil {
		candidates = append(candidates, filepath.Join(dir, "intelgraph", "intelgraph.yaml"))
	}
	for _, c := range candidates {
		if _, err := os.Stat(c); err == nil {
			return c, nil
		}
	}
	return "", nil
}

func (c Config) validate() error {
	switch c.Store {
	case "auto", "embedded", "neo4j":
	default:
		return usagef("store %q: use auto, embedded or neo4j", c.Store)
	}
	if c.Store == "neo4j" && c.Neo4jURI == "" {
		return usagef("store neo4j needs a URI: set --neo4j-uri or INTELGRAPH_NEO4J_URI")
	}
	if c.BatchSize < 1 {
		return usagef("batch size %d: must be at least 1", c.BatchSize)
	}
	if c.MaxFileSize < 1 {
		return usagef("max file size %d: must be at least 1 byte", c.MaxFileSize)
	}
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		return usagef("log level %q: use debug, info, warn or error", c.LogLevel)
	}
	return nil
}

// StoreKind is the store the configuration selects: embedded or neo4j.
func (c Config) StoreKind() string {
	if c.Store == "auto" {
		if c.Neo4jURI != "" {
			return "neo4j"
		}
		return "embedded"
	}
	return c.Store
}

// Redacted returns the configuration with the password hidden, for printing.
func (c Config) Redacted() Config {
	if c.Neo4jPassword != "" {
		c.Neo4jPassword = "********"
	}
	return c
}

// String renders the configuration as `key: value` lines, password redacted.
func (c Config) String() string {
	r := c.Redacted()
	file := r.ConfigFile
	if file == "" {
		file = "(none)"
	}
	return fmt.Sprintf("store: %s (using %s)\ndata-dir: %s\nneo4j.uri: %s\nneo4j.user: %s\nneo4j.password: %s\nneo4j.database: %s\nbatch-size: %d\nmax-file-size: %d\nactors-file: %s\nlog-level: %s\nconfig-file: %s\n",
		r.Store, r.StoreKind(), r.DataDir, r.Neo4jURI, r.Neo4jUser, r.Neo4jPassword, r.Neo4jDatabase,
		r.BatchSize, r.MaxFileSize, r.ActorsFile, r.LogLevel, file)
}
