package actors

import "testing"

func TestSkipParagraph(t *testing.T) {
	for text, want := range map[string]bool{
		"Read more: the story": true, "Related articles": true, "See also x": true, "Skip to content": true,
		"Image: AFP": true, "Photo: Reuters": true, "Copyright 2005": true, "© BBC": true,
		"Reading is fun": false, "Seen": false, "": false,
		"1. Sky": false, "The Image: x": false, "Photos": false, "ⓒ": false,
	} {
		if got := skipParagraph(text); got != want {
			t.Errorf("skipParagraph(%q) = %v, want %v", text, got, want)
		}
	}
}
