package actors

import (
	"strings"
	"unicode/utf8"
)

// The word lists below are the project's own, written for this package.

// honorifics precede a person's name and are dropped from it.
var honorifics = set("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame", "Lord", "Lady", "Baroness", "Prof", "Prof.", "Professor", "Rev", "Rev.", "Sen.", "Rep.", "Gen.", "Col.", "Lt.", "Sgt.", "Capt.", "Gov.", "St.",
	"Sen", "Rep", "Gen", "Col", "Lt", "Sgt", "Capt", "Gov", "St")

// titles are offices; "President Vladimir Putin" gives Putin the role
// President. Keys are lower case; values are the display form.
var titles = map[string]string{
	"president": "President", "vice president": "Vice President", "vice-president": "Vice President",
	"prime minister": "Prime Minister", "deputy prime minister": "Deputy Prime Minister",
	"foreign minister": "Foreign Minister", "defence minister": "Defence Minister", "defense minister": "Defense Minister",
	"interior minister": "Interior Minister", "finance minister": "Finance Minister", "minister": "Minister",
	"home secretary": "Home Secretary", "foreign secretary": "Foreign Secretary", "secretary": "Secretary",
	"secretary of state": "Secretary of State", "chancellor": "Chancellor", "king": "King", "queen": "Queen",
	"prince": "Prince", "princess": "Princess", "pope": "Pope", "senator": "Senator", "sen.": "Senator",
	"governor": "Governor", "mayor": "Mayor", "ambassador": "Ambassador", "envoy": "Envoy",
	"general": "General", "gen.": "General", "spokesman": "Spokesman", "spokeswoman": "Spokeswoman",
	"spokesperson": "Spokesperson", "chairman": "Chairman", "chairwoman": "Chairwoman", "chair": "Chair",
	"chief executive": "Chief Executive", "chief executive officer": "Chief Executive", "ceo": "Chief Executive",
	"boss": "Boss", "leader": "Leader", "opposition leader": "Opposition Leader", "coach": "Coach",
	"manager": "Manager", "director": "Director", "managing director": "Managing Director",
	"head": "Head", "founder": "Founder", "commissioner": "Commissioner", "judge": "Judge",
	"representative": "Representative", "rep.": "Representative", "congressman": "Congressman",
	"congresswoman": "Congresswoman", "speaker": "Speaker", "mp": "MP", "secretary-general": "Secretary-General",
	"secretary general": "Secretary-General", "captain": "Captain", "analyst": "Analyst", "economist": "Economist",
	"candidate": "Candidate", "nominee": "Nominee", "justice": "Justice", "sheikh": "Sheikh", "emir": "Emir",
	"ayatollah": "Ayatollah", "dictator": "Dictator", "premier": "Premier", "commander": "Commander",
	"gov.": "Governor", "gov": "Governor", "sen": "Senator", "rep": "Representative", "lt. gov.": "Lieutenant Governor",
	"attorney general": "Attorney General", "chief financial officer": "Chief Financial Officer",
	"chief operating officer": "Chief Operating Officer", "finance director": "Finance Director",
	"chief economist": "Chief Economist", "campaign manager": "Campaign Manager", "press secretary": "Press Secretary",
	"chief of staff": "Chief of Staff", "majority leader": "Majority Leader", "minority leader": "Minority Leader", "house speaker": "House Speaker", "host": "Host", "anchor": "Anchor",
}

// titleForms holds every title in lower case, Title Case and Sentence
// case, so lookups need no lower-casing.
var titleForms = func() map[string]string {
	m := make(map[string]string, 3*len(titles))
	for k, v := range titles {
		m[k] = v
		m[titleCase(k, true)] = v
		// One word has one capitalised form: spare a second copy.
		if strings.ContainsAny(k, " -") {
			m[titleCase(k, false)] = v
		}
	}
	return m
}()

// titleOf returns the display form of a title as written, or "".
func titleOf(s string) string { return titleForms[s] }

// maxTitleLen is the length of the longest key of titleForms: longer words
// need no lookup.
var maxTitleLen = func() int {
	n := 0
	for k := range titleForms {
		n = max(n, len(k))
	}
	return n
}()

