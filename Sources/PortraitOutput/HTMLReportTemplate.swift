import PortraitText
import PortraitStore

/// The HTML report's page as a Mustache template (rendered by hummingbird-project/swift-mustache, which
/// escapes every `{{value}}` for HTML: `& < > " '`), with its inline style sheet. No script, no external
/// resource: a Content-Security-Policy forbids both as a second wall. The page is cut in two around the
/// rows of initiatives, which are written in between without a dictionary per row (`HTMLReportRows`).
enum HTMLReportTemplate {
    /// The page up to the rows of initiatives.
    static let head = #"""
<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'none'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="portrait">
<title>{{pageTitle}}</title>
<style>
{{{style}}}
</style>
</head>
<body>
<header>
<h1>{{heading}}</h1>
<p class="editions">{{editions}}</p>
{{#hasSampleNotice}}
<p class="notice" role="note">{{sampleNotice}}</p>
{{/hasSampleNotice}}
<p class="selection">{{selection}}</p>
{{#hasCommand}}
<p class="command">{{commandLabel}} <code>{{command}}</code></p>
{{/hasCommand}}
</header>
<main>
<section aria-labelledby="totals">
<h2 id="totals">{{totalsHeading}}</h2>
<table class="totals">
<thead><tr><td></td>{{#totalColumns}}<th scope="col">{{.}}</th>{{/totalColumns}}</tr></thead>
<tbody>
{{#totals}}
<tr><th scope="row">{{label}}</th>{{#cells}}<td class="n">{{.}}</td>{{/cells}}</tr>
{{/totals}}
</tbody>
</table>
</section>
{{#hasCharts}}
<section class="charts" aria-labelledby="charts">
<h2 id="charts">{{chartsHeading}}</h2>
{{#legend}}
<p class="legend"><svg class="key" width="28" height="12" viewBox="0 0 28 12" aria-hidden="true"><rect class="old" x="0.5" y="0.5" width="27" height="11"/></svg> {{old}} <svg class="key" width="28" height="12" viewBox="0 0 28 12" aria-hidden="true"><rect class="new" x="0.5" y="0.5" width="27" height="11"/></svg> {{new}}</p>
{{/legend}}
{{#charts}}
<figure class="chart" aria-labelledby="{{id}}-caption">
<figcaption id="{{id}}-caption"><h3>{{title}}</h3></figcaption>
<svg role="img" aria-labelledby="{{id}}-title" viewBox="0 0 {{width}} {{height}}" width="{{width}}" height="{{height}}" xmlns="http://www.w3.org/2000/svg">
<title id="{{id}}-title">{{description}}</title>
{{#items}}
<text class="label" x="0" y="{{labelY}}">{{label}}</text>
{{#bars}}
<rect class="{{kind}}" x="0.5" y="{{y}}" width="{{width}}" height="{{height}}"/>
<text class="count" x="{{textX}}" y="{{textY}}">{{text}}</text>
{{/bars}}
{{/items}}
</svg>
<table class="figures">
<thead><tr>{{#columns}}<th scope="col">{{.}}</th>{{/columns}}</tr></thead>
<tbody>
{{#items}}
<tr><th scope="row">{{label}}</th>{{#cells}}<td class="n">{{.}}</td>{{/cells}}</tr>
{{/items}}
</tbody>
</table>
</figure>
{{/charts}}
</section>
{{/hasCharts}}
<section class="initiatives" aria-labelledby="initiatives">
<h2 id="initiatives">{{initiativesHeading}}</h2>
{{#hasRows}}
<table class="rows">
<caption>{{initiativesCaption}}</caption>
<thead><tr>{{#titles}}<th scope="col">{{.}}</th>{{/titles}}</tr></thead>
<tbody>
{{/hasRows}}

"""#

    /// The page after the rows of initiatives (`HTMLReportRows` writes them between `head` and `tail`).
    static let tail = #"""
{{#hasRows}}
</tbody>
</table>
{{/hasRows}}
{{^hasRows}}
<p>{{noInitiatives}}</p>
{{/hasRows}}
</section>
{{#hasDefinitions}}
<section class="definitions" aria-labelledby="definitions">
<h2 id="definitions">{{definitionsHeading}}</h2>
{{#definitionGroups}}
<h3>{{title}}</h3>
<dl>
{{#terms}}
<dt>{{term}}</dt>
<dd>{{definition}}</dd>
{{/terms}}
</dl>
{{/definitionGroups}}
</section>
{{/hasDefinitions}}
</main>
<footer aria-labelledby="source">
<h2 id="source">{{sourceHeading}}</h2>
{{#sources}}
<p>{{line}}{{#hasLicence}} <a href="{{licenceURL}}" rel="license">{{licence}}</a>{{/hasLicence}}{{#origin}} — {{origin}}{{/origin}}.</p>
{{/sources}}
<p class="made">{{generatedBy}}</p>
</footer>
</body>
</html>

"""#

    static let style = """
    :root { color-scheme: light; --ink: #1b1b1b; --muted: #555; --rule: #c8c8c8; --bar: #1f4e79; --bar-light: #ffffff; }
    * { box-sizing: border-box; }
    body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink);
           background: #fff; margin: 0 auto; padding: 1.5rem 2rem 3rem; max-width: 72rem; }
    h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
    h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; }
    h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
    p { margin: .4rem 0; }
    .editions { color: var(--muted); font-weight: 600; }
    .notice { border: 2px solid var(--ink); padding: .5rem .75rem; font-weight: 600; }
    .notice::before { content: "⚠ "; }
    code { font: .9em/1.4 ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; background: #f3f3f3; padding: .1rem .3rem;
           overflow-wrap: break-word; }
    table { border-collapse: collapse; margin: .5rem 0 1rem; }
    th, td { border-bottom: 1px solid var(--rule); padding: .3rem .5rem; text-align: left; vertical-align: top; }
    thead th { border-bottom: 2px solid var(--ink); }
    td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    table.rows { width: 100%; font-size: .85rem; }
    table.rows caption { text-align: left; color: var(--muted); padding-bottom: .3rem; caption-side: top; }
    table.rows td, table.rows th[scope="row"] { white-space: pre-line; overflow-wrap: break-word; }
    table.rows th[scope="row"] { font-weight: 600; }
    figure.chart { margin: 0 0 1.5rem; break-inside: avoid; }
    figure.chart svg { max-width: 100%; height: auto; display: block; }
    svg text { font: 12px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: var(--ink); }
    svg rect.one, svg rect.new { fill: var(--bar); }
    svg rect.old { fill: var(--bar-light); stroke: var(--bar); stroke-width: 1; }
    .legend svg { vertical-align: middle; }
    .legend rect.old { fill: var(--bar-light); stroke: var(--bar); }
    .legend rect.new { fill: var(--bar); }
    dt { font-weight: 600; margin-top: .5rem; }
    dd { margin: .1rem 0 0 1.25rem; }
    footer { margin-top: 2rem; font-size: .9rem; }
    footer .made { color: var(--muted); }
    a { color: var(--bar); }
    @page { size: auto; margin: 14mm 12mm; }
    @media print {
      body { padding: 0; max-width: none; font-size: 10.5pt; }
      thead { display: table-header-group; }
      tr { break-inside: avoid; }
      h2, h3 { break-after: avoid; }
      a { color: inherit; }
    }
    """
}
