package actors

import (
	"testing"

	"briefing/briefing/source"
	"briefing/internal/testkit"
)

// TestRoleIndex checks byRole and bareTitle, which read the role index,
// against a pass over every entity, for every role of the BBC corpus in
// every 100th document (every document takes minutes).
func TestRoleIndex(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	docs, _, err := source.Load([]string{testkit.Corpus(t, "bbc")}, source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b := Build(docs).b
	keys := map[roleKey]bool{}
	for _, e := range b.ents {
		for _, rc := range e.roles {
			keys[rc.key] = true
		}
	}
	for rk := range keys {
		for d := 0; d < len(docs); d += 100 {
			if got, want := b.byRole(d, rk.title, rk.country), byRoleScan(b, d, rk.title, rk.country); got != want {
				t.Fatalf("byRole(%d, %q, %q) = %d, want %d", d, rk.title, rk.country, got, want)
			}
			if got, want := b.bareTitle(d, rk.title), bareTitleScan(b, d, rk.title); got != want {
				t.Fatalf("bareTitle(%d, %q) = %d, want %d", d, rk.title, got, want)
			}
		}
	}
}

func byRoleScan(b *builder, d int, title, a2 string) int {
	found := -1
	for i, e := range b.ents {
		if e.kind != "person" {
			continue
		}
		for _, rc := range e.roles {
			if rk := rc.key; rk.title == title && rk.country == a2 {
				if e.inDoc(d) {
					return i
				}
				if found < 0 {
					found = i
				}
			}
		}
	}
	return found
}

func bareTitleScan(b *builder, d int, title string) int {
	holders := 0
	for _, e := range b.ents {
		for _, rc := range e.roles {
			if rk := rc.key; rk.title == title && rk.country == "" && rk.affil == "" {
				holders++
				break
			}
		}
	}
	if holders > 2 {
		return -1
	}
	found := -1
	for i, e := range b.ents {
		if e.kind != "person" || !e.inDoc(d) {
			continue
		}
		bare, other := false, false
		for _, rc := range e.roles {
			if rk := rc.key; rk.title == title {
				if rk.country == "" && rk.affil == "" {
					bare = true
				} else {
					other = true
				}
			}
		}
		if bare && !other {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}
