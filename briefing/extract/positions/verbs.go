package positions

// verb is what a stance or reporting verb form means.
type verb struct {
	lemma string // the normalised verb shown with the position
	need  int    // what must follow: needAny, needTo (an infinitive), needThat (a "that" clause or object + that)
	aux   bool   // only with an auxiliary before it ("is seeking")
}

const (
	needAny = iota
	needTo
	needThat
	needFor
)

// verbs maps a verb form to its meaning. The project's own list of English
// stance and reporting verbs in the forms news uses.
var verbs = map[string]verb{
	"says": {"says", needAny, false}, "said": {"says", needAny, false}, "say": {"says", needAny, false},
	"told": {"says", needThat, false}, "tells": {"says", needThat, false},
	"added": {"says", needThat, false}, "adds": {"says", needThat, false},
	"stated": {"says", needAny, false}, "states": {"says", needAny, false},
	"declared": {"says", needThat, false}, "announced": {"announced", needAny, false},
	"insisted": {"insists", needAny, false}, "insists": {"insists", needAny, false},
	"argued": {"argues", needAny, false}, "argues": {"argues", needAny, false},
	"claimed": {"claims", needAny, false}, "claims": {"claims", needAny, false},
	"maintained": {"says", needThat, false}, "stressed": {"says", needThat, false}, "noted": {"says", needThat, false},
	"believes": {"believes", needAny, false}, "believed": {"believes", needThat, false}, "believe": {"believes", needAny, false},
	"thinks": {"believes", needAny, false},
	"wants":  {"wants", needAny, false}, "wanted": {"wants", needAny, false}, "want": {"wants", needAny, false},
	"fears": {"fears", needAny, false}, "feared": {"fears", needAny, false}, "fear": {"fears", needAny, false},
	"hopes": {"hopes", needAny, false}, "hoped": {"hopes", needAny, false}, "hope": {"hopes", needAny, false},
	"seeks": {"seeks", needAny, false}, "sought": {"seeks", needAny, false}, "seeking": {"seeks", needAny, true},
	"urges": {"urges", needAny, false}, "urged": {"urges", needAny, false}, "urging": {"urges", needAny, true},
	"vowed": {"vowed", needAny, false}, "vows": {"vowed", needAny, false}, "pledged": {"promised", needAny, false},
	"pledges": {"promised", needAny, false}, "promised": {"promised", needAny, false}, "promises": {"promised", needAny, false},
	"asked": {"asked", needAny, false}, "asks": {"asked", needAny, false},
	"expects": {"expects", needAny, false}, "expected": {"expects", needAny, false}, "expect": {"expects", needAny, false},
	"agreed": {"agreed", needAny, false}, "agrees": {"agreed", needAny, false}, "agree": {"agreed", needAny, false},
	"warned": {"warned", needAny, false}, "warns": {"warned", needAny, false}, "warning": {"warned", needAny, true},
	"demanded": {"demanded", needAny, false}, "demands": {"demanded", needAny, false},
	"rejected": {"rejected", needAny, false}, "rejects": {"rejected", needAny, false},
	"called": {"calls for", needFor, false}, "calls": {"calls for", needFor, false}, "calling": {"calls for", needFor, true},
	"threatened": {"threatened", needTo, false}, "threatens": {"threatened", needTo, false},
	"denied": {"denied", needAny, false}, "denies": {"denied", needAny, false},
	"accused": {"accuses", needAny, false}, "accuses": {"accuses", needAny, false},
	"blamed": {"blames", needAny, false}, "blames": {"blames", needAny, false},
	"opposes": {"opposes", needAny, false}, "opposed": {"opposes", needAny, true},
	"supports": {"supports", needAny, false}, "backs": {"supports", needAny, false},
	"welcomed": {"welcomed", needAny, false}, "welcomes": {"welcomed", needAny, false},
	"criticised": {"criticised", needAny, false}, "criticized": {"criticised", needAny, false},
	"condemned": {"condemned", needAny, false}, "condemns": {"condemned", needAny, false},
	"plans": {"plans", needTo, false}, "planned": {"plans", needTo, false}, "intends": {"plans", needTo, false},
	"refused": {"refused", needTo, false}, "refuses": {"refused", needTo, false},
	"aims": {"seeks", needTo, false}, "aimed": {"seeks", needTo, false},
	"suggested": {"suggests", needAny, false}, "suggests": {"suggests", needAny, false},
	"complained": {"complains", needAny, false}, "complains": {"complains", needAny, false},
	"acknowledged": {"acknowledges", needAny, false}, "acknowledges": {"acknowledges", needAny, false},
	"admitted": {"admits", needAny, false}, "admits": {"admits", needAny, false},
	"predicted": {"predicts", needAny, false}, "predicts": {"predicts", needAny, false},
	"endorsed": {"supports", needAny, false}, "endorses": {"supports", needAny, false},
	"defended": {"defends", needAny, false}, "defends": {"defends", needAny, false},
	"proposed": {"proposes", needAny, false}, "proposes": {"proposes", needAny, false},
	"questioned": {"questions", needAny, false},
	"wrote":      {"says", needThat, false}, "writes": {"says", needThat, false},
	"explained": {"says", needThat, false}, "explains": {"says", needThat, false},
	"recalled": {"says", needThat, false}, "reported": {"says", needThat, false},
	"asserted": {"says", needAny, false}, "asserts": {"says", needAny, false},
	"contended": {"argues", needAny, false}, "contends": {"argues", needAny, false},
	"conceded": {"acknowledges", needThat, false}, "concedes": {"acknowledges", needThat, false},
	"reiterated": {"says", needThat, false}, "confirmed": {"says", needThat, false},
	"think": {"believes", needAny, false}, "thought": {"believes", needThat, false},
	"emphasized": {"says", needThat, false}, "emphasised": {"says", needThat, false},
	"praised": {"praised", needAny, false}, "praises": {"praised", needAny, false},
	"attacked": {"criticised", needAny, false}, "slammed": {"criticised", needAny, false}, "slams": {"criticised", needAny, false},
	"blasted": {"criticised", needAny, false}, "denounced": {"condemned", needAny, false}, "dismissed": {"rejected", needAny, false},
	"tweeted": {"says", needAny, false}, "insist": {"insists", needAny, false}, "argue": {"argues", needAny, false},
	"indicated": {"says", needThat, false}, "signaled": {"says", needThat, false}, "signalled": {"says", needThat, false},
}

