"""HTML renderer: one standalone page for all records, the text highlighted, the tables below.

``--format html -o report.html`` writes a single self-contained file: inline CSS, a few lines
of inline JavaScript, no network access and no external asset, so the file can be mailed or
opened from a USB stick. Several inputs give one page with an index at the top linking to one
``<section id="doc-N">`` per document (N counts from 1 in input order); a single input gives the
same page without the index.

Each section shows the document text with every entity mention wrapped in
``<mark class="ent person" data-type="person" ...>`` (``organization``, ``location``, ``date``
likewise) and figures wrapped in ``<mark class="fig" data-type="figure" ...>``. ``data-*``
attributes carry the normalized values for scripts (``data-id``, ``data-roles``,
``data-expansion``, ``data-value``, ``data-unit`` ...); the ``title`` attribute carries the same
values for people, as ``key: value`` lines, which desktop browsers show on hover and the inline
script copies into a side panel (a bottom sheet on phones) on click or tap. Below the text come
the tables: people with roles and mentions, organizations with expansions, locations, dates
with ISO values, figures with value, unit, subject and action.

The nesting rule: entities never overlap each other; a figure is highlighted by its quantity
range (``quantity_start``/``quantity_end``, "220" in "cắt giảm 220 biên chế"), which seldom
touches an entity; when it does ("133" in the address "133 Nguyễn Huệ"), the entity keeps
the highlight and the figure shows only in the Figures table. The text is walked once, so the
page's text with the tags stripped and entities unescaped is exactly ``record["text"]``.

A record without ``"text"`` (extracted without ``include_text``) still gets its tables and a
note in place of the text; an error record gets one error line.
"""

from __future__ import annotations

import bisect
import html
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any, TextIO

from ..report import names_of, people_of
from . import format_value as number_text

ENTITY_TYPES = ("person", "organization", "location", "date")
TYPE_LABELS = {"person": "Person", "organization": "Organization", "location": "Location", "date": "Date",
               "figure": "Figure"}
DIRECTION_WORDS = {"+": "increase", "-": "decrease"}


@dataclass(frozen=True)
class Highlight:
    """One stretch of text to wrap in a ``<mark>``: its offsets and the opening tag."""

    start: int
    end: int
    tag: str


