// Package seeds carries the built-in seed articles into the binary, so that
// `briefing` with no arguments works from any folder.
package seeds

import "embed"

// FS holds the seed articles at its root, named as on disk.
//
//go:embed *.txt
var FS embed.FS