// auxiliaries and adverbs stand between a subject and its verb.
var auxiliaries = []string{
	"has", "have", "had", "is", "are", "was", "were", "will",
	"would", "could", "may", "might", "also", "been", "already",
	"repeatedly", "reportedly", "previously", "now", "still", "again",
	"long", "publicly", "recently", "earlier", "later", "then",
	"strongly", "quickly", "openly", "privately", "formally", "firmly",
	"did", "does", "do", "always", "often", "first", "just", "should", "can", "must", "apparently",
}

// negations before a verb make the statement not a position of that verb.
var negations = []string{"not", "never", "n't", "no"}

// stops end a subject phrase going backwards, or a statement going forwards.
var stops = []string{
	"that", "which", "after", "before", "when", "while", "because",
	"if", "as", "but", "although", "though", "since", "where",
	"whether", "so", "than", "until", "unless",
}

// preps inside a subject phrase put the actors after them out of subject
// position ("the advances of Assad's forces").
var preps = []string{
	"of", "in", "by", "with", "for", "from", "to", "on",
	"at", "about", "against", "over", "under", "between", "among",
	"alongside", "near", "like", "including", "despite", "without",
}

// concernNouns as the subject of "shared by X" or "echoed by X" carry the
// previous statement over to X.
var concernNouns = []string{
	"concerns", "concern", "fears", "fear", "worries", "views",
	"view", "hopes", "demands", "calls", "sentiments", "position",
}

// representatives speak for the actor after "for", "of", "at" or "to" ("a
// spokesman for the UN", "officials of the ministry", "an aide to Putin").
var representatives = []string{
	"spokesman", "spokeswoman", "spokesperson", "official", "officials",
	"aide", "aides", "representative", "representatives", "envoy",
	"lawyer", "lawyers", "adviser", "advisers", "advisor", "advisors",
	"source", "sources", "member", "members", "leader", "leaders",
	"head", "chief", "minister", "ministers", "ambassador", "director",
}
