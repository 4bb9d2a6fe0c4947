#!/usr/bin/env python3
"""Checks sample-world.json against the articles in Articles/.

Run from the repository root:  python3 Tests/NewsCoreTests/Fixtures/check-sample-world.py
Exits non-zero when the ground truth and the articles disagree. It reads the raw files, which
keep every paragraph on one line, so quote texts can be matched verbatim.
"""
import collections, glob, html, json, os, re, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..')
ARTICLES = os.path.normpath(os.path.join(ROOT, 'Articles'))
WORLD = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sample-world.json')

STYLES = {"straight", "curly", "nested", "multi_paragraph", "scare", "said_after", "inverted", "appositive",
          "pronoun", "continuation", "according_to", "told_reporters", "asked", "institution"}


def body(text):
    """The article text: the file without its front matter, but with a front-matter title
    (which becomes the headline) kept as the first line."""
    if text.startswith('---\n'):
        end = text.find('\n---\n', 4)
        if end >= 0:
            title = re.search(r'^title:[ \t]*(.*)$', text[4:end], flags=re.M)
            return (title.group(1).strip() + '\n\n' if title else '') + text[end + 5:]
    return text


def page_text(markup):
    """A saved web page's article: the text of its <article> element, without scripts, styles
    or tags, entities decoded (the page around the article is furniture Byline drops)."""
    m = re.search(r'<article\b.*?</article>', markup, flags=re.S)
    part = m.group(0) if m else markup
    part = re.sub(r'<(script|style)\b.*?</\1>', ' ', part, flags=re.S)
    part = re.sub(r'<[^>]+>', ' ', part)
    return html.unescape(part)


def main():
    world = json.load(open(WORLD, encoding='utf-8'))
    paths = sorted(os.path.relpath(p, ARTICLES) for p in glob.glob(ARTICLES + '/**/*', recursive=True)
                   if p.endswith(('.txt', '.md', '.html')))
    raw = {p: open(os.path.join(ARTICLES, p), encoding='utf-8').read() for p in paths}
    raw = {p: page_text(t) if p.endswith('.html') else t for p, t in raw.items()}
    errors, warnings = [], []

    for p, t in raw.items():
        data = open(os.path.join(ARTICLES, p), 'rb').read()
        if data.startswith(b'\xef\xbb\xbf') or b'\r' in data:
            errors.append(f'{p}: BOM or CR found (files must be LF, UTF-8, no BOM)')
        if not re.match(r'^((city|port|sport|business|politics|health)/2026-\d\d-\d\d-[a-z0-9-]+\.(txt|md)'
                        r'|web/2026-\d\d-\d\d-[a-z0-9-]+\.html)$', p):
            errors.append(f'{p}: unexpected file name')

    for kind in ('people', 'organizations', 'places'):
        for e in world[kind]:
            arts = e['articles']
            for a in arts:
                if a not in raw:
                    errors.append(f'{kind}: {e["name"]}: unknown article {a}')
            present = [a for a in arts if a in raw]
            forms = e['forms'] + e.get('titled_forms', [])
            for f in forms:
                if not any(f in raw[a] for a in present):
                    errors.append(f'{kind}: {e["name"]}: form {f!r} occurs in none of its articles')
            for f in e.get('descriptive_forms', []):
                if not any(f.lower() in raw[a].lower() for a in present):
                    errors.append(f'{kind}: {e["name"]}: descriptive form {f!r} occurs in none of its articles')
            for a in present:
                text = body(raw[a])
                if not any(f in text for f in forms) and \
                        not any(f.lower() in text.lower() for f in e.get('descriptive_forms', [])):
                    errors.append(f'{kind}: {e["name"]}: no form of it occurs in the text of {a}')

    names = {e['name'] for e in world['people']} | {e['name'] for e in world['organizations']}
    photographers = {e['name'] for e in world['people'] if e.get('role') == 'photographer'}
    per_article = collections.Counter()
    for q in world['quotes']:
        a = q['article']
        if a not in raw:
            errors.append(f'quote in unknown article {a}'); continue
        per_article[a] += 1
        if q['text'] not in raw[a]:
            errors.append(f'{a}: quote text not found verbatim: {q["text"][:70]!r}')
        if q['speaker'] is not None and q['speaker'] not in names:
            errors.append(f'{a}: unknown speaker {q["speaker"]!r}')
        if q['speaker'] in photographers:
            errors.append(f'{a}: a photographer is given words: {q["speaker"]}')
        if q['speaker_as_written'] is not None and q['speaker_as_written'] not in raw[a]:
            errors.append(f'{a}: speaker_as_written {q["speaker_as_written"]!r} not found')
        if q['kind'] not in ('direct', 'partial'):
            errors.append(f'{a}: bad kind {q["kind"]!r}')
        if q['style'] not in STYLES:
            errors.append(f'{a}: bad style {q["style"]!r}')
        if 'inner_text' in q and q['inner_text'] not in q['text']:
            errors.append(f'{a}: inner_text not inside its quote')
    for n in world['not_quotes']:
        per_article[n['article']] += 1
        if n['text'] not in raw.get(n['article'], ''):
            errors.append(f'{n["article"]}: not_quote {n["text"]!r} not found')

    # Every opening double quotation mark in an article is one quote or one not_quote.
    for p in paths:
        t = body(raw[p])
        opens = t.count('“') + len(re.findall(r'(?:^|(?<=[\s(\[—–]))"', t, flags=re.M))
        if opens != per_article[p]:
            errors.append(f'{p}: {opens} opening double quotation marks but {per_article[p]} quotes and not_quotes')

    people = world['people']
    n2 = sum(1 for e in people if len(e['articles']) >= 2)
    n3 = sum(1 for e in people if len(e['articles']) >= 3)
    styles = collections.Counter(q['style'] for q in world['quotes'])
    print(f'{len(paths)} articles, {len(people)} people ({n2} in 2+ articles, {n3} in 3+), '
          f'{len(world["organizations"])} organisations, {len(world["places"])} places, '
          f'{len(world["quotes"])} quotes, {len(world["not_quotes"])} not-quotes')
    print('quotes by style:', dict(sorted(styles.items())))
    for w in warnings:
        print('warning:', w)
    for e in errors:
        print('error:', e)
    if len(paths) < 34 or n2 < 15 or n3 < 8:
        errors.append('corpus is below the agreed minimum size')
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
