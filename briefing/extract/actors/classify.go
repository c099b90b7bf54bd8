package actors

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// sortByLength orders candidates longest name first (by token count),
// equals in the order given: a counting sort, which reads each
// candidate's count once, where comparing reads two a step.
func sortByLength(cs []*cand) {
	most := int32(0)
	for _, c := range cs {
		most = max(most, c.ntok)
	}
	at := make([]int, most+2) // at[n]: where the names of n tokens go, longest first
	for _, c := range cs {
		at[most-c.ntok+1]++
	}
	for n := 1; n < len(at); n++ {
		at[n] += at[n-1]
	}
	sorted := make([]*cand, len(cs))
	for _, c := range cs {
		sorted[at[most-c.ntok]] = c
		at[most-c.ntok]++
	}
	copy(cs, sorted)
}

// entity is one actor while the index is being built.
// The fields record reads for every mention come first, within one cache
// line or two.
type entity struct {
	id, kind  string
	docs      []int32 // the documents that name a person, ascending
	mentions  int32   // how many mentions record made of it
	placey    bool    // some alias names a place as often (placeyKeys)
	fixedName bool    // a country or known organisation: the name is canonical
	name      string
	toks      []string
	roles     []roleCount // the titles seen with a person, each once
}

// roleCount is how often a person is seen with one title.
type roleCount struct {
	key roleKey
	n   int
}

// countRole counts one more mention of e with role rk.
func (e *entity) countRole(rk roleKey) {
	for k := range e.roles {
		if e.roles[k].key == rk {
			e.roles[k].n++
			return
		}
	}
	e.roles = append(e.roles, roleCount{rk, 1})
}

// noteDoc records that document d names e. Documents come mostly in
// order: the list is appended to, seldom inserted into. Only people's
// documents are ever asked for (a surname's, a role holder's), so the
// long lists of countries and bodies are not kept.
func (e *entity) noteDoc(d int) {
	if e.kind != "person" {
		return
	}
	n := len(e.docs)
	switch {
	case n > 0 && e.docs[n-1] == int32(d):
	case n == 0 || e.docs[n-1] < int32(d):
		e.docs = append(e.docs, int32(d))
	default:
		if at, found := slices.BinarySearch(e.docs, int32(d)); !found {
			e.docs = slices.Insert(e.docs, at, int32(d))
		}
	}
}

// inDoc reports whether document d names e.
func (e *entity) inDoc(d int) bool {
	_, found := slices.BinarySearch(e.docs, int32(d))
	return found
}

// builder turns the evidence of pass one into entities and alias tables.
type builder struct {
	*pass1
	ents       []*entity
	entBlock   []entity // entities are carved from here, not allocated one by one (add)
	docBlock   []int32  // and their first lists of documents
	ids        keyArena // where their IDs are built
	byID       map[string]int
	alias      map[string]int         // matchKey of a form -> entity
	surnames   map[string][]int       // last name word -> people
	placeyKeys map[string]bool        // capitals and regions: places after "in", "at"
	unknown    map[string]unknownName // unclassified short names by their last word
	roles      *roleIndex             // who holds each role, once record has seen them all
	twinDoc    map[twinDocKey]bool    // whether a document may read a twin name as a subdivision
	// twinMu guards twinDoc: Resolve fills it from the finders on every core.
	twinMu sync.Mutex
	// aliasesSeen is len(alias) when the runs of the document being
	// recorded were looked up in it.
	aliasesSeen int
}

func (b *builder) add(id, name, kind string) int {
	i, taken := b.byID[id]
	if taken && b.ents[i].name == name {
		return i
	}
	base := id
	for n := 2; taken; n++ {
		id = base + "-" + strconv.Itoa(n)
		_, taken = b.byID[id]
	}
	block := min(max(len(b.ents), 16), 256) // small for a small corpus
	e := &carve(&b.entBlock, 1, block)[0]
	// Room for the first two documents: most entities are named in one.
	*e = entity{id: id, name: name, kind: kind, docs: carve(&b.docBlock, 2, 2*block)[:0]}
	b.ents = append(b.ents, e)
	b.byID[id] = len(b.ents) - 1
	return len(b.ents) - 1
}

func (b *builder) country(a2 string) int {
	c, ok := b.g.country(a2)
	if !ok {
		return -1
	}
	if i, ok := b.byID[c.ID]; ok {
		return i
	}
	i := b.add(c.ID, c.Name, "country")
	b.ents[i].fixedName = true
	b.aliasKey(matchKey(c.Name), i)
	return i
}

