package positions

// shapes is a cheap filter over a set of words, consulted before a map:
// s[n][f-'A'] has bit l-'a' set when a word of the set has n bytes, starts
// with the ASCII letter f and ends with the lower-case letter l. Every word
// added must fit: letters at both ends, shorter than the table (TestShapes).
type shapes [24]['z' - 'A' + 1]uint32

func (s *shapes) add(w string) {
	if n := len(w); n > 0 && n < len(s) && letterASCII(w[0]) && lowerASCII(w[n-1]) {
		s[n][w[0]-'A'] |= 1 << (w[n-1] - 'a')
	}
}

// has reports whether a word of the set may be w: inlined, it rules most
// words out with two loads.
func (s *shapes) has(w string) bool {
	n := len(w)
	if n == 0 || n >= len(s) {
		return false
	}
	f, l := w[0]-'A', w[n-1]-'a' // bytes below 'A' and 'a' wrap around, out of range
	return int(f) < len(s[n]) && l < 26 && s[n][f]&(1<<l) != 0
}

func letterASCII(c byte) bool { return lowerASCII(c) || c >= 'A' && c <= 'Z' }

func lowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }

// class is the set of word lists a word is on, so that one look-up answers
// "is it a stop, an auxiliary or a pronoun?".
type class uint16

const (
	auxWord class = 1 << iota
	negationWord
	stopWord
	prepWord
	pronounWord
	placeWord
	timeWord
	clausePrepWord
	appositionWord
	determinerWord
	audienceWord
	concernWord
	representativeWord
)

// classLists are the word lists of each class.
var classLists = []struct {
	c     class
	words []string
}{
	{auxWord, auxiliaries}, {negationWord, negations}, {stopWord, stops}, {prepWord, preps},
	{pronounWord, pronouns}, {placeWord, placeWords}, {timeWord, timeWords}, {clausePrepWord, clausePreps},
	{appositionWord, appositions}, {determinerWord, determiners}, {audienceWord, audiences},
	{concernWord, concernNouns}, {representativeWord, representatives},
}

// classes maps every listed word to its classes; classShapes filters
// look-ups in it.
var classes, classShapes = func() (map[string]class, shapes) {
	m := map[string]class{}
	var s shapes
	for _, l := range classLists {
		for _, w := range l.words {
			m[w] |= l.c
			s.add(w)
		}
	}
	return m, s
}()

// wordIs reports whether w is on a list of one of the classes c.
func wordIs(w string, c class) bool {
	return classShapes.has(w) && classes[w]&c != 0
}
