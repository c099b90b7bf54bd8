// Package positions finds what each actor wants, fears, demands, promises or
// says, from reported speech and stance verbs.
//
// For every stance or reporting verb outside quotation marks it finds the
// subject (an actor named just before, possibly across auxiliaries, a
// ", who" relative clause or a parenthetical between commas; "he"/"she" for
// the last person subject; "it" for the last country or organisation
// subject, or the country of the last person subject) and takes the clause
// after the verb, or after its "that", as the statement. "X and Y agreed"
// gives both X and Y the position. "Those concerns are shared by X" gives X
// the previous statement. Direct quotes are left to the quotes package.
package positions

import (
	"cmp"
	"slices"
	"strconv"

	"briefing/briefing/extract/actors"
	"briefing/briefing/model"
	"briefing/briefing/source"
)

// found is a position before ordering.
type found struct {
	actor, verb, text string
	cite              model.Cite
	doc, para, start  int
}

// Find returns the positions stated in docs, grouped by actor in the order
// of ix.Actors(), and in document order within an actor, with IDs p1, p2, ...
func Find(docs []*source.Document, ix *actors.Index) []model.Position {
	return Merge([]Part{FindPart(docs, 0, len(docs), ix)}, ix)
}

// Part is the positions stated in a run of documents, before they are
// grouped by actor.
type Part struct{ found []found }

// FindPart returns the positions stated in docs[from:to]. A document's
// positions depend on nothing outside it, so parts can be found at once
// and merged.
func FindPart(docs []*source.Document, from, to int, ix *actors.Index) Part {
	st := &docState{ix: ix}
	for d := from; d < to; d++ {
		doc := docs[d]
		st.d, st.doc, st.subject, st.last = d, doc, "", -1
		for p := range doc.Paragraphs {
			para := &doc.Paragraphs[p]
			if para.Heading || furniture(para.Text) {
				continue
			}
			st.paragraph(p, para)
		}
	}
	return Part{st.out}
}

// Merge joins the parts of FindPart, given in document order, groups the
// positions by actor in the order of ix.Actors(), drops an actor's repeated
// statements and numbers the rest p1, p2, ...
func Merge(parts []Part, ix *actors.Index) []model.Position {
	n := 0
	for _, p := range parts {
		n += len(p.found)
	}
	// The positions are large: they are ordered by small keys, whose last
	// field, the place in document order, makes the sort stable.
	type key struct {
		rank, doc, para, start, at int
		ranked                     bool // the actor is in the index
	}
	all := make([]*found, 0, n)
	keys := make([]key, 0, n)
	for _, p := range parts {
		for i := range p.found {
			f := &p.found[i]
			// An actor missing from the index (an affiliation never named)
			// sorts with the first.
			rank, ranked := ix.Rank(f.actor)
			keys = append(keys, key{rank, f.doc, f.para, f.start, len(all), ranked})
			all = append(all, f)
		}
	}
	slices.SortFunc(keys, func(a, b key) int {
		if c := cmp.Compare(a.rank, b.rank); c != 0 {
			return c
		}
		if c := cmp.Compare(a.doc, b.doc); c != 0 {
			return c
		}
		if c := cmp.Compare(a.para, b.para); c != 0 {
			return c
		}
		if c := cmp.Compare(a.start, b.start); c != 0 {
			return c
		}
		return cmp.Compare(a.at, b.at)
	})
	out := make([]model.Position, 0, n)
	// An actor's statements are together: a text already seen with the
	// same rank is a repeat. Actors missing from the index share a rank.
	seen := make(map[string]int, n)
	var seenMissing map[[2]string]bool
	for _, k := range keys {
		f := all[k.at]
		if !k.ranked {
			if seenMissing[[2]string{f.actor, f.text}] {
				continue
			}
			if seenMissing == nil {
				seenMissing = map[[2]string]bool{}
			}
			seenMissing[[2]string{f.actor, f.text}] = true
		} else if r, ok := seen[f.text]; ok && r == k.rank {
			continue
		} else {
			seen[f.text] = k.rank
		}
		out = append(out, model.Position{ID: "p" + strconv.Itoa(len(out)+1), Actor: f.actor, Verb: f.verb, Text: f.text, Cite: f.cite})
	}
	return out
}

// furniture reports lines that point at other articles ("Read more: ...").
func furniture(t string) bool {
	for _, pre := range []string{"Read more", "Related", "See also", "Skip to", "Image:", "Photo:"} {
		if len(t) >= len(pre) && t[:len(pre)] == pre {
			return true
		}
	}
	return false
}

// docState carries what one document has said so far: the last subject
// (for "he" and "it") and the last statement (for "those concerns").
type docState struct {
	d       int
	doc     *source.Document
	ix      *actors.Index
	out     []found // the positions of the documents read so far
	subject string  // actor ID of the last sentence subject
	// where the last statement's subject was found (paragraph, first token
	// of its sentence), for a coordinated "and said"
	subjectPara, subjectSent int
	last                     int  // index in out of the document's last statement, or -1
	pa                       para // the paragraph being read; its buffers are reused
}