// setAlias makes c's key an alias of entity i. A candidate keeps the
// entity of its key (ent), so that recording its runs needs no look-up:
// aliases are set only here and in aliasKey.
func (b *builder) setAlias(c *cand, i int) {
	b.alias[c.key] = i
	c.ent = int32(i + 1)
}

// aliasKey makes key an alias of entity i.
func (b *builder) aliasKey(key string, i int) {
	b.alias[key] = i
	if c := b.cands[key]; c != nil {
		c.ent = int32(i + 1)
	}
}

// classify decides which candidate names are actors and merges the forms
// that name the same one: countries and their capitals, known bodies and
// their abbreviations, people and their surnames, expansions and acronyms.
func (b *builder) classify() {
	var persons, orgs, singles []*cand
	for _, kc := range b.sortedCands() {
		c := kc.c
		form, f := c.form, c.facts
		if c.forms != nil {
			form = c.bestForm()
			f = b.g.factsOf(c.key, form)
		}
		if f.known {
			o := knownOrgs[c.key]
			i := b.add(b.ids.slug(o.name), o.name, o.kind)
			b.ents[i].fixedName = true
			b.setAlias(c, i)
			continue
		}
		if f.country {
			if i := b.country(b.g.byKey[c.key]); i >= 0 {
				b.setAlias(c, i)
			}
			continue
		}
		// The lexicon's flags for the form say which of the word lists
		// below can hold it: one look-up instead of one per list.
		lex := f.lex
		if lex&fCapital != 0 {
			if a2, ok := b.g.byCapital[form]; ok {
				if i := b.country(a2); i >= 0 {
					b.setAlias(c, i)
					b.placeyAlias(c.key, i)
				}
				continue
			}
		}
		if lex&fCountry != 0 {
			if name, ok := blocNames[form]; ok {
				i := b.add(b.ids.slug(name), name, "group")
				b.ents[i].fixedName = true
				b.setAlias(c, i)
				b.placeyAlias(c.key, i)
				continue
			}
		}
		// Places are no actors, nor are single words of the lists of
		// common capitalised words, first names, organisation heads and
		// nationalities.
		if f.place || c.ntok == 1 && lex&(fCommon|fFirst|fOrgHead|fDemonym) != 0 {
			continue
		}
		if c.law > 0 || f.ofTail {
			continue // "Affordable Care Act": a law; "of State": a title's tail
		}
		if c.isWork() {
			// "the film Ray", "the Harry Potter games": a title. It stays
			// among the unknown names, so that its last word alone does
			// not take another pair of words for a person.
			b.addUnknown(c)
			continue
		}
		switch {
		case c.ntok >= 2 && c.ntok <= 4 && c.person > c.org && (c.strong > 0 || c.nameLike()) && !f.upper:
			persons = append(persons, c)
		case c.ntok == 1 && c.group == 0 && c.org > 0 && (c.org+c.report)*10 < c.n && 2*c.place > c.n:
			// "Philadelphia": one firm-like noun among ninety mentions,
			// most of them after "in", is a stray, not a body.
			continue
		case c.org > 0 || c.group > 0 || c.acronym != "" && c.ntok >= 2:
			orgs = append(orgs, c)
		case c.ntok == 1:
			singles = append(singles, c)
		case c.report > 0 && c.nonInit > 0 && 2*c.militant >= c.n && c.person == 0 && c.nameLike():
			c.group++ // "Jaish al-Islam said": named among militants, no sign of a person
			orgs = append(orgs, c)
		case c.report > 0 && c.nonInit > 0 && c.place == 0 && c.ntok <= 4 && c.nameLike():
			persons = append(persons, c)
		case c.ntok <= 3 && c.place == 0 && c.nameLike() && !f.upper && !f.demonym:
			b.addUnknown(c)
		}
	}
	b.people(persons)
	// Longest first, so that of "Office for National Statistics (ONS)" and a
	// clipped "Office for National (ONS)" the full name keeps the acronym.
	sortByLength(orgs)
	for _, c := range orgs {
		// "rival Rubio": a surname with a firm-like noun before it.
		if c.ntok == 1 && c.org < 2 && c.surname {
			singles = append(singles, c)
			continue
		}
		if c.acronym != "" {
			if i, ok := b.alias[matchKey(c.acronym)]; ok && b.ents[i].kind != "country" {
				b.setAlias(c, i)
				continue
			}
		}
		kind := "organization"
		if c.group > 0 {
			kind = "group"
		}
		name := c.bestForm()
		i := b.add(b.ids.slug(name), name, kind)
		b.setAlias(c, i)
		if c.acronym != "" {
			if _, taken := b.alias[matchKey(c.acronym)]; !taken {
				b.aliasKey(matchKey(c.acronym), i)
			}
		}
	}
	b.singles(singles)
}

