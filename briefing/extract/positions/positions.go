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
	"strings"

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
// grouped by actor: in blocks, so that none is copied as they grow.
type Part struct{ found [][]found }

// foundBlock is the number of positions in a block of Part.
const foundBlock = 256

// FindPart returns the positions stated in docs[from:to]. A document's
// positions depend on nothing outside it, so parts can be found at once
// and merged.
func FindPart(docs []*source.Document, from, to int, ix *actors.Index) Part {
	st := &docState{ix: ix}
	for d := from; d < to; d++ {
		doc := docs[d]
		st.d, st.doc, st.subject, st.subjectMention, st.last = d, doc, "", nil, nil
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

// add appends f to the positions found and returns where it is kept.
func (st *docState) add(f found) *found {
	n := len(st.out)
	if n == 0 || len(st.out[n-1]) == cap(st.out[n-1]) {
		st.out = append(st.out, make([]found, 0, foundBlock))
		n++
	}
	st.out[n-1] = append(st.out[n-1], f)
	return &st.out[n-1][len(st.out[n-1])-1]
}

// Merge joins the parts of FindPart, given in document order, groups the
// positions by actor in the order of ix.Actors(), drops an actor's repeated
// statements and numbers the rest p1, p2, ...
func Merge(parts []Part, ix *actors.Index) []model.Position {
	n := 0
	for _, p := range parts {
		for _, b := range p.found {
			n += len(b)
		}
	}
	// The positions are large: they are ordered by small keys, whose last
	// field, the place in document order, makes the order total.
	type key struct{ rank, doc, para, start, at int }
	all := make([]*found, 0, n)
	ranks := make([]int, 0, n)
	// at[r+1] counts the statements of rank r; summed up, at[r] is where
	// they go in keys.
	at := make([]int, len(ix.Actors())+2)
	for _, p := range parts {
		for _, b := range p.found {
			for i := range b {
				f := &b[i]
				// An actor missing from the index (an affiliation never named)
				// sorts with the first.
				rank, _ := ix.Rank(f.actor)
				ranks = append(ranks, rank)
				all = append(all, f)
				at[rank+1]++
			}
		}
	}
	// A counting sort groups the keys by rank, each group in the order
	// found, which is nearly its order by place.
	for r := 1; r < len(at); r++ {
		at[r] += at[r-1]
	}
	keys := make([]key, n)
	for i, f := range all {
		r := ranks[i]
		keys[at[r]] = key{r, f.doc, f.para, f.start, i}
		at[r]++
	}
	// Now at[r] is where the keys of rank r end.
	lo := 0
	for _, hi := range at[:len(at)-1] {
		slices.SortFunc(keys[lo:hi], func(a, b key) int {
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
		lo = hi
	}
	out := make([]model.Position, 0, n)
	// The statements of an actor are together, in the group of its rank: a
	// statement the same actor made before in the group is a repeat. Most
	// groups are small and checked pairwise; a map keeps large ones linear.
	var seen map[[2]string]bool
	for g := 0; g < len(keys); {
		e := g + 1
		for e < len(keys) && keys[e].rank == keys[g].rank {
			e++
		}
		large := e-g > smallGroup
		if large {
			if seen == nil {
				seen = map[[2]string]bool{}
			}
			clear(seen)
		}
		group := len(out) // out[group:] are the group's statements so far
		for _, k := range keys[g:e] {
			f := all[k.at]
			if large {
				if seen[[2]string{f.actor, f.text}] {
					continue
				}
				seen[[2]string{f.actor, f.text}] = true
			} else if repeat(out[group:], f) {
				continue
			}
			out = append(out, model.Position{Actor: f.actor, Verb: f.verb, Text: f.text, Cite: f.cite})
		}
		g = e
	}
	for i, id := range model.NumberedIDs("p", len(out)) {
		out[i].ID = id
	}
	return out
}

// smallGroup is the most statements of one rank Merge checks pairwise.
const smallGroup = 32

// repeat reports whether f's actor already made f's statement in ps.
func repeat(ps []model.Position, f *found) bool {
	for i := range ps {
		if ps[i].Text == f.text && ps[i].Actor == f.actor {
			return true
		}
	}
	return false
}

// furniture reports lines that point at other articles ("Read more: ...").
func furniture(t string) bool {
	if t == "" || !furnitureFirst[t[0]] {
		return false // most paragraphs
	}
	for _, pre := range furniturePrefixes {
		if strings.HasPrefix(t, pre) {
			return true
		}
	}
	return false
}

var furniturePrefixes = []string{"Read more", "Related", "See also", "Skip to", "Image:", "Photo:"}

// furnitureFirst marks the first bytes of furniturePrefixes.
var furnitureFirst = func() (first [256]bool) {
	for _, pre := range furniturePrefixes {
		first[pre[0]] = true
	}
	return first
}()

// docState carries what one document has said so far: the last subject
// (for "he" and "it") and the last statement (for "those concerns").
type docState struct {
	d       int
	doc     *source.Document
	ix      *actors.Index
	out     [][]found // the positions of the documents read so far, in blocks
	subject string    // actor ID of the last sentence subject
	// the mention the last subject was read from, or nil: its actor is
	// found without a look-up by ID
	subjectMention *actors.Mention
	// where the last statement's subject was found (paragraph, first token
	// of its sentence), for a coordinated "and said"
	subjectPara, subjectSent int
	last                     *found // the document's last statement, or nil
	pa                       para   // the paragraph being read; its buffers are reused
	// the actor of a subject looked up before (subjectActor)
	looked struct {
		id    string
		actor *model.Actor
	}
}

// subjectActor returns the actor of the last subject, or nil. A subject is
// often asked for again ("He said ... He added ..."): it is looked up once.
func (st *docState) subjectActor() *model.Actor {
	if st.looked.actor == nil || st.looked.id != st.subject {
		a := (*model.Actor)(nil)
		if m := st.subjectMention; m != nil {
			a = st.ix.ActorOf(*m)
		} else {
			a = st.ix.Actor(st.subject)
		}
		st.looked.id, st.looked.actor = st.subject, a
	}
	return st.looked.actor
}
