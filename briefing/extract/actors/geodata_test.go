package actors

import (
	"sync"
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

// BenchmarkLoadGeo measures building the geography and word tables, which
// every process that reads a text pays once at start: each round forgets
// the tables built before.
func BenchmarkLoadGeo(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		geoOnce = sync.Once{}
		loadGeo()
	}
}
