// Package actors finds the people, countries, organisations and groups named
// in a set of documents and merges every form that names the same actor.
//
// It works in two passes over tokens. Pass one finds proper-noun runs
// (capitalised words joined by al-, bin, de, van, von, "of"), peels titles,
// honorifics and nationalities off them ("Turkish President Recep Tayyip
// Erdogan"), and gathers evidence per name: a title, a first name, a
// firm-like noun before it, an organisation word at its end, a reporting verb
// after it, a place preposition before it. Pass two classifies the names and
// records every mention.
//
// Decisions: a capital or a seat of government (Ankara, Moscow, the Kremlin,
// the White House) stands for its country's government and counts as a
// mention of the country, except after a place preposition ("talks in
// Moscow"). A nationality before an institution noun ("the Turkish military",
// "Syrian forces") is a mention of the country. "Europe" and "the West" are
// actors of kind group (blocs of countries), also only outside place phrases.
// Places that are not countries (subdivisions from the country data, and
// names with no evidence of being an actor), weekdays, months, words
// capitalised only because they open a sentence, and byline names are not
// actors. Country names, codes, capitals and subdivisions come from
// github.com/pariz/gountries (generated into geodata_gen.go); the word lists
// (titles, first names, demonyms, organisation words) are the project's own.
//
// The index also serves the quotes and positions packages: Mentions per
// paragraph, Resolve for a name or description, Before and PersonBefore for
// pronouns, and Tokenize/TokenizeInto for the same tokens.
package actors

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"briefing/briefing/model"
	"briefing/briefing/source"
)

// Mention is one place where an actor is named.
type Mention struct {
	Actor      string // actor ID
	Doc, Para  int    // document and paragraph index
	Start, End int    // byte span in the paragraph's Text
	Form       string // the words as written ("Mr. Putin", "Ankara", "Turkish")
	Role       bool   // a description by office ("Russian President"), not a name
	ent        int32  // index of the entity while building (int32 keeps a Mention small)
}

// Index is the set of actors of a briefing and where each is mentioned.
type Index struct {
	actors   []model.Actor
	rank     []int32       // [entity] its place in actors, -1 for none (never mentioned)
	mentions [][][]Mention // [doc][para] ordered by Start
	toks     []docTokens   // [doc] the tokens of pass one, for ReadTokens and TokensInto
	b        *builder
	room     []int32   // [para] the mentions a paragraph of a document gets (layOut)
	block    []Mention // mentions lists are carved from here (layOut)
}

// Build finds and merges the actors of docs.
func Build(docs []*source.Document) *Index {
	ix := &Index{mentions: make([][][]Mention, len(docs))}
	// Every document's paragraphs take their lists from one array.
	paras := 0
	for _, doc := range docs {
		paras += len(doc.Paragraphs)
	}
	lists := make([][]Mention, paras)
	for d, doc := range docs {
		n := len(doc.Paragraphs)
		ix.mentions[d], lists = lists[:n:n], lists[n:]
	}
	p := newPass1(docs)
	// About one name in three becomes an alias, fewer an actor: maps sized
	// for half of them seldom grow.
	n := len(p.keyed) / 2
	b := &builder{pass1: p, byID: make(map[string]int, n), alias: make(map[string]int, n),
		placeyKeys: map[string]bool{}, unknown: map[string]unknownName{}, twinDoc: map[twinDocKey]bool{}}
	b.classify()
	ix.b = b
	ix.record()
	ix.finish()
	// The runs are done with once the mentions are recorded, and the
	// candidates once the entities are made: dropped, they are not marked
	// again by the collector while the finders run. The tokens serve the
	// other extractors.
	ix.toks, b.toks, b.scans, ix.room, ix.block = b.toks, nil, nil, nil, nil
	b.cands, b.slab, b.keyed, b.unknown = nil, nil, nil, nil
	return ix
}

