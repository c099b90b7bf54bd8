package actors

import "slices"

// roleIndex lists who holds each role, so that resolving the offices a
// corpus names ("the Russian president") needs no pass over every entity
// for each. Lists are in entity order, as a pass would meet them.
type roleIndex struct {
	people map[[2]string][]int // {title, country} -> the people with such a role
	bare   map[string][]int    // title -> the entities with it bare (no country, no affiliation)
}

// indexRoles builds b.roles from the roles seen so far; later ones are
// added with addRole.
func (b *builder) indexRoles() {
	b.roles = &roleIndex{people: map[[2]string][]int{}, bare: map[string][]int{}}
	for i, e := range b.ents {
		for _, rc := range e.roles {
			b.roles.note(i, e, rc.key)
		}
	}
}

// note records that entity i (e) holds role rk.
func (x *roleIndex) note(i int, e *entity, rk roleKey) {
	if e.kind == "person" {
		k := [2]string{rk.title, rk.country}
		if at, found := slices.BinarySearch(x.people[k], i); !found {
			x.people[k] = slices.Insert(x.people[k], at, i)
		}
	}
	if rk.country == "" && rk.affil == "" {
		if at, found := slices.BinarySearch(x.bare[rk.title], i); !found {
			x.bare[rk.title] = slices.Insert(x.bare[rk.title], at, i)
		}
	}
}

// addRole counts a role of entity i, keeping the index up to date.
func (b *builder) addRole(i int, rk roleKey) {
	b.ents[i].countRole(rk)
	if b.roles != nil {
		b.roles.note(i, b.ents[i], rk)
	}
}

// byRole finds the person whose title and country match, preferring one
// named in document d.
func (b *builder) byRole(d int, title, a2 string) int {
	if b.roles == nil {
		b.indexRoles()
	}
	found := -1
	for _, i := range b.roles.people[[2]string{title, a2}] {
		if b.ents[i].inDoc(d) {
			return i
		}
		if found < 0 {
			found = i
		}
	}
	return found
}

// bareTitle finds the one person of document d who holds title with no
// country known for it, or -1.
func (b *builder) bareTitle(d int, title string) int {
	if b.roles == nil {
		b.indexRoles()
	}
	// With many bare "President"s in the material the guess is unsafe.
	holders := b.roles.bare[title]
	if len(holders) > 2 {
		return -1
	}
	found := -1
	for _, i := range holders {
		e := b.ents[i]
		if e.kind != "person" || !e.inDoc(d) {
			continue
		}
		other := false
		for _, rc := range e.roles {
			if rk := rc.key; rk.title == title && (rk.country != "" || rk.affil != "") {
				other = true
			}
		}
		if !other {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}