// placeyAlias marks that a form of entity i names a place as often as a
// government.
func (b *builder) placeyAlias(key string, i int) {
	b.placeyKeys[key] = true
	b.ents[i].placey = true
}

// people creates person entities, longest names first, so "Tayyip Erdogan"
// merges into "Recep Tayyip Erdogan" and "Assad" into "Bashar al-Assad".
func (b *builder) people(cs []*cand) {
	sortByLength(cs)
	surnames := make(map[string][]int, len(cs))
	var words []string // the names' words are carved from here
	var firsts []int   // and the surnames' first holders
	for _, c := range cs {
		toks := carveFields(&words, c.key)
		match, matches := -1, 0
		for _, i := range surnames[toks[len(toks)-1]] {
			// "Tayyip Erdogan" in "Recep Tayyip Erdogan"; "Donald Trump" and
			// "Donald J. Trump" (same first and last name).
			if hasSuffix(b.ents[i].toks, toks) || len(toks) >= 2 && b.ents[i].toks[0] == toks[0] {
				match, matches = i, matches+1
			}
		}
		if matches == 1 {
			b.setAlias(c, match)
			continue
		}
		name := c.bestForm()
		i := b.add(b.ids.slug(name), name, "person")
		b.ents[i].toks = toks
		b.setAlias(c, i)
		last := toks[len(toks)-1]
		surnames[last] = appendCarved(&firsts, surnames[last], i)
		if s, ok := strings.CutPrefix(last, "al "); ok {
			surnames[s] = appendCarved(&firsts, surnames[s], i)
		}
	}
	b.surnames = surnames
	for k := range surnames {
		if c := b.cands[k]; c != nil {
			c.surname = true
		}
	}
}

// carveFields returns strings.Fields(s), in a list carved from block.
func carveFields(block *[]string, s string) []string {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	fs := carve(block, n, 1024)[:0]
	for f := range strings.FieldsSeq(s) {
		fs = append(fs, f)
	}
	return fs
}

// appendCarved appends i to list, a new list taking its first slot from
// block: most surnames have one holder, and need no list of their own.
func appendCarved(block *[]int, list []int, i int) []int {
	if list == nil {
		list = carve(block, 1, 1024)[:0]
	}
	return append(list, i)
}

func hasSuffix(long, short []string) bool {
	if len(short) >= len(long) {
		return false
	}
	off := len(long) - len(short)
	for k := range short {
		if long[off+k] != short[k] {
			return false
		}
	}
	return true
}

// singles links one-word names: an acronym already defined, a surname of a
// known person, else a person (with a title) or an organisation (with a
// firm-like noun before it or a reporting verb after it).
func (b *builder) singles(cs []*cand) {
	for _, c := range cs {
		if c.ent > 0 { // an alias already
			continue
		}
		// A surname of several people stays out of the aliases: it is
		// resolved per document (resolveRun).
		var ps []int
		if c.surname {
			ps = b.surnames[c.key]
		}
		if len(ps) == 1 {
			b.setAlias(c, ps[0])
			continue
		} else if len(ps) > 1 {
			continue
		}
		// "Sania Mirza ... Mirza said": a pair of unknown words whose last
		// word is used alone as a speaker names a person.
		if u := b.speakerOf(c); u != nil {
			name := u.bestForm()
			i := b.add(b.ids.slug(name), name, "person")
			b.ents[i].toks = strings.Fields(u.key)
			b.setAlias(u, i)
			b.setAlias(c, i)
			continue
		}
		form := c.bestForm()
		switch {
		// One title among many bare mentions ("State", "Instead", a
		// channel's name) is a stray: a one-word person is addressed
		// ("Ms. Mills"), titled in at least one mention in ten, or
		// speaks in one in five ("Merkel said").
		case c.person > c.org && (c.honor > 0 || c.nameLike() && (c.person*10 >= c.n || c.report*5 >= c.n)):
			i := b.add(b.ids.slug(form), form, "person")
			b.ents[i].toks = []string{c.key}
			b.setAlias(c, i)
		case (c.org > 0 && c.nonInit > 0 || c.report > 0 && c.nonInit > 1 && c.place == 0) && c.nameLike():
			kind := "organization"
			if c.group > 0 || 2*c.militant >= c.n {
				kind = "group"
			}
			b.setAlias(c, b.add(b.ids.slug(form), form, kind))
		}
	}
}

