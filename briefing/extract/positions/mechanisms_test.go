package positions

import (
	"strings"
	"testing"

	"briefing/briefing/extract/actors"
	"briefing/briefing/model"
	"briefing/briefing/source"
)

func findIn(t *testing.T, text string) []model.Position {
	t.Helper()
	d, err := source.Parse("t.txt", "t.txt", []byte("Title\n\n"+text))
	if err != nil {
		t.Fatal(err)
	}
	docs := []*source.Document{d}
	return Find(docs, actors.Build(docs))
}

func TestMechanisms(t *testing.T) {
	type want struct{ actor, verb, text string } // text: the statement's first words
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"capital as subject", "Ankara fears a Syrian military offensive could send thousands of gunmen across its border.",
			[]want{{"turkey", "fears", "a Syrian military offensive could send"}}},
		{"two subjects share a position", "Russia and Turkey had agreed steps to tackle militants in the north.",
			[]want{{"russia", "agreed", "steps to tackle militants"}, {"turkey", "agreed", "steps to tackle militants"}}},
		{"it refers to the country of the last person subject",
			"Turkish President Recep Tayyip Erdogan has asked Russia for time to isolate the group. It also wants to maintain and expand its buffer zone.",
			[]want{{"recep-tayyip-erdogan", "asked", "Russia for time"}, {"turkey", "wants", "to maintain and expand"}}},
		{"he refers to the last person subject",
			"Turkish President Recep Tayyip Erdogan, standing alongside Vladimir Putin, said it was unacceptable that civilians were attacked. He also said Turkey had the right to self-defense on its border.",
			[]want{{"recep-tayyip-erdogan", "says", "it was unacceptable that"}, {"recep-tayyip-erdogan", "says", "Turkey had the right"}}},
		{"government by nationality", "The Syrian government has vowed to push all rebels and terrorist groups out of the country.",
			[]want{{"syria", "vowed", "to push all rebels"}}},
		{"official of a country, and nested stance", "A senior Turkish official said ahead of the talks that Turkey expected Russia to take steps to end the fighting.",
			[]want{{"turkey", "says", "Turkey expected Russia"}, {"turkey", "expects", "Russia to take steps"}}},
		{"relative clause", "Putin met Turkish President Recep Tayyip Erdogan, who has said the attacks have caused a humanitarian crisis.",
			[]want{{"recep-tayyip-erdogan", "says", "the attacks have caused"}}},
		{"concerns shared by another actor",
			"Turkey fears a new offensive could send refugees across its border. Those concerns are shared by Europe, which has joined the talks.",
			[]want{{"turkey", "fears", "a new offensive"}, {"europe", "fears", "a new offensive"}}},
		{"head of the subject phrase", "Labour leader Tony Blair said the economy was strong and growing fast.",
			[]want{{"tony-blair", "says", "the economy was strong"}}},
		{"calls for", "The United Nations called for an immediate ceasefire in the region.",
			[]want{{"united-nations", "calls for", "an immediate ceasefire"}}},
		{"a time phrase after the verb is not the statement", "The United Nations said Tuesday the fighting had displaced thousands of people.",
			[]want{{"united-nations", "says", "the fighting had displaced"}}},
		{"direct quotes are left to the quotes package",
			"President Vladimir Putin spoke on Monday. \"We will win this war,\" Putin said.", nil},
		{"a cue ending in a colon introduces what follows, not what precedes",
			"In a wide-ranging interview, President Barack Obama also said:\n\nThe economy is growing again.", nil},
		{"negated stance is no position", "Turkey does not want a war with Syria over the border.", nil},
		{"actor inside a prepositional phrase is not the subject",
			"The advances of Syrian forces have threatened to send a fresh wave of refugees north.", nil},
		{"inverted cue with an apposition", "The race will be tight in New York, said Dan Gerstein, director of Gotham Ghostwriters.",
			[]want{{"dan-gerstein", "says", "The race will be tight"}}},
		{"subject with a long apposition", "Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said he and other rabbis were alarmed.",
			[]want{{"jeffrey-salkin", "says", "he and other rabbis were alarmed"}}},
		{"more reporting verbs", "Senator Bernie Sanders asserted that the system was rigged against working families.",
			[]want{{"bernie-sanders", "says", "the system was rigged"}}},
		{"a title with a preposition before the name", "Secretary of State John Kerry said the prisoners were close to completing their sentences.",
			[]want{{"john-kerry", "says", "the prisoners were close"}}},
		{"a quote closing the previous sentence", "He cited his book \"The Art of the Deal.\" Mr. Trump said a smaller jet would have cost more.",
			[]want{{"trump", "says", "a smaller jet would"}}},
		{"told someone, then a clause", "Attorney General Wayne Stenehjem told reporters he planned to stay neutral in the race.",
			[]want{{"wayne-stenehjem", "says", "he planned to stay neutral"}}},
		{"a bracket after the name", "Sen. Bernie Sanders (I-Vt.) said he will make his medical records available.",
			[]want{{"bernie-sanders", "says", "he will make his medical"}}},
		{"a participle after a comma", "Donald Trump attacked the senator on Monday, saying she had failed the voters of her state.",
			[]want{{"donald-trump", "criticised", "the senator on Monday"}, {"donald-trump", "says", "she had failed the voters"}}},
		{"a parenthetical between dashes", "Senator Chris Murphy — after a pause — told reporters that the families had changed his life.",
			[]want{{"chris-murphy", "says", "the families had changed"}}},
		{"told with a long object", "Alan Wilson told The Post and Courier newspaper of Charleston on Saturday that he cast his ballot for Rubio.",
			[]want{{"alan-wilson", "says", "he cast his ballot"}}},
		{"an initial in the name before a long apposition", "Vice President Joseph R. Biden Jr., who was to travel to Columbus, Ohio, on Wednesday, said the new rules would help workers.",
			[]want{{"joseph-r-biden-jr", "says", "the new rules would help"}}},
		{"told reporters and a clause", "Tony Blair spoke in London. He also told reporters the plan would fail without more money.",
			[]want{{"tony-blair", "says", "the plan would fail"}}},
		{"a pronoun cue inside the statement", "Tony Blair spoke in London. The plan, he said, would fail without more money.",
			[]want{{"tony-blair", "says", "The plan, he said, would fail"}}},
		{"an abbreviated title opens the subject", "Mr. Trump struck a measured tone, saying he understood the responsibility of the nomination.",
			[]want{{"trump", "says", "he understood the responsibility"}}},
		{"but said", "FBI Director James Comey called the servers careless, but said she should face no criminal charges.",
			[]want{{"james-comey", "says", "she should face no criminal"}}},
		{"a bracket, then an apposition", "Rep. Bobby Scott (D-Va.), ranking member of the House education committee, said he fully supports the bill.",
			[]want{{"bobby-scott", "says", "he fully supports the bill"}}},
		{"according to X, who ...", "Young students might not be so lucky, according to Jason Delisle, who was an adviser to the campaign.",
			[]want{{"jason-delisle", "says", "Young students might not be so lucky"}}},
		{"according to X in mid-sentence", "Among the precedents at risk, according to Lee Epstein, are sixteen cases involving unions.",
			[]want{{"lee-epstein", "says", "Among the precedents at risk, according to Lee Epstein, are"}}},
		{"a comma after the verb", "Analyst Rob Crane said, the two candidates have become the least ideological in the race.",
			[]want{{"rob-crane", "says", "the two candidates have become"}}},
		{"an apposition describes the name before it", "Senator Sheldon Whitehouse, a Democrat from Rhode Island, said the tax would cut carbon emissions quickly.",
			[]want{{"sheldon-whitehouse", "says", "the tax would cut"}}},
		{"refused to, then a pronoun", "Robert Kilroy-Silk spoke in London. He refused to confirm he is setting up a new party.",
			[]want{{"robert-kilroy-silk", "refused", "to confirm he is setting up"}}},
		{"a pronoun cue before a clause of its own", "Michael Howard spoke in London. The plans would cut immigration sharply, he said, adding that the figure was unclear.",
			[]want{{"michael-howard", "says", "The plans would cut immigration sharply"}, {"michael-howard", "says", "the figure was unclear"}}},
		{"an inverted cue inside its statement", "The problem they face, said Shailendra Jain, head of MMS firm Adamind, is educating people.",
			[]want{{"shailendra-jain", "says", "The problem they face, said Shailendra Jain, head of MMS firm Adamind, is educating"}}},
		{"according to X, with an apposition, after the statement", "There are 74 devices sold as HD that are not, according to Alexander Oudendijk, senior vice president of marketing.",
			[]want{{"alexander-oudendijk", "says", "There are 74 devices sold as HD that are not"}}},
		{"a demonstrative that is no clause", "Tony Blair denied Gordon Brown made that quote, and he left for Africa on Tuesday.",
			[]want{{"tony-blair", "denied", "Gordon Brown made that quote"}}},
		{"a place phrase is not a statement", "Turkey's foreign minister Mevlut Cavusoglu said in Ankara.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := findIn(t, tc.text)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d positions, want %d:\n%s", len(got), len(tc.want), describe(got))
			}
			for _, w := range tc.want {
				ok := false
				for _, p := range got {
					if p.Actor == w.actor && p.Verb == w.verb && strings.HasPrefix(p.Text, w.text) {
						ok = true
					}
				}
				if !ok {
					t.Errorf("no %s %s %q...; got:\n%s", w.actor, w.verb, w.text, describe(got))
				}
			}
		})
	}
}