// record is pass two: every run and nationality reference that names an
// actor becomes a mention; titles seen with a person become its roles.
func (ix *Index) record() {
	b := ix.b
	var titleRefs []titleRef
	var pending []Mention // one document's mentions, in the order found
	// A run names at most two actors (a nationality before its title, then
	// the name or the office), a nationality reference one: the first
	// block of mentions needs no more room than that, for a small corpus.
	refs := 0
	for d := range b.scans {
		refs += 2*len(b.scans[d].runs) + len(b.scans[d].dems)
	}
	ix.block = make([]Mention, 0, min(refs, mentionBlock))
	for d := range b.scans {
		sc := &b.scans[d]
		// Which documents name each actor unambiguously, so that a surname
		// shared by two people resolves to the one named in the document.
		// Only the document's own runs resolve against it, so it is
		// marked just before they are.
		for k := range sc.runs {
			r := &sc.runs[k]
			if r.c != nil {
				r.ent = r.c.ent
			} else if i, ok := b.alias[r.key]; ok {
				r.ent = int32(i + 1)
			}
			if r.ent > 0 {
				b.ents[r.ent-1].noteDoc(d)
			}
		}
		b.aliasesSeen = len(b.alias)
		pending = pending[:0]
		// The mentions each paragraph gets, counted as they are found.
		np := len(ix.mentions[d])
		room := slices.Grow(ix.room[:0], np)[:np]
		clear(room)
		for k := range sc.runs {
			r := &sc.runs[k]
			if x := r.x; x != nil && x.country != "" && x.cend > x.cstart {
				if i := b.country(x.country); i >= 0 {
					b.ents[i].noteDoc(d)
					pending = append(pending, ix.mention(d, int(r.para), int(x.cstart), int(x.cend), i))
				}
			}
			if r.roleOnly {
				room[r.para]++ // for the title, resolved once every role is known
				titleRefs = append(titleRefs, titleRef{d, r})
				continue
			}
			if r.c == nil && b.inByline(d, r) { // gather gives no byline run a candidate
				continue
			}
			i := b.resolveRun(d, r)
			if i < 0 {
				continue
			}
			e := b.ents[i]
			e.noteDoc(d)
			if x := r.x; x != nil && x.title != "" && e.kind == "person" {
				e.countRole(roleKey{x.title, x.country, x.affil})
			}
			pending = append(pending, ix.mention(d, int(r.para), int(r.start), int(r.end), i))
		}
		for _, dr := range sc.dems {
			if i := b.country(dr.a2); i >= 0 {
				b.ents[i].noteDoc(d)
				pending = append(pending, ix.mention(d, dr.para, dr.start, dr.end, i))
			}
		}
		ix.room = room
		ix.layOut(d, pending)
	}
	// "The Russian President": the one person holding that office. A
	// person named only as "President" in the same document whose country
	// is otherwise unknown takes the office's country.
	b.indexRoles()
	for _, rr := range titleRefs {
		r := rr.r
		i := b.byRole(rr.d, r.title(), r.country())
		if i < 0 {
			i = b.bareTitle(rr.d, r.title())
			if i >= 0 {
				b.addRole(i, roleKey{r.title(), r.country(), ""})
			}
		}
		if i >= 0 {
			m := ix.mention(rr.d, int(r.para), int(r.start), int(r.end), i)
			m.Role = true
			ix.mentions[rr.d][r.para] = append(ix.mentions[rr.d][r.para], m)
		}
	}
}

// titleRef is a title with no name, resolved once every role is known.
type titleRef struct {
	d int
	r *run
}

