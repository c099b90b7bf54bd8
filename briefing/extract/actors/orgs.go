package actors

import "strings"

// knownOrg is an organisation or group the project knows by name, so its
// short forms merge ("UN" and "United Nations").
type knownOrg struct {
	name, kind string
}

// knownOrgs is the project's own table of international bodies, alliances,
// armed groups and parties often named by abbreviation or in several
// spellings. Keys are matchKey forms.
var knownOrgs = map[string]knownOrg{}

// orgForms holds the same organisations by their exact written forms.
var orgForms = map[string]knownOrg{}

func init() {
	var arena keyArena // the keys share a chunk rather than each allocating
	add := func(name, kind string, forms ...string) {
		o := knownOrg{name: name, kind: kind}
		knownOrgs[arena.key(name)] = o
		orgForms[name] = o
		for _, f := range forms {
			knownOrgs[arena.key(f)] = o
			orgForms[f] = o
		}
	}
	org, grp := "organization", "group"
	add("United Nations", org, "UN", "U.N.")
	add("UN Security Council", org, "Security Council", "United Nations Security Council")
	add("NATO", org, "Nato", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation")
	add("European Union", org, "EU", "E.U.")
	add("European Commission", org)
	add("International Monetary Fund", org, "IMF")
	add("World Bank", org)
	add("World Trade Organization", org, "WTO", "World Trade Organisation")
	add("World Health Organization", org, "World Health Organisation")
	add("OPEC", org, "Opec", "Organization of the Petroleum Exporting Countries")
	add("Red Cross", org, "International Committee of the Red Cross", "ICRC")
	add("al-Qaeda", grp, "al Qaeda", "al-Qaida", "al Qaida", "Al Qaeda", "Al-Qaeda", "Qaeda")
	add("Islamic State", grp, "ISIS", "ISIL", "Daesh", "Islamic State group")
	add("Nusra Front", grp, "al-Nusra Front", "Nusra", "al-Nusra", "Jabhat al-Nusra")
	add("Taliban", grp)
	add("Hamas", grp)
	add("Hezbollah", grp, "Hizbollah", "Hizbullah")
	add("Kurdistan Workers' Party", grp, "PKK", "Kurdistan Workers Party")
	add("Syrian Democratic Forces", grp, "SDF")
	add("Free Syrian Army", grp, "FSA")
	add("Labour Party", org, "Labour")
	add("Conservative Party", org, "Conservatives", "Tories", "Tory Party", "Tory")
	add("Liberal Democrats", org, "Lib Dems", "Lib Dem", "Liberal Democrat")
	add("UK Independence Party", org, "UKIP", "Ukip")
	add("Democratic Party", org, "Democrats", "DNC", "Democratic", "Democrat", "D.N.C.")
	add("Republican Party", org, "Republicans", "GOP", "RNC", "Republican", "G.O.P.")
	add("Federal Bureau of Investigation", org, "FBI")
	add("Central Intelligence Agency", org, "CIA")
	add("Federal Reserve", org, "Fed", "US Federal Reserve")
	add("European Central Bank", org, "ECB")
	add("Bank of England", org)
	add("Organization for Security and Co-operation in Europe", org, "OSCE")
	add("African Union", org)
	add("Arab League", org)
}

// matchKey is the form names are compared in: lower case, hyphens as
// spaces, periods and apostrophes dropped ("Al-Qaeda" = "al qaeda", "U.N." = "un").
func matchKey(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			// Only a word with a wider rune can be mis-decoded or accented.
			s, ascii = foldAccents(repairMojibake(s)), false
			break
		}
	}
	var b strings.Builder
	b.Grow(len(s))
	writeKey(&b, s)
	if ascii {
		return b.String() // no "’" to drop
	}
	return strings.ReplaceAll(b.String(), "’", "")
}

// writeKey writes s to b as matchKey has it once its runes are folded:
// lower case, hyphens as spaces, periods and apostrophes dropped.
func writeKey(b *strings.Builder, s string) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			b.WriteByte(c + 'a' - 'A')
		case c == '-':
			b.WriteByte(' ')
		case c == '.' || c == '\'':
		default:
			b.WriteByte(c)
		}
	}
}

// keyArena builds the keys (or slugs) of ASCII names one after another in
// shared chunks, so that a key costs no allocation of its own. A Builder
// only ever appends to its bytes, so the keys taken from it stay as they
// are.
type keyArena struct{ b strings.Builder }

// key returns matchKey(s).
func (a *keyArena) key(s string) string {
	if !asciiOnly(s) {
		return matchKey(s)
	}
	n := a.room(len(s)) // a key is never longer than its name
	writeKey(&a.b, s)
	return a.b.String()[n:]
}

// slug returns slug(s).
func (a *keyArena) slug(s string) string {
	if !asciiOnly(s) {
		return slug(s)
	}
	n := a.room(len(s)) // nor is a slug
	writeSlug(&a.b, s)
	return a.b.String()[n:]
}

// room makes room for n more bytes in the current chunk and returns
// where they start.
func (a *keyArena) room(n int) int {
	if a.b.Cap()-a.b.Len() < n {
		a.b.Reset() // the strings handed out keep the old chunk
		a.b.Grow(max(4096, n))
	}
	return a.b.Len()
}

// writeSlug writes slug(s) of an ASCII name s to b: a name in ASCII has
// no mis-decoded or accented letters, so only its case is folded.
func writeSlug(b *strings.Builder, s string) {
	start, dash := b.Len(), false // dash: a hyphen is due before the next letter
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			if dash {
				b.WriteByte('-')
				dash = false
			}
			b.WriteByte(c)
		case c == '\'' || c == '.':
		default:
			dash = b.Len() > start
		}
	}
}

// asciiOnly reports whether every byte of s is ASCII.
func asciiOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
