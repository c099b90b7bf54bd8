package actors

import (
	"testing"

	"briefing/briefing/source"
)

// TestGroupLinks checks that an armed or political group takes as its
// affiliation the actor the text ties it to, and that a verb between two
// names ties nothing.
func TestGroupLinks(t *testing.T) {
	for _, tc := range []struct {
		name, text, group, want string
	}{
		{"spaced adjective after a determiner", "Headline\n\nMost of Idlib is held by the al-Qaeda linked Hayat Tahrir al-Sham (HTS). Militants of HTS attacked.",
			"hayat-tahrir-al-sham", "al-qaeda"},
		{"relative clause", "Headline\n\nThe region is run by jihadists of the former Nusra Front, which was linked to al Qaeda. Militants of the Nusra Front attacked.",
			"nusra-front", "al-qaeda"},
		{"affiliated with", "Headline\n\nMilitants of the Nusra Front, which is affiliated with al-Qaeda, attacked a post. The Nusra Front said so.",
			"nusra-front", "al-qaeda"},
		{"a verb ties nothing", "Headline\n\nThe Liberal Democrats backed Conservative Party demands on Monday. The Conservative Party said so.",
			"conservative-party", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := source.Parse("t.txt", "t.txt", []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			a := Build([]*source.Document{doc}).Actor(tc.group)
			if a == nil {
				t.Fatalf("no actor %s", tc.group)
			}
			if a.Affiliation != tc.want {
				t.Errorf("%s affiliation = %q, want %q", tc.group, a.Affiliation, tc.want)
			}
		})
	}
}

// TestLinkGapBounds checks that every linking phrase is within the lengths
// linkGroups tries.
func TestLinkGapBounds(t *testing.T) {
	for _, p := range append(append([]string{}, linkedBefore...), linkedAfter...) {
		if len(p) < minLinkGap || len(p) > maxLinkGap {
			t.Errorf("%q: length %d outside [%d, %d]", p, len(p), minLinkGap, maxLinkGap)
		}
	}
}