// resolveRun returns the entity a name run stands for in document d, or -1.
func (b *builder) resolveRun(d int, r *run) int {
	key := r.key
	// r.ent is set when the key was in the aliases at their count
	// aliasesSeen; a country first named by a nationality since then
	// adds its name.
	i, ok := int(r.ent)-1, r.ent > 0
	if !ok && len(b.alias) != b.aliasesSeen {
		i, ok = b.alias[key]
	}
	if !ok {
		i = -1
		if r.c != nil && !r.c.surname {
			return i
		}
		for _, p := range b.surnames[key] {
			if b.ents[p].inDoc(d) {
				i = p
				break
			}
		}
		return i
	}
	e := b.ents[i]
	if e.kind == "country" {
		if tw := b.g.twins[key]; tw != nil && b.asSubdivision(d, int(r.para), tw, r.form) {
			return -1 // "Alabama, Georgia and Tennessee": a state
		}
	}
	if e.placey && b.placeyKeys[key] {
		prev := strings.ToLower(r.prev)
		if has(placePreps, prev) || has(locNouns, prev) {
			return -1
		}
	}
	return i
}

// mention is the mention of entity ent at [start, end) of paragraph p,
// counted; finish sets its Form.
func (ix *Index) mention(d, p, start, end, ent int) Mention {
	e := ix.b.ents[ent]
	e.mentions++
	return Mention{Actor: e.id, Doc: d, Para: p, Start: start, End: end, ent: int32(ent)}
}

// layOut gives each paragraph of document d its mentions from found (in
// the order found), in lists carved from one shared block. ix.room holds
// the room each paragraph needs besides found: the titles with no name
// that are resolved later.
func (ix *Index) layOut(d int, found []Mention) {
	room := ix.room
	for k := range found {
		room[found[k].Para]++
	}
	for p, n := range room {
		if n > 0 {
			ix.mentions[d][p] = carve(&ix.block, int(n), mentionBlock)[:0]
		}
	}
	for _, m := range found {
		ix.mentions[d][m.Para] = append(ix.mentions[d][m.Para], m)
	}
}

// mentionBlock is the size of the blocks mentions are carved from.
const mentionBlock = 1 << 12

// courtesyTitles are the forms of address kept in an alias ("Mr. Putin"):
// readers search for them, unlike offices, which become the actor's role.
var courtesyTitles = []string{"Mr. ", "Mrs. ", "Ms. ", "Dr. ", "Mr ", "Mrs ", "Ms ", "Dr ", "Miss "}