// titleSpan is titleOf(joinText(toks, i, j)), lower-cased first (as
// strings.ToLower would) when lower is set. Most spans are no title, so the
// words are joined in a buffer on the stack rather than into a new string.
func titleSpan(pt *paraTokens, i, j int, lower bool) string {
	var arr [64]byte
	b := arr[:0]
	for k := i; k < j; k++ {
		w := pt.str(k)
		if len(b)+len(w) > maxTitleLen {
			// Too long for a title, unless lower-casing a wider
			// rune would shorten it: leave that to strings.ToLower.
			if lower && !isASCII(pt, i, j) {
				return titleOf(strings.ToLower(joinText(pt, i, j)))
			}
			return ""
		}
		if k > i {
			b = append(b, ' ')
		}
		for m := 0; m < len(w); m++ {
			c := w[m]
			if lower && c >= utf8.RuneSelf {
				return titleOf(strings.ToLower(joinText(pt, i, j)))
			}
			if lower && c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		}
	}
	if n := len(b); n == 0 || n < len(titleShape) && titleShape[n][b[0]%64]&(1<<(b[n-1]%64)) == 0 {
		return ""
	}
	return titleForms[string(b)]
}

// titleShape has bit l of titleShape[n][f] set when some title of n bytes
// begins with byte f and ends with byte l (both modulo 64): most spans are
// ruled out by one load, before the map hashes them.
var titleShape = func() (t [32][64]uint64) {
	for k := range titleForms {
		if n := len(k); n > 0 && n < len(t) {
			t[n][k[0]%64] |= 1 << (k[n-1] % 64)
		}
	}
	return t
}()

// isASCII reports whether the words of tokens i to j-1 are all ASCII.
func isASCII(pt *paraTokens, i, j int) bool {
	for k := i; k < j; k++ {
		w := pt.str(k)
		for m := 0; m < len(w); m++ {
			if w[m] >= utf8.RuneSelf {
				return false
			}
		}
	}
	return true
}

// titleCase capitalises the first word of s, or every word when all is set.
func titleCase(s string, all bool) string {
	b := []byte(s)
	for i := range b {
		start := i == 0 || all && (b[i-1] == ' ' || b[i-1] == '-')
		if start && i > 0 && (strings.HasPrefix(s[i:], "of ") || strings.HasPrefix(s[i:], "the ")) {
			continue // "Secretary of State"
		}
		if start && b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 'a' - 'A'
		}
	}
	return string(b)
}

// titleHeads are words that can start a multi-word title, so the scanner
// knows to look one word further ("Prime" Minister, "Chief" Executive).
var titleHeads = set("prime", "deputy", "foreign", "defence", "defense", "interior", "finance", "home",
	"vice", "chief", "managing", "opposition", "secretary", "Prime", "Deputy", "Foreign", "Defence", "Defense",
	"Interior", "Finance", "Home", "Vice", "Chief", "Managing", "Opposition", "Secretary")

// orgHeads are trailing words that make a name an organisation
// ("Nusra Front", "Labour Party", "Bank of England").
var orgHeads = set("Party", "Front", "Union", "Bank", "Group", "Corp", "Corp.", "Corporation", "Inc", "Inc.",
	"Ltd", "plc", "Plc", "Council", "Commission", "Ministry", "Department", "Agency", "Organisation",
	"Organization", "Association", "Federation", "Committee", "Institute", "Foundation", "Fund", "Office",
	"Service", "Authority", "Board", "Nations", "Alliance", "Parliament", "Assembly", "Congress", "Senate",
	"Court", "Police", "Airlines", "Airways", "Motors", "Holdings", "Industries", "Telecom", "Systems",
	"Network", "Networks", "Technologies", "Electronics", "Entertainment", "Studios", "Pictures", "Records",
	"Exchange", "Reserve", "Treasury", "Cabinet", "Army", "Navy", "Forces", "Brigade", "Brigades", "Movement",
	"Club", "League", "Society", "University", "College", "School", "Times", "Post", "Journal", "News",
	"Broadcasting", "Company", "Executive", "Government", "Telegraph", "Guardian", "Mail", "Mirror", "Herald",
	"Express", "Observer", "Gazette", "Tribune", "Chronicle", "Statistics", "Lords", "Commons", "Airport", "Railways", "Trust", "United", "City", "Rovers",
	"Athletic", "Villa", "Wanderers", "Albion", "Hotspur", "Rangers", "Celtic", "Co", "Partners", "Capital", "Securities", "Energy", "Oil", "Petroleum", "Media")

// groupHeads make a name an armed or political group rather than an
// organisation.
var groupHeads = set("Front", "Brigade", "Brigades", "Movement", "Army", "Militia")

// groupContext words in a sentence mark an acronym's expansion as an armed
// or political group ("the jihadist group Hayat Tahrir al-Sham (HTS)").
var groupContext = set("militant", "militants", "jihadist", "jihadists", "rebel", "rebels", "terrorist",
	"terrorists", "insurgent", "insurgents", "militia", "armed", "al-Qaeda", "Qaeda", "extremist", "faction", "factions")

