package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// runCLI runs the command line with args and returns what it printed.
func runCLI(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	cmd := rootCmd()
	cmd.SetArgs(args)
	cmd.SetOut(&out)
	cmd.SetErr(&errb)
	err = cmd.Execute()
	return out.String(), errb.String(), err
}

func TestExportJSONHasBothSeeds(t *testing.T) {
	out, _, err := runCLI(t, "export", "--format", "json")
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Sources []struct {
			ID    string `json:"id"`
			Lines int    `json:"lines"`
		} `json:"sources"`
		Actors    []json.RawMessage `json:"actors"`
		Quotes    []json.RawMessage `json:"quotes"`
		Numbers   []json.RawMessage `json:"numbers"`
		Positions []json.RawMessage `json:"positions"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("export is not JSON: %v\n%s", err, out)
	}
	ids := []string{}
	for _, s := range got.Sources {
		ids = append(ids, s.ID)
	}
	want := "000_44fb05a086d9fa99.txt,002_d6d37c0bac754b8f.txt"
	if strings.Join(ids, ",") != want {
		t.Errorf("sources = %v, want %s", ids, want)
	}
	for _, list := range []string{`"actors"`, `"quotes"`, `"numbers"`, `"positions"`} {
		if !strings.Contains(out, list+": [") {
			t.Errorf("export has no %s list", list)
		}
	}
}

func TestExportRejectsUnknownFormat(t *testing.T) {
	_, _, err := runCLI(t, "export", "--format", "yaml")
	if err == nil || !strings.Contains(err.Error(), "yaml") {
		t.Fatalf("err = %v, want one naming the bad format", err)
	}
}

func TestMissingPathIsNamed(t *testing.T) {
	_, _, err := runCLI(t, "export", "/no/such/folder")
	if err == nil || !strings.Contains(err.Error(), "/no/such/folder") {
		t.Fatalf("err = %v, want one naming the path", err)
	}
}
