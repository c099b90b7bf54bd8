package positions

// Attributions that follow what was said: "Growth will slow, the bank
// said." and "..., said Mr Blair." and "..., according to the UN."

// sayers are the reporting verbs that may follow their statement.
var sayers = map[string]bool{"says": true, "insists": true, "argues": true, "claims": true, "warned": true,
	"believes": true, "announced": true}

// postposed handles a subject and verb after the statement: the statement
// runs from the sentence start to the comma before the subject, and little
// but an adverbial ("on Tuesday", "in a statement") follows the verb.
func (st *docState) postposed(pa *para, v, np int, vb verb, ids []string) {
	if !sayers[vb.lemma] || np <= 0 {
		return
	}
	toks := &pa.toks
	lo := pa.sent[v]
	if np-1 <= lo+2 || toks.Text(np-1) != "," || pa.quoted[lo] || pa.quoted[np-2] {
		return
	}
	if !sentenceEndsSoon(pa, v+1) {
		return
	}
	st.emit(pa, ids, vb.lemma, lo, np-1)
}

// inverted handles "..., said Mr Blair." and "..., says the United
// Nations.": the actors come right after the verb and end the sentence.
func (st *docState) inverted(pa *para, v int, vb verb) {
	if !sayers[vb.lemma] {
		return
	}
	toks := &pa.toks
	lo := pa.sent[v]
	if v-1 <= lo+2 || pa.quoted[lo] || pa.quoted[v-2] {
		return
	}
	e := v + 1
	for e < toks.Len() && pa.sent[e] == lo && toks.Word(e) {
		e++
	}
	if e == v+1 {
		return
	}
	// "..., said Larry Sabato, director of the Center for Politics.": an
	// apposition after the name, when the name ends right at its comma.
	if e < toks.Len() && pa.sent[e] == lo && toks.Text(e) == "," {
		if m := pa.mentionAt(e - 1); m < 0 || pa.ms[m].End != toks.End(e-1) || e-1-v > 6 {
			return
		}
		// "The problem they face, says Jain, is that ...": the cue sits
		// inside its statement, which runs on after it.
		if n := resumes(pa, e); n > 0 {
			ids, ok := subjectActors(pa, v+1, e-1)
			if ok {
				st.emit(pa, ids, vb.lemma, lo, complementEnd(pa, n))
			}
			return
		}
	} else if !sentenceEndsSoon(pa, e) {
		return
	}
	ids, ok := subjectActors(pa, v+1, e-1)
	if !ok {
		return
	}
	st.emit(pa, ids, vb.lemma, lo, v-1)
}

// according handles "According to X, ..." and "..., according to X."
// (token a is "according").
func (st *docState) according(pa *para, a int) {
	toks := &pa.toks
	lo := pa.sent[a]
	if a+2 >= toks.Len() || toks.Text(a+1) != "to" {
		return
	}
	e := a + 2
	for e < toks.Len() && pa.sent[e] == lo && toks.Word(e) {
		e++
	}
	ids, ok := subjectActors(pa, a+2, e-1)
	if !ok {
		return
	}
	switch {
	case a == lo && e < toks.Len() && toks.Text(e) == ",":
		end := complementEnd(pa, e+1)
		if !pa.quoted[e+1] {
			st.emit(pa, ids, "says", e+1, end)
		}
	case a-1 > lo+2 && toks.Text(a-1) == "," && e+1 < toks.Len() && toks.Text(e) == "," && pa.sent[e+1] == lo &&
		!pa.quoted[lo] && !pa.quoted[e+1] && endsName(pa, e-1):
		if n := resumes(pa, e); n > 0 {
			st.emit(pa, ids, "says", lo, complementEnd(pa, n)) // "Among them, according to X, are ..."
		} else {
			st.emit(pa, ids, "says", lo, a-1) // "..., according to Jason Delisle, who was an adviser."
		}
	case a-1 > lo+2 && toks.Text(a-1) == "," && sentenceEndsSoon(pa, e) && !pa.quoted[lo]:
		st.emit(pa, ids, "says", lo, a-1)
	}
}

// sentenceEndsSoon reports whether only a short adverbial lies between
// token i and the end of its sentence.
func sentenceEndsSoon(pa *para, i int) bool {
	if i >= pa.toks.Len() {
		return true
	}
	lo := pa.sent[min(i, pa.toks.Len()-1)]
	n := 0
	for ; i < pa.toks.Len() && pa.sent[i] == lo; i++ {
		if t := pa.toks.Text(i); t == "that" || t == "\"" || t == ":" {
			return false // the statement follows the verb, not precedes it
		}
		if pa.toks.Word(i) {
			n++
		}
	}
	return n <= 6
}

// parenthetical handles an attribution inside its statement ("It was
// impossible, Gabuyev said, so Russia's leaders decided ..."): the whole
// sentence is the statement as written.
func (st *docState) parenthetical(pa *para, v int, ids []string, vb verb) {
	lo := pa.sent[v]
	if !sayers[vb.lemma] || pa.quoted[lo] || v+2 < pa.toks.Len() && pa.quoted[v+2] {
		return // a direct quote on either side: the quotes package has it
	}
	// The statement runs on past the attribution ("The plan, he said, would
	// fail") unless a clause of its own follows (", he said, adding ...").
	end := complementEnd(pa, lo)
	if v+2 < pa.toks.Len() && pa.sent[v+2] == lo && !wordIs(pa.toks.Text(v+2), stopWord) && !pa.quoted[v+2] {
		if _, ok := participles[pa.toks.Text(v+2)]; !ok {
			if e := complementEnd(pa, v+2); e > v+3 {
				end = e
			}
		}
	}
	st.emit(pa, ids, vb.lemma, lo, end)
}

// endsName reports whether an actor's name ends at token i.
func endsName(pa *para, i int) bool {
	m := pa.mentionAt(i)
	return m >= 0 && pa.ms[m].End == pa.toks.End(i)
}

// resumes returns the token after the comma at c, or after the comma that
// ends an apposition there ("said Jain, head of Adamind, is ..."), when a
// verb there takes up the statement the cue interrupted; or 0.
func resumes(pa *para, c int) int {
	toks := &pa.toks
	for i := c; i < toks.Len() && i <= c+12 && pa.sent[i] == pa.sent[c] && !pa.quoted[i]; i++ {
		if toks.Text(i) != "," || i+1 >= toks.Len() || pa.sent[i+1] != pa.sent[c] {
			continue
		}
		if n := toks.Text(i + 1); isBe(n) || wordIs(n, auxWord) && n != "also" && n != "then" && n != "later" && n != "earlier" {
			return i + 1
		}
	}
	return 0
}
