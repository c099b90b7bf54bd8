package actors

import (
	"slices"
	"testing"

	"briefing/briefing/model"
	"briefing/briefing/source"
)

func find(ix *Index, id string) *model.Actor { return ix.Actor(id) }

func TestMechanisms(t *testing.T) {
	type want struct {
		id, name, kind, role, affiliation string
		aliases                           []string // each must be among the aliases
		mentions                          int      // 0: not checked
	}
	tests := []struct {
		name   string
		text   string
		want   []want
		absent []string // IDs or names that must not be actors
	}{
		{"full name, surname and longer form merge, role from nationality and title",
			"Turkish President Tayyip Erdogan met officials on Tuesday.\n\nRecep Tayyip Erdogan said talks went well. Later Erdogan left.",
			[]want{{id: "recep-tayyip-erdogan", name: "Recep Tayyip Erdogan", kind: "person", role: "President of Turkey",
				affiliation: "turkey", aliases: []string{"Erdogan", "Tayyip Erdogan"}, mentions: 3}},
			[]string{"tuesday", "later"}},
		{"honorific and title with surname",
			"President Vladimir Putin spoke to reporters. Mr. Putin said the talks were useful.",
			[]want{{id: "vladimir-putin", kind: "person", aliases: []string{"Mr. Putin"}, mentions: 2}}, nil},
		{"expansion and abbreviation; armed group from context",
			"Much of the region is held by the jihadist group Hayat Tahrir al-Sham (HTS). Militants of HTS attacked.",
			[]want{{id: "hayat-tahrir-al-sham", kind: "group", aliases: []string{"HTS"}, mentions: 2}}, []string{"much"}},
		{"capital stands for its government, not after a place preposition",
			"Ankara fears an offensive. Talks were held in Moscow.",
			[]want{{id: "turkey", kind: "country", aliases: []string{"Ankara"}, mentions: 1}}, []string{"russia"}},
		{"nationality before an institution is the country",
			"The Turkish military has 12 posts. Syrian forces attacked rebels. Syrian refugees fled.",
			[]want{{id: "turkey", mentions: 1}, {id: "syria", mentions: 1}}, nil},
		{"spellings of one group merge",
			"Fighters linked to al Qaeda were seen. Al-Qaeda denied it.",
			[]want{{id: "al-qaeda", kind: "group", mentions: 2}}, nil},
		{"seat of government",
			"The Kremlin said it would respond.",
			[]want{{id: "russia", aliases: []string{"Kremlin"}}}, nil},
		{"company from a firm noun and reporting verb",
			"Russian oil firm Yukos said it would appeal. Shares in Yukos fell.",
			[]want{{id: "yukos", kind: "organization", mentions: 2}}, nil},
		{"a bloc of countries acts",
			"Turkey fears a wave of refugees. Those concerns are shared by Europe.",
			[]want{{id: "europe", kind: "group", mentions: 1}}, nil},
		{"office description resolves to the office holder",
			"President Vladimir Putin spoke on Monday.\n\nThe Russian President said the deal would hold.",
			[]want{{id: "vladimir-putin", role: "President of Russia", affiliation: "russia", mentions: 2}}, nil},
		{"junk: weekdays, months, sentence openers, weapons, places, credits",
			"Close ties were forged. In July, Turkey began taking delivery of Russian S-400 systems near the town of Morek. Fighting in Idlib went on.\n\nImage: picture-alliance/AA/R. Aydogan",
			[]want{{id: "turkey"}},
			[]string{"close", "july", "s-400", "morek", "idlib", "r-aydogan", "aydogan"}},
		{"an unknown name among militants is a group",
			"Rebels from Jaish al-Islam said they would fight on. The militants of Jaish al-Islam attacked the town.",
			[]want{{id: "jaish-al-islam", kind: "group"}}, nil},
		{"role from an appositive",
			"Mevlut Cavusoglu, Turkey's foreign minister, spoke. Dmitry Peskov, the Kremlin spokesman, said no.",
			[]want{{id: "mevlut-cavusoglu", kind: "person", role: "Foreign Minister of Turkey", affiliation: "turkey"},
				{id: "dmitry-peskov", kind: "person", role: "Kremlin spokesman", affiliation: "russia"}}, nil},
		{"parties and their short names",
			"Labour leader Tony Blair attacked the Tories. The Conservatives said Labour was wrong.",
			[]want{{id: "labour-party", aliases: []string{"Labour"}}, {id: "conservative-party", aliases: []string{"Tories", "Conservatives"}},
				{id: "tony-blair", role: "Labour leader", affiliation: "labour-party"}}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ix := Build([]*source.Document{doc(t, tc.text)})
			for _, w := range tc.want {
				a := find(ix, w.id)
				if a == nil {
					t.Fatalf("no actor %q; got:\n%s", w.id, describe(ix))
				}
				check := func(field, got, want string) {
					if want != "" && got != want {
						t.Errorf("%s %s = %q, want %q", w.id, field, got, want)
					}
				}
				check("name", a.Name, w.name)
				check("kind", a.Kind, w.kind)
				check("role", a.Role, w.role)
				check("affiliation", a.Affiliation, w.affiliation)
				for _, al := range w.aliases {
					if !slices.Contains(a.Aliases, al) {
						t.Errorf("%s aliases %v lack %q", w.id, a.Aliases, al)
					}
				}
				if w.mentions != 0 && a.Mentions != w.mentions {
					t.Errorf("%s mentions = %d, want %d", w.id, a.Mentions, w.mentions)
				}
			}
			for _, a := range ix.Actors() {
				for _, bad := range tc.absent {
					if a.ID == bad || slug(a.Name) == bad {
						t.Errorf("junk actor %q", a.Name)
					}
				}
			}
		})
	}
}

