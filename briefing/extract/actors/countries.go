package actors

import (
	"strings"
	"sync"
)

// country is what the tables know about one country.
type country struct {
	ID, Name string // slug and common name ("united-states", "United States")
}

// geoTables map names to countries. Country names, codes, capitals and
// subdivisions come from github.com/pariz/gountries (maintained data from
// mledoze/countries); demonyms and a few common short names are ours.
type geoTables struct {
	byName    map[string]string   // "Syria", "Syrian Arab Republic", "US", "Britain" -> alpha2
	byKey     map[string]string   // the same by matchKey ("syria", "us")
	named     map[string]keyNames // the keys of knownOrgs and byKey, for one look-up of both
	twins     map[string]*twin    // countries named like another's subdivision, by matchKey ("georgia")
	byCapital map[string]string   // "Ankara" -> "TR"
	demonym   map[string]string   // "Turkish" -> "TR"
	places    map[string]bool     // subdivision names: places, never actors ("Idlib")
	countries map[string]country
	table     *lexTable // every word list, by word
}

// keyNames says what a key names: a known organisation, a country.
type keyNames uint8

const (
	namesOrg keyNames = 1 << iota
	namesCountry
)

var (
	geoOnce sync.Once
	geo     *geoTables
)

// demonyms is the project's own table of adjectives of nationality, from
// common English usage (as in the CIA World Factbook "nationality" field).
var demonyms = map[string]string{
	"Afghan": "AF", "Albanian": "AL", "Algerian": "DZ", "American": "US", "Angolan": "AO", "Argentine": "AR",
	"Argentinian": "AR", "Armenian": "AM", "Australian": "AU", "Austrian": "AT", "Azerbaijani": "AZ",
	"Bahraini": "BH", "Bangladeshi": "BD", "Belarusian": "BY", "Belgian": "BE", "Bolivian": "BO",
	"Bosnian": "BA", "Brazilian": "BR", "British": "GB", "Bulgarian": "BG", "Burmese": "MM", "Cambodian": "KH",
	"Cameroonian": "CM", "Canadian": "CA", "Chilean": "CL", "Chinese": "CN", "Colombian": "CO",
	"Congolese": "CD", "Croatian": "HR", "Cuban": "CU", "Cypriot": "CY", "Czech": "CZ", "Danish": "DK",
	"Dutch": "NL", "Ecuadorian": "EC", "Egyptian": "EG", "Emirati": "AE", "Eritrean": "ER", "Estonian": "EE",
	"Ethiopian": "ET", "Filipino": "PH", "Finnish": "FI", "French": "FR", "Georgian": "GE", "German": "DE",
	"Ghanaian": "GH", "Greek": "GR", "Guatemalan": "GT", "Haitian": "HT", "Honduran": "HN", "Hungarian": "HU",
	"Icelandic": "IS", "Indian": "IN", "Indonesian": "ID", "Iranian": "IR", "Iraqi": "IQ", "Irish": "IE",
	"Israeli": "IL", "Italian": "IT", "Ivorian": "CI", "Jamaican": "JM", "Japanese": "JP", "Jordanian": "JO",
	"Kazakh": "KZ", "Kenyan": "KE", "Kosovar": "XK", "Kuwaiti": "KW", "Kyrgyz": "KG", "Latvian": "LV",
	"Lebanese": "LB", "Liberian": "LR", "Libyan": "LY", "Lithuanian": "LT", "Malaysian": "MY", "Malian": "ML",
	"Maltese": "MT", "Mexican": "MX", "Moldovan": "MD", "Mongolian": "MN", "Moroccan": "MA",
	"Mozambican": "MZ", "Namibian": "NA", "Nepalese": "NP", "Nicaraguan": "NI", "Nigerian": "NG",
	"Nigerien": "NE", "Norwegian": "NO", "Omani": "OM", "Pakistani": "PK", "Palestinian": "PS",
	"Panamanian": "PA", "Paraguayan": "PY", "Peruvian": "PE", "Polish": "PL", "Portuguese": "PT",
	"Qatari": "QA", "Romanian": "RO", "Russian": "RU", "Rwandan": "RW", "Saudi": "SA", "Senegalese": "SN",
	"Serbian": "RS", "Singaporean": "SG", "Slovak": "SK", "Slovenian": "SI", "Somali": "SO",
	"South African": "ZA", "South Korean": "KR", "North Korean": "KP", "Spanish": "ES", "Sri Lankan": "LK",
	"Sudanese": "SD", "Swedish": "SE", "Swiss": "CH", "Syrian": "SY", "Taiwanese": "TW", "Tajik": "TJ",
	"Tanzanian": "TZ", "Thai": "TH", "Tunisian": "TN", "Turkish": "TR", "Turkmen": "TM", "Ugandan": "UG",
	"Ukrainian": "UA", "Uruguayan": "UY", "Uzbek": "UZ", "Venezuelan": "VE", "Vietnamese": "VN",
	"Yemeni": "YE", "Zambian": "ZM", "Zimbabwean": "ZW", "Kurdish": "",
}

