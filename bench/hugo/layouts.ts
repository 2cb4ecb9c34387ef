/**
 * The Hugo reference site's configuration and templates: the same pages as the plain Astro baseline (bench/baseline):
 * one page per article (its Markdown rendered, with links to whom it names), and one per person and organisation
 * listing the articles that name them, newest first. People and organisations are Hugo taxonomies, so Hugo itself
 * collects the articles naming each, as the baseline's named-in.ts does. Kept as text here, not as .html files,
 * because Go templates are not HTML that the repository's formatter can read.
 */

/** hugo.toml: only the article, person and organisation pages; no home, section lists, feeds or sitemap. */
export const HUGO_CONFIG = `baseURL = "http://127.0.0.1/"
languageCode = "en"
title = "Hugo reference"
disableKinds = ["home", "section", "taxonomy", "RSS", "sitemap", "robotsTXT", "404"]
# Disabling "taxonomy" (the list of every term) is meant: each term's own page stays.
ignoreErrors = ["error-disable-taxonomy"]

[taxonomies]
person = "people"
organisation = "organisations"
`;

const links = `<ul>
      {{ range .Params.people }}<li><a href="/people/{{ . }}/">{{ . }}</a></li>{{ end }}
      {{ range .Params.organisations }}<li><a href="/organisations/{{ . }}/">{{ . }}</a></li>{{ end }}
    </ul>`;

const articleList = `<ol>
      {{ range .Pages.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> ({{ .Date.Format "2006-01-02" }})</li>
      {{ end }}
    </ol>`;

const page = (body: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>{{ .Title }}</title>
  </head>
  <body>
    <h1>{{ .Title }}</h1>
    ${body}
  </body>
</html>
`;

/** Template files by path under layouts/. */
export const HUGO_LAYOUTS: Readonly<Record<string, string>> = {
  'articles/single.html': page(`<p>{{ .Date.Format "2006-01-02" }}</p>
    {{ .Content }}
    ${links}`),
  'people/term.html': page(`<p>{{ .Params.description }}</p>
    <ul>{{ range .Params.roles }}<li>{{ .title }}</li>{{ end }}</ul>
    ${articleList}`),
  'organisations/term.html': page(`<p>{{ .Params.kind }}: {{ .Params.description }}</p>
    ${articleList}`),
};
