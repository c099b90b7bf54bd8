package actors

import (
	"testing"

	"github.com/pariz/gountries"
)

// TestGeoDataMatchesGountries checks that geodata_gen.go still says what the
// gountries package says (run `go generate ./briefing/extract/actors` when
// it does not), and keeps that package in go.mod for the generator.
func TestGeoDataMatchesGountries(t *testing.T) {
	all := gountries.New().FindAllCountries()
	if len(all) != len(geoCountries) {
		t.Fatalf("gountries has %d countries, geodata_gen.go %d", len(all), len(geoCountries))
	}
	for _, g := range geoCountries {
		c, ok := all[g.alpha2]
		if !ok {
			t.Errorf("%s is not in gountries", g.alpha2)
			continue
		}
		if c.Name.Common != g.common || c.Name.Official != g.official || c.Capital != g.capital {
			t.Errorf("%s: generated %q/%q/%q, gountries %q/%q/%q", g.alpha2,
				g.common, g.official, g.capital, c.Name.Common, c.Name.Official, c.Capital)
		}
	}
}

// TestFactTables checks the tables factsOf reads against the maps they
// copy, for every key of the maps and for names in neither.
func TestFactTables(t *testing.T) {
	g := loadGeo()
	for k, v := range g.named {
		if got := keyNames(g.namedTable.get(k)); got != v {
			t.Errorf("named %q: table has %d, map %d", k, got, v)
		}
	}
	for n := range g.places {
		if g.placeTable.get(n) == 0 {
			t.Errorf("place %q: not in the table", n)
		}
	}
	for _, s := range []string{"", "x", "Putin", "putin", "Idlibs", "united nation", "Ankara", "Vladimir Putin",
		"the Organization for Security and Co-operation in Europe"} {
		if got, want := keyNames(g.namedTable.get(s)), g.named[s]; got != want {
			t.Errorf("named %q: table has %d, map %d", s, got, want)
		}
		if got, want := g.placeTable.get(s) != 0, g.places[s]; got != want {
			t.Errorf("place %q: table says %v, map %v", s, got, want)
		}
	}
}
