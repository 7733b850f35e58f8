package neo4jstore

import (
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Values come back from the driver as int64, float64, string, bool, neo4j.Date, []any and
// map[string]any; a missing property is nil. These helpers turn them into Go values, with
// the zero value for nil.

func asString(v any) string {
	s, _ := v.(string)
	return s
}

func asInt64(v any) int64 {
	switch x := v.(type) {
	case int64:
		return x
	case float64:
		return int64(x)
	}
	return 0
}

func asInt(v any) int { return int(asInt64(v)) }

func asFloat(v any) float64 {
	switch x := v.(type) {
	case float64:
		return x
	case int64:
		return float64(x)
	}
	return 0
}

func asBool(v any) bool {
	b, _ := v.(bool)
	return b
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}

func asStrings(v any) []string {
	l := asList(v)
	out := make([]string, len(l))
	for i, x := range l {
		out[i] = asString(x)
	}
	return out
}

func asMap(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

// at returns l[i], or nil when l is too short (a malformed parallel array).
func at(l []any, i int) any {
	if i < len(l) {
		return l[i]
	}
	return nil
}

// isoDate is the layout of a full ISO date.
const isoDate = "2006-01-02"

// parseDate returns s as a Neo4j date when it is a full ISO date that formats back to itself.
func parseDate(s string) (neo4j.Date, bool) {
	t, err := time.Parse(isoDate, s)
	if err != nil || t.Format(isoDate) != s {
		return neo4j.Date{}, false
	}
	return neo4j.DateOf(t), true
}

// formatDate returns a Neo4j date as an ISO date, or "" when v is not a date.
func formatDate(v any) (string, bool) {
	d, ok := v.(neo4j.Date)
	if !ok {
		return "", false
	}
	return d.Time().Format(isoDate), true
}

func ints64[T any](xs []T, f func(T) int) []int64 {
	out := make([]int64, len(xs))
	for i, x := range xs {
		out[i] = int64(f(x))
	}
	return out
}

func mapSlice[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}