// speakerOf returns the pair of unknown words whose last word c is, when
// c is used alone as a speaker or with a title, else nil.
func (b *builder) speakerOf(c *cand) *cand {
	if (c.report == 0 && c.person == 0) || c.org > 0 {
		return nil // most single words: no need to look
	}
	if u := b.unknown[c.key]; u.c != nil && !u.several && !u.c.isWork() {
		return u.c
	}
	return nil
}

// unknownName is the first unclassified name with a given last word, and
// whether there are more: speakerOf needs no more than that.
type unknownName struct {
	c       *cand
	several bool
}

// addUnknown files c among the unclassified names by its last word.
func (b *builder) addUnknown(c *cand) {
	last := c.key[strings.LastIndexByte(c.key, ' ')+1:]
	if u, seen := b.unknown[last]; seen {
		u.several = true
		b.unknown[last] = u
	} else {
		b.unknown[last] = unknownName{c: c}
	}
}

// isWork reports whether a name is mostly seen as the title of a work or a
// product, and never as anyone who speaks, has a title or runs a firm. A
// name that opens with a first name needs a work noun before it ("the film
// Harry Brown"): one after it may be the maker's ("Mark Tuffy games").
func (c *cand) isWork() bool {
	need := int32(1)
	if c.person > 0 {
		need = 2
	}
	return c.work >= need && 2*c.work >= c.n && c.report == 0 && c.strong == 0 && c.titled == 0 && c.org == 0 && c.group == 0
}

// nameLike reports whether a name's words are mostly not ordinary words.
func (c *cand) nameLike() bool { return c.common*3 < c.n }

// firstField returns the first word of s, as strings.Fields(s)[0] would,
// without making the list. A name in ASCII up to its first space (most
// are) is cut with a byte loop, not a call per letter.
func firstField(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || i == 0 && asciiSpace(c) {
			return firstFieldFunc(s) // a non-ASCII space (U+00A0), or spaces to trim
		} else if asciiSpace(c) {
			return s[:i]
		}
	}
	return s
}

// asciiSpace reports the ASCII bytes unicode.IsSpace reports.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// firstFieldFunc is firstField for any text.
func firstFieldFunc(s string) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if k := strings.IndexFunc(s, unicode.IsSpace); k >= 0 {
		return s[:k]
	}
	return s
}

// upperLast reports whether a name ends in an all-capitals word of two or
// more letters ("Mario Kart DS"): products and models, not people.
func upperLast(form string) bool {
	k := strings.LastIndexByte(form, ' ')
	w := form[k+1:]
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// sortKeyed sorts cs by head, then key. A radix sort on the heads, a byte
// a pass from the last, costs a few steps a candidate where comparing
// costs a few dozen; only candidates whose keys share their first eight
// bytes are left to compare.
func sortKeyed(cs []keyedCand) {
	if len(cs) < 2 {
		return
	}
	src, dst := cs, make([]keyedCand, len(cs))
	for shift := 0; shift < 64; shift += 8 {
		var at [256]int
		for i := range src {
			at[byte(src[i].head>>shift)]++
		}
		if at[byte(src[0].head>>shift)] == len(src) {
			continue // every head has this byte
		}
		n := 0
		for b, k := range at {
			at[b], n = n, n+k
		}
		for i := range src {
			b := byte(src[i].head >> shift)
			dst[at[b]] = src[i]
			at[b]++
		}
		src, dst = dst, src
	}
	copy(cs, src) // a no-op when src is cs
	for i := 0; i < len(cs); {
		j := i + 1
		for j < len(cs) && cs[j].head == cs[i].head {
			j++
		}
		if j-i > 1 {
			slices.SortFunc(cs[i:j], func(a, b keyedCand) int { return strings.Compare(a.key, b.key) })
		}
		i = j
	}
}