func TestResolveAcrossDocuments(t *testing.T) {
	docs := []*source.Document{doc(t, "Vladimir Putin spoke in Sochi."), doc(t, "Putin said the deal would hold.")}
	ix := Build(docs)
	for _, tc := range []struct {
		doc  int
		name string
		want string
	}{
		{1, "Putin", "vladimir-putin"},
		{0, "Mr. Putin", "vladimir-putin"},
		{0, "President Vladimir Putin", "vladimir-putin"},
		{0, "Sochi", ""},
		{0, "the Kremlin", ""}, // Russia is not an actor of this material
	} {
		if got := ix.Resolve(tc.doc, tc.name); got != tc.want {
			t.Errorf("Resolve(%d, %q) = %q, want %q", tc.doc, tc.name, got, tc.want)
		}
	}
}

func TestPersonBefore(t *testing.T) {
	d := doc(t, "Vladimir Putin met Recep Tayyip Erdogan in Sochi. He said the talks went well.")
	ix := Build([]*source.Document{d})
	off := len("Vladimir Putin met Recep Tayyip Erdogan in Sochi. ")
	if got := ix.PersonBefore(0, 0, off); got != "recep-tayyip-erdogan" {
		t.Errorf("PersonBefore = %q, want the last person named", got)
	}
	if got := ix.PersonBefore(0, 0, 0); got != "" {
		t.Errorf("PersonBefore at the start = %q, want none", got)
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Mr. Putin's U.S. trip", "al-Assad’s “forces”", "S-400 (HTS) — ok", "I'd say '", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p := source.Paragraph{Text: s, Sentences: []source.Span{{Start: 0, End: len(s)}}}
		prev := 0
		for _, tk := range Tokenize(&p) {
			if tk.Start < prev || tk.End < tk.Start || tk.End > len(s) || s[tk.Start:tk.End] != tk.Text {
				t.Fatalf("bad token %+v in %q", tk, s)
			}
			if tk.Word {
				fast := tk.kept().flags & (kCap | kUpper | kDigit)
				if slow := wordShape(tk.Text); slow != fast {
					t.Fatalf("fast path %+v, slow path %b", tk, slow)
				}
			}
			prev = tk.End
		}
		Build([]*source.Document{{Paragraphs: []source.Paragraph{p}}})
	})
}