// orgNouns before a name show it is an organisation ("oil firm Yukos").
var orgNouns = set("firm", "company", "giant", "group", "carrier", "bank", "retailer", "maker", "airline",
	"operator", "broadcaster", "conglomerate", "insurer", "lender", "chain", "supermarket", "rival", "producer",
	"manufacturer", "publisher", "label", "studio", "network", "club", "party", "agency", "newspaper", "regulator",
	"watchdog", "union", "charity", "organisation", "organization", "brewer", "distributor", "developer")

// reportVerbs follow a speaker ("Putin said", "Yukos announced").
var reportVerbs = set("said", "says", "told", "added", "announced", "stated", "warned", "argued", "insisted",
	"claimed", "explained", "noted", "wrote", "urged", "vowed", "denied", "admitted", "confirmed", "believes",
	"thinks", "wants", "hopes", "fears", "says,", "asked", "replied", "acknowledged", "suggested", "predicted")

// placePreps before a capital or continent show it is a place, not the
// government ("talks in Moscow" is a place; "a deal with Moscow" is not).
var placePreps = set("in", "at", "near", "from", "to", "into", "outside", "around", "across", "through",
	"via", "toward", "towards", "visit", "visited", "visiting", "inside", "over", "throughout", "of", "within")

// locNouns before "of X" show X is a place ("the town of Morek").
var locNouns = set("town", "city", "province", "region", "village", "capital", "state", "district", "port",
	"county", "island", "area", "outskirts", "suburb", "north", "south", "east", "west", "centre", "center")

// commonCaps are capitalised words that never name an actor on their own:
// weekdays, months, pronouns and sentence openers.
var commonCaps = set("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
	"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
	"November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
	"The", "A", "An", "I", "We", "He", "She", "It", "They", "You", "His", "Her", "Its", "Their", "Our", "My",
	"This", "That", "These", "Those", "There", "Here", "But", "And", "Or", "If", "When", "While", "As", "At",
	"In", "On", "Of", "For", "With", "By", "From", "To", "After", "Before", "Since", "Until", "So", "Yet",
	"However", "Meanwhile", "Also", "Some", "Many", "Most", "Much", "More", "All", "Both", "Each", "Every",
	"Such", "Other", "Another", "No", "Not", "Now", "Then", "Today", "Yesterday", "Tomorrow", "Mr", "Mrs",
	"Ms", "Dr", "Image", "Photo", "Read", "Related", "Skip", "Us", "Uk", "Christmas", "Easter",
	"English", "Earth", "God", "Jesus", "Oscar", "Oscars", "Grammy", "Grammys", "Emmy", "BBC", "TV", "OK",
	"Premiership", "Cup", "Championship", "Open", "Olympics", "Olympic", "Games", "Test", "Six",
	"Euro", "Eurozone", "GMT", "BST", "PC", "PCs", "DVD", "DVDs", "CD", "CDs", "MP3", "GDP", "IT", "AM", "PM",
	"I'd", "I'm", "I'll", "I've", "It's", "That's", "There's", "He's", "She's", "We're", "We've", "They're",
	"Don't", "Let's", "What's", "Who's", "One", "Two", "Three", "Four", "Five", "Seven", "Eight", "Nine",
	"Ten", "Former", "Ex", "Late", "Acting", "Then",
	"MPs", "MEPs", "MSPs", "AMs", "Government", "Parliament", "Ministers", "Minister", "Cabinet")

// funcCaps are function words; capitalised inside a run of capitalised
// words they show Title Case text ("Rand Paul Scores Hit On Donald Trump"),
// so a name ends before them.
var funcCaps = set("The", "A", "An", "And", "Or", "Of", "In", "On", "At", "For", "With", "By", "From", "To",
	"After", "Before", "Is", "Are", "Was", "Were", "Has", "Have", "Will", "Says", "Said", "Over", "Into", "As",
	"Not", "Why", "How", "What", "Who", "When", "Where", "Vs", "Versus", "Against", "About", "Up", "Out")

// lawHeads end the names of laws, treaties and documents, which are not actors.
var lawHeads = set("Act", "Bill", "Treaty", "Agreement", "Accord", "Accords", "Protocol", "Convention",
	"Amendment", "Doctrine", "Plan", "Report", "Declaration", "Charter", "Constitution")

// blocNames stand for a bloc of countries and are actors of kind group.
var blocNames = map[string]string{"Europe": "Europe", "West": "the West"}

