package source

import (
	"fmt"
	"strings"
	"time"
)

var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

// dateFiller holds the words a date line may carry besides the date itself.
var dateFiller = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "mon": true, "tue": true, "tues": true, "wed": true,
	"thu": true, "thurs": true, "fri": true, "sat": true, "sun": true,
	"published": true, "updated": true, "posted": true, "last": true, "modified": true, "on": true,
	"at": true, "date": true, "first": true, "am": true, "pm": true, "a.m": true, "p.m": true,
	"gmt": true, "utc": true, "et": true, "est": true, "edt": true, "bst": true, "cet": true,
	"cest": true, "pt": true, "pst": true, "pdt": true, "msk": true, "ist": true, "the": true,
}

// tokens splits s into words and numbers, dropping punctuation other than
// the dots of abbreviations and the colons of times.
func tokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == ':' || r == '.' || r == '-' || r == '/')
	})
}

// parseDate finds a calendar date in s ("September 17, 2018", "17 Sept.
// 2018", "2018-09-17") and returns it as yyyy-mm-dd. whole reports that s
// holds nothing but the date, a weekday, a time and words like "Updated".
func parseDate(s string) (iso string, whole bool) {
	if !hasYearDigits(s) {
		return "", false // every form needs a year of four digits
	}
	toks := tokens(s)
	used := make([]bool, len(toks))
	for i, t := range toks {
		t = strings.TrimSuffix(strings.TrimSuffix(t, "."), ",")
		if y, m, d, ok := isoDate(t); ok {
			iso = fmtDate(y, m, d)
			used[i] = true
			break
		}
		mo, isMonth := months[strings.ToLower(t)]
		if !isMonth {
			continue
		}
		// Month day, year
		if i+2 < len(toks) {
			if d, ok := num(toks[i+1], 1, 31); ok {
				if y, ok := num(toks[i+2], 1900, 2200); ok {
					iso = fmtDate(y, mo, d)
					used[i], used[i+1], used[i+2] = true, true, true
					break
				}
			}
		}
		// day Month year
		if i > 0 && i+1 < len(toks) {
			if d, ok := num(strings.TrimRight(toks[i-1], "stndrh"), 1, 31); ok {
				if y, ok := num(toks[i+1], 1900, 2200); ok {
					iso = fmtDate(y, mo, d)
					used[i-1], used[i], used[i+1] = true, true, true
					break
				}
			}
		}
	}
	if iso == "" {
		return "", false
	}
	whole = true
	for i, t := range toks {
		if used[i] {
			continue
		}
		l := strings.ToLower(strings.TrimRight(t, ".,:"))
		_, month := months[l]
		_, day := num(l, 1, 31)
		_, year := num(l, 1900, 2200)
		if !dateFiller[l] && !isTime(l) && !month && !day && !year && l != "-" && l != "" {
			whole = false
			break
		}
	}
	return iso, whole
}

// hasYearDigits reports whether s holds four digits in a row, as a year
// read by num(..., 1900, 2200) is.
func hasYearDigits(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

func fmtDate(y, m, d int) string {
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || int(t.Month()) != m {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

// isoDate reads yyyy-mm-dd or yyyy/mm/dd, allowing a time after a 'T'.
func isoDate(t string) (y, m, d int, ok bool) {
	if i := strings.IndexByte(t, 'T'); i == 10 {
		t = t[:10]
	}
	if len(t) != 10 || (t[4] != '-' && t[4] != '/') || t[7] != t[4] {
		return 0, 0, 0, false
	}
	y, ok1 := num(t[:4], 1900, 2200)
	m, ok2 := num(t[5:7], 1, 12)
	d, ok3 := num(t[8:], 1, 31)
	return y, m, d, ok1 && ok2 && ok3
}

// num parses a small decimal number within [lo, hi].
func num(s string, lo, hi int) (int, bool) {
	s = strings.TrimRight(s, ".,")
	if s == "" || len(s) > 4 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, n >= lo && n <= hi
}

// isTime reports a clock time such as "10:30", "9.15am" or "14:05:00".
func isTime(l string) bool {
	l = strings.TrimSuffix(strings.TrimSuffix(l, "am"), "pm")
	if l == "" {
		return false
	}
	colon := false
	for i := 0; i < len(l); i++ {
		switch {
		case isDigit(l[i]):
		case l[i] == ':' || l[i] == '.':
			colon = true
		default:
			return false
		}
	}
	return colon || len(l) <= 2
}