// shortNames are everyday names the data package does not carry.
var shortNames = map[string]string{
	"US": "US", "U.S.": "US", "USA": "US", "U.S.A.": "US", "America": "US", "United States of America": "US",
	"UK": "GB", "U.K.": "GB", "Britain": "GB", "Great Britain": "GB", "Russian Federation": "RU",
	"South Korea": "KR", "North Korea": "KP", "Iran": "IR", "Syria": "SY", "Vietnam": "VN", "Holland": "NL",
	"Czech Republic": "CZ", "Ivory Coast": "CI", "Burma": "MM", "Macedonia": "MK", "Congo": "CD",
}

// homeNations are the United Kingdom's constituent countries: actors of
// their own in news (national teams, devolved governments), with the
// pseudo-codes used for them here.
var homeNations = map[string]struct{ name, capital, demonym string }{
	"GB-ENG": {"England", "", ""}, "GB-SCT": {"Scotland", "Edinburgh", "Scottish"},
	"GB-WLS": {"Wales", "Cardiff", "Welsh"}, "GB-NIR": {"Northern Ireland", "Belfast", ""},
}

// commonNames overrides the data package's common name where news uses
// another ("South Korea", not "Korea, Republic of").
var commonNames = map[string]string{"KR": "South Korea", "KP": "North Korea", "CD": "Congo", "GB": "United Kingdom"}

// regions are continents and regions: places, never actors.
var regions = []string{"Africa", "Asia", "Latin America", "South America", "North America",
	"Middle East", "Gulf", "Caribbean", "Balkans", "Scandinavia", "Antarctica", "Oceania"}

// peoples are names of peoples that are not a demonym plus "s".
var peoples = []string{"Turks", "Brits", "Britons", "Kurds", "Swiss", "French", "Dutch", "Scots", "Welsh"}

// geoCountry is what the actors package uses of a country's data; the
// table of them is generated (see gengeo.go) rather than parsed at start-up.
type geoCountry struct{ alpha2, common, baseCommon, official, capital string }

//go:generate go run gengeo.go

func loadGeo() *geoTables {
	geoOnce.Do(func() {
		// Every map is made big enough for all it will hold, so that
		// none grows (rehashing) while it is filled: every start pays
		// for this.
		nc := len(geoCountries) + len(homeNations)
		g := &geoTables{
			byName:    make(map[string]string, 3*nc+len(shortNames)),
			byCapital: make(map[string]string, nc+len(metonyms)),
			demonym:   make(map[string]string, len(demonyms)+len(homeNations)),
			places:    make(map[string]bool, len(geoPlaces)+len(regions)+len(demonyms)+len(peoples)),
			countries: make(map[string]country, nc),
		}
		// The slugs and keys share a few chunks rather than each
		// allocating its own string.
		var arena keyArena
		for _, c := range geoCountries {
			a2 := c.alpha2
			name := c.common
			if n, ok := commonNames[a2]; ok {
				name = n
			}
			g.countries[a2] = country{ID: arena.slug(name), Name: name}
			g.byName[name] = a2
			g.byName[c.baseCommon] = a2
			if !strings.Contains(c.official, ",") {
				g.byName[c.official] = a2
			}
			if c.capital != "" {
				cap := strings.TrimSuffix(c.capital, " D.C.")
				g.byCapital[cap] = a2
			}
		}
		for _, n := range geoPlaces {
			g.places[n] = true
		}
		for a2, h := range homeNations {
			g.countries[a2] = country{ID: arena.slug(h.name), Name: h.name}
			g.byName[h.name] = a2
			if h.capital != "" {
				g.byCapital[h.capital] = a2
			}
			if h.demonym != "" {
				g.demonym[h.demonym] = a2
			}
		}
		for n, a2 := range shortNames {
			g.byName[n] = a2
		}
		for d, a2 := range demonyms {
			if a2 != "" {
				g.demonym[d] = a2
			}
		}
		for n, a2 := range metonyms {
			g.byCapital[n] = a2
		}
		// Continents and regions are places; only "Europe" and "the West"
		// act, as blocs (see blocNames).
		for _, n := range regions {
			g.places[n] = true
		}
		// Peoples are not their states ("Americans", "Syrians").
		for d := range demonyms {
			g.places[d+"s"] = true
		}
		for _, n := range peoples {
			g.places[n] = true
		}
		// A capital that is also a country name or subdivision is the country.
		for n := range g.byName {
			delete(g.places, n)
			delete(g.byCapital, n)
		}
		for n := range g.byCapital {
			delete(g.places, n)
		}
		g.byKey = make(map[string]string, len(g.byName))
		for n, a2 := range g.byName {
			g.byKey[arena.key(n)] = a2
		}
		g.named = make(map[string]keyNames, len(knownOrgs)+len(g.byKey))
		for k := range knownOrgs {
			g.named[k] |= namesOrg
		}
		for k := range g.byKey {
			g.named[k] |= namesCountry
		}
		g.twins = buildTwins(g)
		g.table = buildLexTable(g)
		geo = g
	})
	return geo
}

// countryOf returns the country a name, demonym or capital stands for.
func (g *geoTables) country(a2 string) (country, bool) {
	c, ok := g.countries[a2]
	return c, ok
}