// metonyms are buildings and institutions that stand for a country's
// government, like capitals do ("the Kremlin said" is Russia).
var metonyms = map[string]string{"Kremlin": "RU", "White House": "US", "Downing Street": "GB",
	"Pentagon": "US", "Elysee": "FR", "Élysée": "FR", "Whitehall": "GB", "Beijing": "CN", "Washington": "US"}

func set(words ...string) map[string]struct{} {
	m := make(map[string]struct{}, len(words))
	for _, w := range words {
		m[w] = struct{}{}
	}
	return m
}

// workNouns name a work or a product: the capitalised run right after one
// ("the film Ray", "console game Rising Sun") is its title, not an actor.
var workNouns = set("film", "films", "movie", "movies", "game", "games", "album", "albums", "single", "song",
	"novel", "book", "books", "show", "series", "sitcom", "musical", "play", "programme", "program", "console",
	"phone", "handset", "software", "browser", "website", "site", "magazine", "franchise", "title", "titles",
	"blockbuster", "thriller", "comedy", "drama", "documentary", "video", "app", "device", "gadget")

// productNouns after a capitalised run make it a product or a work's name
// ("the Harry Potter games", "the Spread Firefox website"); "film" and
// "album" are left out, as a director or a band comes before them too.
var productNouns = set("game", "games", "console", "consoles", "phone", "phones", "handset", "handsets",
	"software", "browser", "website", "site", "franchise", "app", "device", "devices", "gadget", "series")

func has(m map[string]struct{}, w string) bool {
	_, ok := m[w]
	return ok
}

// statementCues are the words the positions package reads statements
// from: its stance and reporting verb forms and participles, "according",
// "shared" and "echoed". Marked here, they are told from other words by a
// token's flags, without reading its text (positions' TestCueFlags checks
// that every word it looks for is on the list).
var statementCues = set("According", "according", "accused", "accuses", "acknowledged", "acknowledges", "added", "adding", "adds",
	"admits", "admitted", "agree", "agreed", "agrees", "aimed", "aims", "announced", "argue", "argued", "argues",
	"arguing", "asked", "asks", "asserted", "asserting", "asserts", "attacked", "backs", "believe", "believed",
	"believes", "blamed", "blames", "blasted", "called", "calling", "calls", "claimed", "claiming", "claims",
	"complained", "complains", "conceded", "concedes", "condemned", "condemns", "confirmed", "contended",
	"contends", "criticised", "criticized", "declared", "defended", "defends", "demanded", "demands", "denied",
	"denies", "denounced", "dismissed", "echoed", "emphasised", "emphasized", "endorsed", "endorses", "expect",
	"expected", "expects", "explained", "explains", "fear", "feared", "fears", "hope", "hoped", "hopes",
	"indicated", "insist", "insisted", "insisting", "insists", "intends", "maintained", "noted", "noting",
	"opposed", "opposes", "planned", "plans", "pledged", "pledges", "praised", "praises", "predicted",
	"predicts", "promised", "promises", "proposed", "proposes", "questioned", "recalled", "refused", "refuses",
	"reiterated", "rejected", "rejects", "reported", "said", "say", "saying", "says", "seeking", "seeks",
	"shared", "signaled", "signalled", "slammed", "slams", "sought", "stated", "states", "stressed", "stressing",
	"suggested", "suggesting", "suggests", "supports", "tells", "think", "thinks", "thought", "threatened",
	"threatens", "told", "tweeted", "urged", "urges", "urging", "vowed", "vows", "want", "wanted", "wants",
	"warned", "warning", "warns", "welcomed", "welcomes", "writes", "wrote")

// slug turns a name into a stable ID: lower case, ASCII letters and digits,
// words joined by hyphens ("Hayat Tahrir al-Sham" -> "hayat-tahrir-al-sham").
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(repairMojibake(name)) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case r >= 0x80 && fold(r) != 0:
			b.WriteRune(fold(r))
			dash = false
		case r == '\'' || r == '’' || r == '.':
		default:
			if !dash && b.Len() > 0 {
				b.WriteByte('-')
				dash = true
			}
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// fold maps common accented letters to ASCII for slugs.
func fold(r rune) rune {
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å':
		return 'a'
	case 'ç', 'č', 'ć':
		return 'c'
	case 'è', 'é', 'ê', 'ë':
		return 'e'
	case 'ì', 'í', 'î', 'ï', 'ı':
		return 'i'
	case 'ñ':
		return 'n'
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø':
		return 'o'
	case 'ù', 'ú', 'û', 'ü':
		return 'u'
	case 'ş', 'š', 'ś':
		return 's'
	case 'ğ':
		return 'g'
	case 'ž', 'ź', 'ż':
		return 'z'
	case 'ý', 'ÿ':
		return 'y'
	}
	return 0
}