// courtesyStart returns where a courtesy title right before the name at
// start begins, or start when there is none.
func courtesyStart(text string, start int) int {
	// Every courtesy title is three bytes or more and ends in "r ", "s "
	// or ". ", after an 'M', 'D', 'r' or 's': most names, with none before
	// them, are ruled out here ("says Smith", "Minister Smith").
	if start < 3 || text[start-1] != ' ' {
		return start
	}
	if c := text[start-2]; c != 'r' && c != 's' && c != '.' {
		return start
	}
	if c := text[start-3]; c != 'M' && c != 'D' && c != 'r' && c != 's' {
		return start
	}
	for _, t := range courtesyTitles {
		if s := start - len(t); s >= 0 && text[s:start] == t && (s == 0 || !isWordByte(text[s-1])) {
			return s
		}
	}
	return start
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// finish orders the mentions and builds the model actors.
func (ix *Index) finish() {
	b := ix.b
	// The counts of mentions order the actors and size their lists of
	// cites, carved from one array.
	counts := make([]int, len(b.ents))
	total := 0
	for i, e := range b.ents {
		counts[i] = int(e.mentions)
		total += counts[i]
	}
	citeBlock := make([]model.Cite, 0, total)
	// Room for a few forms an actor: most have one or two.
	room := 0
	for _, n := range counts {
		room += min(n, 4)
	}
	formBlock := make([]formCount, 0, room)
	cites := make([][]model.Cite, len(b.ents))
	forms := make([][]formCount, len(b.ents))
	links := map[int]int{} // group entity -> the entity it is linked to, first seen
	for d := range ix.mentions {
		doc := b.docs[d]
		for p := range ix.mentions[d] {
			ms := ix.mentions[d][p]
			// Nearly sorted already (names, then nationalities and offices
			// appended): an insertion sort, stable.
			for k := 1; k < len(ms); k++ {
				for m := k; m > 0 && ms[m].Start < ms[m-1].Start; m-- {
					ms[m], ms[m-1] = ms[m-1], ms[m]
				}
			}
			text := doc.Paragraphs[p].Text
			linkGroups(text, ms, b.ents, links)
			for k := range ms {
				m := &ms[k]
				// The form is taken here, where the text around the
				// mention is read for its cite anyway.
				m.Form = text[courtesyStart(text, m.Start):m.End]
				i := int(m.ent)
				if cites[i] == nil {
					cites[i] = carve(&citeBlock, counts[i], 0)[:0]
					forms[i] = carve(&formBlock, min(counts[i], 4), 0)[:0]
				}
				cites[i] = append(cites[i], doc.Cite(p, m.Start, m.End))
				if !m.Role {
					forms[i] = countForm(forms[i], m.Form)
				}
			}
		}
	}
	// Most mentioned first; IDs are unique, so the order is total. The
	// counts and IDs are sorted beside the entities' numbers, so that
	// comparing chases no pointers.
	type ranked struct {
		n  int
		id string
		i  int
	}
	rs := make([]ranked, 0, len(b.ents))
	for i, n := range counts {
		if n > 0 {
			rs = append(rs, ranked{n, b.ents[i].id, i})
		}
	}
	slices.SortFunc(rs, func(x, y ranked) int {
		if c := cmp.Compare(y.n, x.n); c != 0 {
			return c
		}
		return strings.Compare(x.id, y.id)
	})
	ix.actors = make([]model.Actor, len(rs))
	// The builder's table of IDs serves Actor and Rank, through rank.
	ix.rank = make([]int32, len(b.ents))
	for i := range ix.rank {
		ix.rank[i] = -1
	}
	room = 0
	for _, r := range rs {
		room += len(forms[r.i])
	}
	aliasBlock := make([]string, 0, room)
	for k, r := range rs {
		i, e := r.i, b.ents[r.i]
		a := &ix.actors[k]
		*a = model.Actor{ID: e.id, Name: e.name, Kind: e.kind, Mentions: counts[i], Cites: cites[i]}
		if !e.fixedName {
			a.Name = fullest(forms[i], e.name)
		}
		a.Aliases = carve(&aliasBlock, len(forms[i]), 0)[:0]
		for _, f := range forms[i] {
			if f.form != a.Name {
				a.Aliases = append(a.Aliases, f.form)
			}
		}
		sort.Strings(a.Aliases)
		a.Role, a.Affiliation = b.role(e)
		if to, ok := links[i]; ok && a.Affiliation == "" {
			a.Affiliation = b.ents[to].id
		}
		ix.rank[i] = int32(k)
	}
}

// formCount is how often an actor is named in one form.
type formCount struct {
	form string
	n    int
}

// countForm counts one more mention in form f. An actor has a few forms:
// a list is searched faster than a map is hashed.
func countForm(fs []formCount, f string) []formCount {
	for k := range fs {
		if fs[k].form == f {
			fs[k].n++
			return fs
		}
	}
	return append(fs, formCount{f, 1})
}

// fullest picks the form with the most words, then the most frequent.
func fullest(forms []formCount, def string) string {
	best, bw, bn := def, strings.Count(def, " ")+1, 0
	clean := false // a form without mis-decoded letters beats those with them
	for _, fc := range forms {
		clean = clean || !mojibake(fc.form)
	}
	if clean && mojibake(best) {
		best, bw = "", 0
	}
	for _, fc := range forms {
		f, n := fc.form, fc.n
		if clean && mojibake(f) {
			continue
		}
		if sp := strings.IndexByte(f, ' '); sp > 0 && courtesyStart(f, sp+1) == 0 {
			continue // "Mr. Putin" is an alias, never the name
		}
		w := strings.Count(f, " ") + 1
		if w > bw || w == bw && (n > bn || n == bn && f < best) {
			if f[0] >= 'a' && f[0] <= 'z' && w == bw {
				continue // keep a capitalised name over "al-..." forms of equal length
			}
			best, bw, bn = f, w, n
		}
	}
	if best == "" {
		best = def
	}
	if mojibake(best) {
		best = repairMojibake(best)
	}
	return best
}

// mojibake is hasMojibake, answered at once for a name in ASCII (most
// are): the marks of mis-decoding are not ASCII.
func mojibake(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return hasMojibake(s)
		}
	}
	return false
}

