package actors

import (
	"strings"
	"testing"

	"briefing/briefing/source"
)

var _ = source.Parse // the texts are parsed as a file "t.txt" under a title line (doc)

// TestJunkRules checks the rules that keep places and titles from
// becoming actors: each case says which actors must and must not be found.
func TestJunkRules(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		present []string // IDs that must be actors
		absent  []string // IDs or names that must not be
	}{
		{"a US state among states is not the country",
			"Clinton won Alabama, Georgia and Tennessee on Tuesday.",
			nil, []string{"georgia"}},
		{"a US state near domestic politics is not the country",
			"The Republican primary in Georgia drew record crowds.",
			nil, []string{"georgia"}},
		{"the country, with its nationality in the document, stays",
			"Georgia and Russia fought a war in 2008. Georgian officials said the Republican senator visited.",
			[]string{"georgia", "russia"}, nil},
		{"the country alone stays",
			"Georgia is offering a tax amnesty to boost its economy.",
			[]string{"georgia"}, nil},
		{"a run after a work noun is a title",
			"The prizes are given in March. Spanish drama Maria Full of Grace, about a young courier, got five nominations.",
			nil, []string{"maria-full"}},
		{"a run before a product noun is a product",
			"The prizes are given in March. A campaign run by the Spread Firefox website raised money for an advert. Firefox said it was pleased.",
			nil, []string{"spread-firefox"}},
		{"a person with a title keeps the name despite a show",
			"Talk show host Jerry Springer spoke. The hit show Jerry Springer - The Opera ran for years.",
			[]string{"jerry-springer"}, nil},
		{"a capitalised work noun is a publication, not a cue",
			"\"It will win,\" said Total Film's Jamie Graham.",
			[]string{"jamie-graham"}, nil},
		{"the pronoun I with a verb is never part of a name",
			"He said: \"Like Kevin I'd like to see some players come in.\" Kevin Keegan agreed.",
			nil, []string{"kevin-i-d", "kevin-id"}},
		{"a name with I and an apostrophe stays",
			"Presenter Lisa I'Anson said she was delighted.",
			[]string{"lisa-ianson"}, nil},
		{"one title among many bare mentions of a word is a stray",
			"Secretary State spoke. " + strings.Repeat("The State of the Union is on tonight. ", 12),
			nil, []string{"state"}},
		{"a surname titled once and speaking often is a person",
			"Chancellor Vantor met them. " + strings.Repeat("Vantor said it was fine. Vantor smiled. ", 6),
			[]string{"vantor"}, nil},
		{"a title inside a run is peeled off the person's name",
			"Thousands watched as House Speaker Newt Gingrich spoke. Gingrich said it was over.",
			[]string{"newt-gingrich"}, []string{"house-speaker-newt-gingrich"}},
		{"a place before a title inside a run is peeled too",
			"New Jersey Gov. Chris Christie endorsed him on Friday. Christie said so.",
			[]string{"chris-christie"}, []string{"new-jersey-gov-chris-christie"}},
		{"a newspaper ending in Chronicle is an organisation",
			"The Valley Chronicle said the vote was close. The Valley Chronicle has run the story for weeks.",
			nil, []string{"person:valley-chronicle"}},
		{"a city named mostly after place words is not a body",
			"Its rival Dunmore was praised. " + strings.Repeat("Delegates met in Dunmore on Monday. ", 11),
			nil, []string{"dunmore"}},
		{"a mis-decoded name is one word and merges with the name as written",
			"President Enrique Pe\u00c3\u00b1a Nieto met the envoy. Later Pe\u00c3\u00b1a Nieto said no. Enrique Pena Nieto left.",
			[]string{"enrique-pena-nieto"}, []string{"enrique-pea"}},
		{"a decomposed, doubly mis-decoded name merges too",
			"Fran" + "A\u0303\u00c2\u00a7ois Hollande spoke in Paris. President Fran\u00e7ois Hollande said yes.",
			[]string{"francois-hollande"}, []string{"frana", "francois-hollande-2"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ix := Build([]*source.Document{doc(t, tc.text)})
			for _, id := range tc.present {
				if ix.Actor(id) == nil {
					t.Errorf("no actor %q; got:\n%s", id, describe(ix))
				}
			}
			for _, a := range ix.Actors() {
				for _, bad := range tc.absent {
					if a.ID == bad || slug(a.Name) == bad || a.Kind+":"+a.ID == bad {
						t.Errorf("junk actor %q (%s)", a.Name, a.Kind)
					}
				}
			}
		})
	}
}

func TestRepairMojibake(t *testing.T) {
	for in, want := range map[string]string{
		"PeÃ±a":           "Peña",
		"FranA\u0303§ois": "François",
		"FranÃÂ§ois":      "François",
		"Peña":            "Peña",
		"Âge":             "Âge",
		"Putin":           "Putin",
		"Ã":               "Ã",
	} {
		if got := repairMojibake(in); got != want {
			t.Errorf("repairMojibake(%q) = %q, want %q", in, got, want)
		}
	}
	if a, b := matchKey("Recep Tayyip Erdoğan"), matchKey("Recep Tayyip Erdogan"); a != b {
		t.Errorf("keys differ: %q, %q", a, b)
	}
}
