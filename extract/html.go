package extract

import (
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// readHTML takes the article out of an HTML page: its readable body as plain paragraphs
// separated by blank lines, its title and, when the page gives one, its publication date.
func readHTML(a *Article, page string) error {
	art, err := readability.FromReader(strings.NewReader(page), nil)
	if err != nil {
		return err
	}
	a.Title = strings.TrimSpace(art.Title())
	if t, err := art.PublishedTime(); err == nil && !t.IsZero() {
		a.Published = t.Format("2006-01-02")
	}
	if art.SiteName() != "" {
		a.Outlet = art.SiteName()
	}
	if art.Node == nil {
		return nil
	}
	var paras []string
	var cur strings.Builder
	flush := func() {
		p := strings.Join(strings.Fields(cur.String()), " ")
		if p != "" {
			paras = append(paras, p)
		}
		cur.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template", "figure", "figcaption", "nav", "aside", "footer":
				return
			}
		}
		block := n.Type == html.ElementNode && blockElements[n.Data]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	walk(art.Node)
	flush()
	a.Body = strings.Join(paras, "\n\n")
	return nil
}

var blockElements = map[string]bool{
	"p": true, "div": true, "br": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true,
	"h6": true, "li": true, "ul": true, "ol": true, "blockquote": true, "pre": true, "tr": true,
	"table": true, "section": true, "article": true, "header": true, "dd": true, "dt": true,
	"hr": true, "main": true,
}