// role returns the most frequent title of a person as a role ("President
// of Turkey") and the actor it ties the person to.
func (b *builder) role(e *entity) (string, string) {
	if e.kind != "person" || len(e.roles) == 0 {
		return "", ""
	}
	// The best role; of equals, the first seen.
	best := 0
	for j := 1; j < len(e.roles); j++ {
		if betterRole(e.roles[j], e.roles[best]) {
			best = j
		}
	}
	k := e.roles[best].key
	switch {
	case k.country != "":
		if c, ok := b.g.country(k.country); ok {
			return k.title + " of " + c.Name, c.ID
		}
	case k.affil != "":
		aff := ""
		if i, ok := b.alias[matchKey(k.affil)]; ok {
			aff = b.ents[i].id
		}
		return k.affil + " " + strings.ToLower(k.title), aff
	}
	return k.title, ""
}

// betterRole reports whether role a makes a better role of its person
// than b: a role that says whose office it is beats a bare title, then the
// more frequent wins.
func betterRole(a, b roleCount) bool {
	ka, kb := a.key, b.key
	if (ka.country != "" || ka.affil != "") != (kb.country != "" || kb.affil != "") {
		return ka.country != "" || ka.affil != ""
	}
	if a.n != b.n {
		return a.n > b.n
	}
	return ka.title+ka.country+ka.affil < kb.title+kb.country+kb.affil
}

// linkedBefore tie the second of two names to the first, after a
// determiner: "the al-Qaeda linked Hayat Tahrir al-Sham". (A spaced "backed"
// is mostly a verb, "the Liberal Democrats backed Tory demands", and the
// tokenizer keeps "Iran-backed" whole, so neither is here.)
var linkedBefore = []string{" linked "}

// linkedAfter tie the first name to the second: "the Nusra Front, which was
// linked to al Qaeda".
var linkedAfter = []string{", which was linked to ", ", which is linked to ", ", which was allied to ",
	", which is allied to ", ", which is affiliated with ", ", which was affiliated with ", ", linked to ",
	" linked to ", ", an affiliate of ", ", allied to ", ", allied with "}

// The lengths of the shortest and the longest phrase above.
const minLinkGap, maxLinkGap = len(" linked "), 30

// linkGroups records, for armed and political groups and organisations, the
// actor the text ties them to, from two names next to each other in
// paragraph text with one of the phrases above between them.
func linkGroups(text string, ms []Mention, ents []*entity, links map[int]int) {
	for k := 1; k < len(ms); k++ {
		a, b := ms[k-1], ms[k]
		if a.ent == b.ent || a.End > b.Start {
			continue
		}
		gap := text[a.End:b.Start]
		if len(gap) < minLinkGap || len(gap) > maxLinkGap {
			continue // most gaps are ", " or " and "
		}
		if slices.Contains(linkedBefore, gap) && afterDeterminer(text, a.Start) {
			linkGroup(int(b.ent), int(a.ent), ents, links)
		} else if slices.Contains(linkedAfter, gap) {
			linkGroup(int(a.ent), int(b.ent), ents, links)
		}
	}
}

func linkGroup(group, to int, ents []*entity, links map[int]int) {
	if k := ents[group].kind; k != "group" && k != "organization" {
		return
	}
	if _, seen := links[group]; !seen {
		links[group] = to
	}
}

// afterDeterminer reports whether the word before offset i is "the", "a" or "an".
func afterDeterminer(text string, i int) bool {
	before := strings.TrimRight(text[:i], " ")
	w := before[strings.LastIndexByte(before, ' ')+1:]
	return w == "the" || w == "The" || w == "a" || w == "A" || w == "an" || w == "An"
}