// TestCitesContainText checks on the seeds that every position's cited
// lines hold the start of its text.
func TestCitesContainText(t *testing.T) {
	d, err := source.Parse("t.txt", "t.txt", []byte("Title\n\nAnkara fears a Syrian military offensive\ncould send thousands of gunmen across its border."))
	if err != nil {
		t.Fatal(err)
	}
	docs := []*source.Document{d}
	ps := Find(docs, actors.Build(docs))
	if len(ps) != 1 {
		t.Fatalf("got %d positions", len(ps))
	}
	lines := strings.Split(string(d.Raw), "\n")
	c := ps[0].Cite
	cited := strings.Join(lines[c.Line-1:c.EndLine], " ")
	if !strings.Contains(cited, "a Syrian military offensive") || c.EndLine != 4 {
		t.Errorf("cite %+v holds %q", c, cited)
	}
}

func TestHeadingsAreSkipped(t *testing.T) {
	text := "Ankara hopes to return some of the refugees to these territories.\n\nGermany urges Russia to prevent disaster in Idlib\n"
	d, err := source.Parse("t.txt", "t.txt", []byte("Title\n\n"+text))
	if err != nil {
		t.Fatal(err)
	}
	last := d.Paragraphs[len(d.Paragraphs)-1]
	if !last.Heading {
		t.Skip("the source layer does not flag this line as a heading")
	}
	docs := []*source.Document{d}
	for _, p := range Find(docs, actors.Build(docs)) {
		if p.Actor == "germany" {
			t.Errorf("position from a heading: %+v", p)
		}
	}
}
