package actors

import (
	"strings"

	"briefing/briefing/model"
	"briefing/briefing/source"
)

// Mentions returns the actor mentions in paragraph para of document doc,
// ordered by position.
func (ix *Index) Mentions(doc, para int) []Mention {
	if doc < 0 || doc >= len(ix.mentions) || para < 0 || para >= len(ix.mentions[doc]) {
		return nil
	}
	return ix.mentions[doc][para]
}

// Resolve returns the ID of the actor that name, as written in document doc
// ("Putin", "Mr. Putin", "Ankara", "the Kremlin", "Turkish President Recep
// Tayyip Erdogan"), stands for, or "". Titles, honorifics, a leading "the"
// and a possessive are ignored. For a longer description it returns the
// actor its head names: the last one before any comma ("UK Independence
// Party leader Nigel Farage" is Farage; "Marlon Marshall, Clinton's
// director" is Marshall).
func (ix *Index) Resolve(doc int, name string) string {
	if ix.b == nil {
		return ""
	}
	if k := strings.IndexByte(name, ','); k > 0 {
		name = name[:k]
	}
	p := source.Paragraph{Text: name, Sentences: []source.Span{{Start: 0, End: len(name)}}}
	toks := Tokenize(&p)
	var sc docScan
	scanParagraph(ix.b.g, 0, &p, toks, func(*Token) bool { return true }, &sc)
	for k := len(sc.runs) - 1; k >= 0; k-- {
		r := &sc.runs[k]
		r.prev = ""
		// The aliases are complete (aliasesSeen is their number): a key
		// not found here names no one.
		if i, ok := ix.b.alias[r.key]; ok {
			r.ent = int32(i + 1)
		}
		var i int
		if r.roleOnly {
			i = ix.b.byRole(doc, r.title(), r.country())
		} else {
			i = ix.b.resolveRun(doc, r)
		}
		if i >= 0 {
			return ix.b.ents[i].id
		}
	}
	for _, dr := range sc.dems {
		if c, ok := ix.b.g.country(dr.a2); ok {
			if _, ok := ix.Rank(c.ID); ok {
				return c.ID
			}
		}
	}
	return ""
}

// Actor returns the actor with the given ID, or nil.
func (ix *Index) Actor(id string) *model.Actor {
	if k, ok := ix.Rank(id); ok {
		return &ix.actors[k]
	}
	return nil
}

// ActorOf returns the actor that mention m (from Mentions or Before)
// names, as Actor(m.Actor) does, without looking its ID up: the mention
// knows its entity, and the entity its place among the actors.
func (ix *Index) ActorOf(m Mention) *model.Actor {
	if i := int(m.ent); i < len(ix.rank) {
		if k := ix.rank[i]; k >= 0 && ix.actors[k].ID == m.Actor {
			return &ix.actors[k]
		}
	}
	return ix.Actor(m.Actor) // a mention made elsewhere
}

// Rank returns the place of the actor with the given ID in Actors().
func (ix *Index) Rank(id string) (int, bool) {
	if ix.b == nil {
		return 0, false
	}
	if i, ok := ix.b.byID[id]; ok && ix.rank[i] >= 0 {
		return int(ix.rank[i]), true
	}
	return 0, false
}

// Actors returns every actor, in a deterministic order (most mentioned first).
func (ix *Index) Actors() []model.Actor { return ix.actors }

// Before returns the last mention before byte off of paragraph para in
// document doc, looking back through earlier paragraphs of the same
// document (at most back paragraphs), whose actor is a person (person true)
// or not a person (person false). It serves pronoun resolution: "he" for the
// last person, "it" for the last country or organisation.
func (ix *Index) Before(doc, para, off, back int, person bool) (Mention, bool) {
	if doc < 0 || doc >= len(ix.mentions) {
		return Mention{}, false
	}
	for p := min(para, len(ix.mentions[doc])-1); p >= 0 && p >= para-back; p-- {
		ms := ix.mentions[doc][p]
		for k := len(ms) - 1; k >= 0; k-- {
			m := ms[k]
			if p == para && m.Start >= off {
				continue
			}
			if (ix.b.ents[m.ent].kind == model.KindPerson) == person {
				return m, true
			}
		}
	}
	return Mention{}, false
}

// PersonBefore returns the ID of the last person named before byte off of
// paragraph para (or in the two paragraphs before it), or "".
func (ix *Index) PersonBefore(doc, para, off int) string {
	if m, ok := ix.Before(doc, para, off, 2, true); ok {
		return m.Actor
	}
	return ""
}
