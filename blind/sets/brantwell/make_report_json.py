"""Author-side: turn report_source.txt into report.json (texts) and render.json (footnote call positions).
Pages are filled in afterwards by fill_pages.py from the rendered PDF."""
import json, re
src = open('report_source.txt', encoding='utf-8').read().splitlines()
def typo(t):
    return t.replace("'", "’")
places = []; fn_texts = {}; anchors = []; order = []
chapter = None; heading = None; chap_no = 0; sec_no = 0; par_no = 0
structure = []  # for build: sequence of items
title = None; rec_no = 0; annex_no = 0; mode = None
def add_place(label, kind, text, extra=None):
    raw = typo(text)
    clean = ''
    pos = 0
    for m in re.finditer(r'\[\^(\w+)\]', raw):
        clean += raw[pos:m.start()]
        anchors.append({'label': label, 'offset': len(clean), 'key': m.group(1)})
        order.append(m.group(1))
        pos = m.end()
    clean += raw[pos:]
    p = {'label': label, 'kind': kind, 'chapter': chapter, 'heading': heading, 'page': None, 'text': clean}
    places.append(p)
    structure.append(dict({'type': 'place', 'label': label}, **(extra or {})))
for line in src:
    if not line.strip():
        continue
    tag, _, rest = line.partition(' ')
    if tag == 'TITLE':
        title = rest
    elif tag == 'FOREWORD':
        chapter = 'Foreword'; heading = None
        add_place('foreword', 'foreword', rest)
    elif tag == 'CHAPTER':
        n, t = rest.split('|')
        chap_no = int(n); sec_no = 0; chapter = f'{n} {t}'; heading = None
        structure.append({'type': 'chapter', 'number': n, 'title': t})
    elif tag == 'SECTION':
        sec_no += 1; par_no = 0; heading = rest
        structure.append({'type': 'section', 'number': f'{chap_no}.{sec_no}', 'title': rest})
    elif tag == 'P':
        par_no += 1
        add_place(f'{chap_no}.{sec_no}.{par_no}', 'paragraph', rest)
    elif tag == 'TABLE':
        parts = rest.split('|', 2)
        label, caption = parts[0], parts[1]
        rows = [r.split('|') for r in parts[2].split(';;')]
        rows = [[typo(c) for c in r] for r in rows]
        text = ' '.join(c for r in rows for c in r)
        places.append({'label': label, 'kind': 'table', 'chapter': chapter, 'heading': heading, 'page': None, 'text': text})
        structure.append({'type': 'table', 'label': label, 'caption': caption, 'rows': rows})
    elif line == 'RECS':
        chapter = 'Recommendations'; heading = None
        structure.append({'type': 'chapter', 'number': '', 'title': 'Recommendations'})
    elif tag == 'R':
        rec_no += 1
        add_place(f'R{rec_no}', 'recommendation', rest, {'display': f'Recommendation {rec_no}'})
    elif tag == 'ANNEX':
        n, t = rest.split('|'); chapter = f'Annex {n}: {t}'; heading = None
        structure.append({'type': 'chapter', 'number': f'Annex {n}:', 'title': t})
    elif tag == 'A':
        annex_no += 1
        add_place(f'A.{annex_no}', 'annex', rest)
    elif line == 'FOOTNOTES':
        mode = 'fn'
    elif mode == 'fn':
        k, t = line.split('|', 1); fn_texts[k] = typo(t)
footnotes = []
for i, k in enumerate(order, 1):
    footnotes.append({'number': i, 'page': None, 'text': fn_texts[k]})
    for a in anchors:
        if a['key'] == k: a['number'] = i
report = {'title': title, 'kind': 'report', 'file': 'report.pdf', 'producer': 'pdflatex',
          'numbering': 'three-level', 'page_offset': None,
          'furniture': [title, 'Foreword', 'Contents'] + [s['number'] + ' ' + s['title'] if s['number'] else s['title'] for s in structure if s['type'] == 'chapter'] + ['i', 'ii', 'iii', 'iv'] + [str(i) for i in range(1, 23)],
          'places': places, 'footnotes': footnotes}
json.dump(report, open('report.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
json.dump({'footnote_anchors': anchors, 'structure': structure}, open('render.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(places), 'places', len(footnotes), 'footnotes')
