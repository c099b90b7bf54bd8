package model

import (
	"slices"
	"strconv"
	"testing"
)

func TestNumberedIDs(t *testing.T) {
	for _, n := range []int{0, 1, 9, 10, 11, 1234} {
		want := make([]string, n)
		for i := range want {
			want[i] = "q" + strconv.Itoa(i+1)
		}
		if got := NumberedIDs("q", n); !slices.Equal(got, want) {
			t.Errorf("NumberedIDs(q, %d) = %v, want %v", n, got, want)
		}
	}
}
