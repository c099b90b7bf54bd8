package model

import "strconv"

// NumberedIDs returns prefix+"1", prefix+"2", ... prefix+n: the IDs of a
// list of items in the order the contract numbers them ("q1", "n1", "p1").
// They are cut from one string, one allocation for a list of any length
// rather than one per item.
func NumberedIDs(prefix string, n int) []string {
	b := make([]byte, 0, n*(len(prefix)+len(strconv.Itoa(n))))
	ends := make([]int, n)
	for i := range n {
		b = strconv.AppendInt(append(b, prefix...), int64(i+1), 10)
		ends[i] = len(b)
	}
	all := string(b)
	ids := make([]string, n)
	start := 0
	for i, end := range ends {
		ids[i], start = all[start:end], end
	}
	return ids
}
