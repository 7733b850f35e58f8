// Command gen derives the compact threat-group and software gazetteers (data/attack-groups.tsv,
// data/attack-software.tsv) from MITRE ATT&CK tables, keeping only ids, names and aliases.
//
// Usage (from extract/gazetteer, as go:generate runs it):
//
//	go run ./internal/gen -in ../../../shared/data -out data
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	in := flag.String("in", "../../../shared/data", "folder holding attack-groups.tsv, attack-campaigns.tsv and attack-software.tsv")
	out := flag.String("out", "data", "folder to write the derived gazetteers into")
	flag.Parse()
	if err := run(*in, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

const header = "# Derived from MITRE ATT&CK (mitre/cti, ATT&CK v18.1 Enterprise) by extract/gazetteer/internal/gen.\n" +
	"# © 2025 The MITRE Corporation. This work is reproduced and distributed with the permission of The MITRE Corporation.\n" +
	"# Licence and disclaimer: see MITRE-LICENSE.txt in this folder.\n"

func run(in, out string) error {
	var groups []string
	for _, f := range []struct {
		name   string
		status int // index of the status column
	}{{"attack-groups.tsv", 6}, {"attack-campaigns.tsv", 6}} {
		rows, err := readTSV(filepath.Join(in, f.name))
		if err != nil {
			return err
		}
		for _, r := range rows {
			if len(r) <= f.status || r[f.status] != "current" {
				continue
			}
			groups = append(groups, strings.Join([]string{r[0], r[1], r[2]}, "\t"))
		}
	}
	sort.Strings(groups)
	if err := write(filepath.Join(out, "attack-groups.tsv"), "# attack_id\tname\taliases (|-separated)\n", groups); err != nil {
		return err
	}
	rows, err := readTSV(filepath.Join(in, "attack-software.tsv"))
	if err != nil {
		return err
	}
	var soft []string
	for _, r := range rows {
		if len(r) < 5 || r[4] != "current" {
			continue
		}
		soft = append(soft, strings.Join([]string{r[0], r[1], r[3]}, "\t"))
	}
	sort.Strings(soft)
	return write(filepath.Join(out, "attack-software.tsv"), "# attack_id\tname\taliases (|-separated)\n", soft)
}

func readTSV(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	first := true
	for sc.Scan() {
		if first {
			first = false
			continue
		}
		rows = append(rows, strings.Split(sc.Text(), "\t"))
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return rows, nil
}

func write(path, columns string, lines []string) error {
	body := header + columns + strings.Join(lines, "\n") + "\n"
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