class Occupied:
    """Disjoint ranges of the text already highlighted, sorted, so overlap is one bisection."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def free(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` touches no range taken so far."""
        # ranges are disjoint and sorted, so their ends are sorted too: only the last range
        # starting before ``end`` can reach into ``[start, end)``
        i = bisect.bisect_left(self.starts, end)
        return i == 0 or self.ends[i - 1] <= start

    def take(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def esc(value: Any) -> str:
    """``value`` as text safe in HTML content and in double-quoted attributes."""
    return html.escape(str(value), quote=True)


def attributes(pairs: Iterable[tuple[str, Any]]) -> str:
    """`` name="value"`` pairs, escaped, leaving out values that are None or empty."""
    return "".join(f' {name}="{esc(value)}"' for name, value in pairs if value not in (None, "", []))


# ------------------------------------------------------------------------------ marks


def entity_tag(entity: dict[str, Any], mentions: Counter[str]) -> str:
    """The opening ``<mark>`` of one entity mention, its values as data attributes and title."""
    kind = entity["type"]
    lines = [TYPE_LABELS.get(kind, kind)]
    data: list[tuple[str, Any]] = [("data-type", kind)]
    if kind == "person":
        roles = "; ".join(entity.get("roles") or [])
        data += [("data-id", entity.get("id")), ("data-roles", roles)]
        lines += [f"id: {entity.get('id')}"] if entity.get("id") else []
        lines += [f"roles: {roles or '(none given)'}",
                  f"mentions: {mentions[entity.get('id') or entity['text']]}"]
    elif kind == "organization":
        data += [("data-expansion", entity.get("expansion")),
                 ("data-generic", "true" if entity.get("generic") else None)]
        lines += [f"expansion: {entity['expansion']}"] if entity.get("expansion") else []
        lines += ["generic: the mention does not say which one"] if entity.get("generic") else []
    elif kind == "date":
        data += [("data-value", entity.get("value")), ("data-pattern", entity.get("pattern")),
                 ("data-time", entity.get("time"))]
        lines.append(f"ISO: {date_text(entity)}")
        lines += [f"time: {entity['time']}"] if entity.get("time") else []
    return f'<mark class="ent {esc(kind)}"{attributes(data)} title="{esc(chr(10).join(lines))}" tabindex="0">'


def figure_tag(figure: dict[str, Any]) -> str:
    """The opening ``<mark>`` of one figure's quantity, its values as data attributes and title."""
    data = [("data-type", "figure"), ("data-value", figure.get("value")), ("data-unit", figure.get("unit")),
            ("data-subject", figure.get("subject")), ("data-action", figure.get("action")),
            ("data-direction", figure.get("direction")), ("data-qualifier", figure.get("qualifier")),
            ("data-phrase", figure.get("text"))]
    lines = ["Figure", f"value: {value_text(figure)}"]
    for key in ("unit", "subject", "action", "comparison"):
        if figure.get(key):
            lines.append(f"{key}: {figure[key]}")
    if figure.get("direction"):
        lines.append(f"direction: {DIRECTION_WORDS.get(figure['direction'], figure['direction'])}")
    lines.append(f"phrase: {figure['text']}")
    return f'<mark class="fig"{attributes(data)} title="{esc(chr(10).join(lines))}" tabindex="0">'


def highlights(record: dict[str, Any]) -> list[Highlight]:
    """Non-overlapping highlights sorted by start: every entity, then each figure quantity that
    touches no entity and no earlier figure (entities win; see the module docstring)."""
    size = len(record["text"])
    mentions = person_mentions(record)
    occupied = Occupied()
    chosen: list[Highlight] = []
    # entities first, whatever their position, so a figure starting before an entity never
    # pushes the entity out; offsets out of range or overlapping are skipped, never trusted
    for e in sorted(record["entities"], key=lambda e: e["start"]):
        if 0 <= e["start"] < e["end"] <= size and occupied.free(e["start"], e["end"]):
            occupied.take(e["start"], e["end"])
            chosen.append(Highlight(e["start"], e["end"], entity_tag(e, mentions)))
    for f in record["figures"]:
        start, end = f.get("quantity_start", f["start"]), f.get("quantity_end", f["end"])
        if 0 <= start < end <= size and occupied.free(start, end):
            occupied.take(start, end)
            chosen.append(Highlight(start, end, figure_tag(f)))
    return sorted(chosen, key=lambda h: h.start)


def marked_text(record: dict[str, Any]) -> str:
    """The document text, escaped, with its highlights wrapped in ``<mark>``, in one pass."""
    text = record["text"]
    parts: list[str] = []
    at = 0
    for h in highlights(record):
        parts += [esc(text[at:h.start]), h.tag, esc(text[h.start:h.end]), "</mark>"]
        at = h.end
    parts.append(esc(text[at:]))
    return "".join(parts)


# ------------------------------------------------------------------------------ values


def date_text(entity: dict[str, Any]) -> str:
    """A date's ISO value for people: "2018-01-31 (year inferred)", or why there is none."""
    if not entity.get("value"):
        return f"unknown year ({entity['pattern']})" if entity.get("pattern") else "unknown"
    return entity["value"] + (" (year inferred)" if entity.get("year_inferred") else "")


def value_text(figure: dict[str, Any]) -> str:
    """A figure's value as Vietnamese readers write it, with its qualifier ("hơn 1.200")."""
    value = figure.get("value")
    shown = "?" if value is None else number_text(value)
    if figure.get("value_max") is not None:
        shown += f"–{number_text(figure['value_max'])}"
    return f"{figure['qualifier']} {shown}" if figure.get("qualifier") else shown


def person_mentions(record: dict[str, Any]) -> Counter[str]:
    """Mentions per person, keyed by id (by text for a person without one)."""
    return Counter(e.get("id") or e["text"] for e in record["entities"] if e["type"] == "person")


# ------------------------------------------------------------------------------ tables


def cell(tag: str, content: str, numeric: bool) -> str:
    """One ``<th>`` or ``<td>``; numbers align right."""
    return f'<{tag} class="num">{content}</{tag}>' if numeric else f"<{tag}>{content}</{tag}>"


def table(title: str, headers: list[str], rows: list[list[str]], numeric: Collection[int] = ()) -> str:
    """One captioned table of already-escaped cells, scrollable sideways on a narrow screen."""
    if not rows:
        return ""
    head = "".join(cell("th", esc(h), i in numeric) for i, h in enumerate(headers))
    body = "".join("<tr>" + "".join(cell("td", c, i in numeric) for i, c in enumerate(row)) + "</tr>"
                   for row in rows)
    return (f'<div class="scroll"><table><caption>{esc(title)}</caption><thead><tr>{head}</tr></thead>'
            f"<tbody>{body}</tbody></table></div>")


def people_table(record: dict[str, Any]) -> str:
    """People: the longest name written for each id, its roles and its mention count."""
    cells = [[f'<b class="swatch person">{esc(p.name)}</b>', roles_list(p.roles), str(p.mentions)]
             for p in people_of(record["entities"])]
    return table("People", ["Name", "Roles", "Mentions"], cells, {2})


def roles_list(roles: list[str]) -> str:
    """Roles one per item: a long role wraps inside a narrow cell, so line breaks cannot separate them."""
    return '<ul class="roles">' + "".join(f"<li>{esc(r)}</li>" for r in roles) + "</ul>" if roles else ""


def named_table(record: dict[str, Any], kind: str, title: str, with_expansion: bool) -> str:
    """Organizations or locations: each name as written, (its expansion,) its mention count."""
    cells = []
    for name, n, expansion in names_of(record["entities"], kind):
        cells.append([f'<b class="swatch {kind}">{esc(name)}</b>']
                     + ([esc(expansion or "")] if with_expansion else []) + [str(n)])
    headers = ["Name"] + (["Expansion"] if with_expansion else []) + ["Mentions"]
    return table(title, headers, cells, {len(headers) - 1})


def dates_table(record: dict[str, Any]) -> str:
    """Dates: as written, ISO value, whether the year was written or inferred."""
    cells = [[esc(e["text"]), f"<b>{esc(e.get('value') or e.get('pattern') or '?')}</b>",
              "inferred" if e.get("year_inferred") else "written"]
             for e in record["entities"] if e["type"] == "date"]
    return table("Dates", ["As written", "ISO value", "Year"], cells)


def figures_table(record: dict[str, Any]) -> str:
    """Figures: value, unit, what it counts, what happened to it, and the phrase."""
    cells = []
    for f in record["figures"]:
        action = (f.get("action") or "") + (f" ({f['direction']})" if f.get("direction") else "")
        cells.append([f"<b>{esc(value_text(f))}</b>", esc(f.get("unit") or ""), esc(f.get("subject") or ""),
                      esc(action), f'<span class="phrase">{esc(f["text"])}</span>'])
    return table("Figures", ["Value", "Unit", "Subject", "Action", "Phrase"], cells, {0})


def abbreviations_table(record: dict[str, Any]) -> str:
    cells = [[f"<b>{esc(a['short'])}</b>", esc(a["long"])] for a in record.get("abbreviations") or []]
    return table("Abbreviations", ["Short", "Long"], cells)


# ------------------------------------------------------------------------------ page


def heading(record: dict[str, Any], limit: int = 90) -> str:
    """What a document is called on the page: its title, or its source when it has none.

    News texts often have no title line, so their "title" is the whole first paragraph: it is
    cut at a word before ``limit`` characters (the text below still shows it in full).

    >>> heading({"source": "a.txt", "title": "một hai ba bốn"}, limit=9)
    'một hai…'
    """
    title = record.get("title") or record["source"]
    if len(title) <= limit:
        return title
    cut = title[:limit].rsplit(" ", 1)[0] or title[:limit]
    return cut.rstrip(" ,;:.-") + "…"


def subtitle(record: dict[str, Any]) -> str:
    bits = [record["source"]]
    if record.get("reference_date"):
        how = record.get("reference_source")
        bits.append(f"reference date {record['reference_date']}" + (f" ({how})" if how else ""))
    if record.get("encoding"):
        bits.append(record["encoding"])
    return " · ".join(bits)


def section(record: dict[str, Any], number: int) -> str:
    """One document's ``<section id="doc-N">``: heading, highlighted text, tables (or its error)."""
    top = f'<section id="doc-{number}"><h2>{esc(heading(record))}</h2><p class="meta">{esc(subtitle(record))}</p>'
    if "error" in record:
        return top + f'<p class="error" role="alert">error: {esc(record["error"])}</p></section>'
    if "text" in record:
        body = f'<div class="doc-text" lang="vi">{marked_text(record)}</div>'
    else:
        body = '<p class="note">The document text was not included (extract with include_text).</p>'
    tables = "".join([people_table(record), named_table(record, "organization", "Organizations", True),
                      named_table(record, "location", "Locations", False), dates_table(record),
                      figures_table(record), abbreviations_table(record)])
    return f'{top}{body}<div class="tables">{tables}</div></section>'


def counts_text(record: dict[str, Any]) -> str:
    """The index line's summary: "3 people · 5 organizations · ... · 4 figures", or "error"."""
    if "error" in record:
        return "error"
    kinds = Counter(e["type"] for e in record["entities"])
    plural = {"person": "people", "organization": "organizations", "location": "locations", "date": "dates"}
    bits = [f"{kinds[k]} {plural[k] if kinds[k] != 1 else k}" for k in ENTITY_TYPES if kinds[k]]
    n = len(record["figures"])
    bits += [f"{n} figure{'s' if n != 1 else ''}"] if n else []
    return " · ".join(bits) or "nothing found"


def index(records: list[dict[str, Any]]) -> str:
    """Links to every section, shown only when the page holds several documents."""
    if len(records) < 2:
        return ""
    items = "".join(
        f'<li class="{"failed" if "error" in r else "done"}"><a href="#doc-{i}">{esc(heading(r))}</a> '
        f'<span class="meta">{esc(r["source"])} · {esc(counts_text(r))}</span></li>'
        for i, r in enumerate(records, 1))
    return f'<nav class="index" aria-label="Documents"><h2>{len(records)} documents</h2><ol>{items}</ol></nav>'


def legend() -> str:
    marks = "".join(
        f'<li><mark class="{"fig" if kind == "figure" else "ent " + kind}">{label}</mark></li>'
        for kind, label in TYPE_LABELS.items())
    return f'<ul class="legend" aria-label="Legend">{marks}</ul>'


def page_title(records: list[dict[str, Any]]) -> str:
    if len(records) == 1:
        return f"vnreport: {heading(records[0])}"
    return f"vnreport: {len(records)} documents"


def page(records: list[dict[str, Any]]) -> str:
    """The whole standalone HTML page for ``records`` (the JSON objects, with ``"text"``).

    >>> page([{"schema": "vnreport/1", "source": "x.txt", "error": "x.txt: binary file"}]).count('<section')
    1
    """
    sections = "".join(section(r, i) for i, r in enumerate(records, 1))
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="vnreport">\n'
        f"<title>{esc(page_title(records))}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"<header><h1>vnreport</h1>{legend()}"
        '<p class="hint">Hover, click or tap a highlight to see its values.</p></header>\n'
        '<aside class="panel" id="panel" aria-live="polite"><button type="button" class="close" '
        'aria-label="Close">×</button><h2>Details</h2><p class="hint">Click or tap a highlight.</p>'
        "<dl></dl></aside>\n"
        f"<main>{index(records)}{sections}</main>\n<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )


def write_html(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    """Write :func:`page` for ``records`` to ``out``; it needs them all (the index comes first)."""
    out.write(page(list(records)))


# The colours pass WCAG AA for black text; each type also has its own underline, so the
# highlights stay distinct in greyscale print and for colour-blind readers.
STYLE = """
:root{--person:#ffd6a5;--organization:#bde0fe;--location:#caffbf;--date:#e7c6ff;--figure:#fdffb6;
--ink:#1b1b1b;--muted:#5b5b5b;--line:#d0d0d0;--bg:#fff;--panel:#f6f6f6}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);
background:var(--bg);-webkit-text-size-adjust:100%}
header,main{padding:0 1rem;max-width:52rem}
h1{font-size:1.25rem;margin:1rem 0 .5rem;overflow-wrap:anywhere}
h2{font-size:1.15rem;margin:1.5rem 0 .25rem;overflow-wrap:anywhere}
.meta,.hint,.note{color:var(--muted);font-size:.875rem;margin:.25rem 0}
.legend mark{cursor:default}
.legend{list-style:none;display:flex;flex-wrap:wrap;gap:.4rem;padding:0;margin:.5rem 0}
.index ol{padding-left:1.5rem}.index li{margin:.5rem 0}.index .meta{display:block;margin:0}
.index .failed a{color:#a00}
section{border-top:2px solid var(--line);margin-top:1.5rem}
.doc-text{white-space:pre-wrap;overflow-wrap:anywhere;margin:1rem 0;line-height:1.8}
mark{color:inherit;border-radius:3px;padding:0 .12em;cursor:pointer;border-bottom:2px solid #0005}
mark.person{background:var(--person)}
mark.organization{background:var(--organization);border-bottom-style:double;border-bottom-width:3px}
mark.location{background:var(--location);border-bottom-style:dotted}
mark.date{background:var(--date);border-bottom-style:dashed}
mark.fig{background:var(--figure);border-bottom:2px solid #b59b00;font-weight:600}
mark:focus,mark:hover{outline:2px solid #000a;outline-offset:1px}
mark.same{outline:2px solid #c45c00}
.swatch{padding:0 .2em;border-radius:3px}
.swatch.person{background:var(--person)}.swatch.organization{background:var(--organization)}
.swatch.location{background:var(--location)}
.scroll{overflow-x:auto;margin:1rem 0}
table{border-collapse:collapse;width:100%;font-size:.9rem}
caption{text-align:left;font-weight:700;padding:.25rem 0}
th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:var(--panel)}.num{text-align:right;white-space:nowrap}
.phrase{color:var(--muted)}
.roles{margin:0;padding-left:1rem}.roles li{margin-bottom:.2rem}
.error{color:#a00;background:#fff0f0;border-left:4px solid #a00;padding:.5rem .75rem}
.panel{position:fixed;left:0;right:0;bottom:0;max-height:45vh;overflow:auto;background:var(--panel);
border-top:2px solid var(--line);padding:.5rem 1rem 1rem;transform:translateY(100%);transition:transform .15s;
box-shadow:0 -2px 8px #0002}
.panel.open{transform:none}
.panel h2{margin:.25rem 2rem .5rem 0}.panel dl{margin:0}
.panel dt{font-weight:700;font-size:.8rem;color:var(--muted);text-transform:uppercase}
.panel dd{margin:0 0 .4rem}
.close{position:absolute;right:.5rem;top:.4rem;font-size:1.5rem;background:none;border:0;cursor:pointer}
@media (min-width:64rem){
body{display:grid;grid-template-columns:minmax(0,52rem) 20rem;column-gap:2rem}
header{grid-column:1}main{grid-column:1;grid-row:2}
.panel{grid-column:2;grid-row:1/span 2;position:sticky;top:1rem;align-self:start;transform:none;
max-height:calc(100vh - 2rem);border:1px solid var(--line);border-radius:6px;margin-top:1rem;box-shadow:none}
.close{display:none}
}
@media print{.panel,.hint{display:none}}
"""

# The title's first line is the type, the others "key: value"; the panel shows them as a list,
# so phones (no hover) see what desktop tooltips show. Mentions of the same person in the same
# section are outlined together. textContent only: no record text is ever parsed as HTML.
SCRIPT = """
(function(){
var panel=document.getElementById('panel'),list=panel.querySelector('dl'),head=panel.querySelector('h2'),
hint=panel.querySelector('.hint');
function show(m){
var lines=(m.getAttribute('title')||'').split('\\n');
head.textContent=m.textContent+' \\u00b7 '+lines[0];list.textContent='';hint.hidden=true;
lines.slice(1).forEach(function(line){var i=line.indexOf(': ');
var dt=document.createElement('dt'),dd=document.createElement('dd');
dt.textContent=line.slice(0,i);dd.textContent=line.slice(i+2);list.append(dt,dd);});
document.querySelectorAll('mark.same').forEach(function(x){x.classList.remove('same');});
var id=m.getAttribute('data-id'),sec=m.closest('section');
if(id&&sec){sec.querySelectorAll('mark[data-id]').forEach(function(x){
if(x.getAttribute('data-id')===id){x.classList.add('same');}});}
panel.classList.add('open');}
document.addEventListener('click',function(e){var m=e.target.closest('.doc-text mark[data-type]');
if(m){show(m);}});
document.addEventListener('keydown',function(e){
if(e.key==='Enter'&&e.target.matches('.doc-text mark')){show(e.target);}
if(e.key==='Escape'){panel.classList.remove('open');}});
panel.querySelector('.close').addEventListener('click',function(){panel.classList.remove('open');});
})();
"""
