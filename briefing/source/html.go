package source

// htmlPieces extracts the article text of an HTML file (placeholder: treated as text).
func htmlPieces(raw []byte, meta *metaInfo) ([]piece, int) {
	return textPieces(raw, false)
}
