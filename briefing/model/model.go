// Package model holds the plain data types of a briefing: sources, actors,
// quotes, key numbers and positions, each cited to the lines of a file. It is
// the JSON export contract (see README, "Export formats"), so field names and
// meanings are stable: add fields freely, never rename or repurpose them.
package model

// Cite points at the lines of an original file that contain an item.
// Line and EndLine are 1-based lines of the file as it is on disk; Start and
// End are byte offsets into that file (End exclusive).
type Cite struct {
	Source  string `json:"source"`
	Line    int    `json:"line"`
	EndLine int    `json:"end_line"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

// Source is one article file and the metadata it states about itself.
type Source struct {
	ID        string `json:"id"`   // path relative to the folder given; the file name for seeds
	Path      string `json:"path"` // path as opened (seeds/NAME for the embedded seeds)
	Title     string `json:"title"`
	Byline    string `json:"byline"`
	Date      string `json:"date"` // yyyy-mm-dd when the document states its own date, else ""
	Publisher string `json:"publisher"`
	URL       string `json:"url"`
	Lines     int    `json:"lines"`
	Format    string `json:"format"` // txt, md or html
}

// Actor kinds.
const (
	KindPerson       = "person"
	KindCountry      = "country"
	KindOrganization = "organization"
	KindGroup        = "group"
)

// Actor is a person, country, organisation or group named in the material,
// with every form that names it merged.
type Actor struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Kind        string   `json:"kind"`
	Aliases     []string `json:"aliases"`
	Role        string   `json:"role"`
	Affiliation string   `json:"affiliation"` // another actor's ID, or ""
	Mentions    int      `json:"mentions"`
	Cites       []Cite   `json:"cites"`
}

// Quote is a direct quote and who said it.
type Quote struct {
	ID          string `json:"id"`
	Speaker     string `json:"speaker"`      // actor ID, or "" when not a named actor
	SpeakerName string `json:"speaker_name"` // who spoke, as best known
	Text        string `json:"text"`         // the quoted words only, whole
	Partial     bool   `json:"partial"`      // a fragment inside the reporter's sentence
	Cite        Cite   `json:"cite"`
	// Affiliation is the actor ID the speaker belongs to ("turkey" for "a
	// senior Turkish official"), or "" when unknown.
	Affiliation string `json:"affiliation,omitempty"`
}

// Number is a key figure and what it counts.
type Number struct {
	ID     string  `json:"id"`
	Value  float64 `json:"value"`  // scale words applied: 3.6 million -> 3600000
	Unit   string  `json:"unit"`   // "percent", "people", "refugees", "posts", ...
	What   string  `json:"what"`   // what it counts, in the source's words
	Approx string  `json:"approx"` // "more than", "about", ... or ""
	Raw    string  `json:"raw"`    // the figure as written: "3.6 million"
	Text   string  `json:"text"`   // the sentence or clause
	Actor  string  `json:"actor"`  // actor ID it concerns, or ""
	Cite   Cite    `json:"cite"`
}

// Position is what an actor wants, fears, demands or says.
type Position struct {
	ID    string `json:"id"`
	Actor string `json:"actor"` // actor ID
	Verb  string `json:"verb"`  // says, wants, fears, urges, vowed, ...
	Text  string `json:"text"`  // the statement as written
	Cite  Cite   `json:"cite"`
}

// Warning reports a file that could not be used, or used only in part.
type Warning struct {
	Path    string `json:"path"`
	Problem string `json:"problem"`
}

func (w Warning) String() string { return w.Path + ": " + w.Problem }

// Briefing is the whole extracted briefing over a set of sources.
type Briefing struct {
	Sources   []Source   `json:"sources"`
	Actors    []Actor    `json:"actors"`
	Quotes    []Quote    `json:"quotes"`
	Numbers   []Number   `json:"numbers"`
	Positions []Position `json:"positions"`
	Warnings  []Warning  `json:"warnings"`
}
