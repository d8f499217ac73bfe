"""Check report.json/letter.json texts and all quote/claim source words against pdftotext of the renderings."""
import json, re, subprocess, unicodedata, glob
def pages(pdf):
    n = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout).group(1))
    return [subprocess.run(['pdftotext', '-f', str(i), '-l', str(i), pdf, '-'], capture_output=True, text=True).stdout for i in range(1, n + 1)]
def N(t, pdf=False):
    t = unicodedata.normalize('NFKC', t)
    if pdf:
        t = re.sub(r'(?:(?<=[a-z”"’])|(?<=[a-z]\.)|(?<=[a-z]”\.))\d(?=\s)', '', t)
    t = re.sub('[‘’]', "'", t); t = re.sub('[“”]', '"', t)
    t = t.replace('\n\n\'', ' ')
    t = t.replace('-', '').replace('–', ' ')
    return re.sub(r'\s+', ' ', t).strip().lower()
bad = 0
for js in ['report.json', 'letter.json']:
    rep = json.load(open(js, encoding='utf-8'))
    pg = pages(rep['file'])
    furn = set(rep['furniture'])
    fnt = ' '.join(f['text'] for f in rep['footnotes'])
    def body_lines(page):
        out = []
        for ln in page.split('\n'):
            x = ln.strip()
            if not x or x in furn or x.startswith(rep['title']) or re.fullmatch(r'\d+|[ivx]+', x) or (len(x) > 8 and x in fnt):
                continue
            out.append(ln)
        return '\n'.join(out)
    full = N(re.sub(r'-\n', '-', '\n'.join(body_lines(p) for p in pg)), True)
    for p in rep['places']:
        w = p['text'].split()
        # chunks of 6 words
        for i in range(0, len(w), 6):
            ch = N(' '.join(w[i:i + 6]))
            if ch not in full:
                print(js, p['label'], 'CHUNK NOT FOUND:', ch); bad += 1
        first = N(' '.join(w[:4]))
        if first not in N(pg[p['page'] - 1], True):
            print(js, p['label'], 'not starting on page', p['page']); bad += 1
    for f in rep['footnotes']:
        if N(f['text']) not in N(pg[f['page'] - 1], True):
            print('footnote', f['number'], 'not on page', f['page']); bad += 1
    globals()[js.split('.')[0] + '_pages'] = pg
    globals()[js.split('.')[0] + '_full'] = full
RP = {p['label']: p for p in json.load(open('report.json'))['places']}
LP = {p['label']: p for p in json.load(open('letter.json'))['places']}
for lab in glob.glob('*.labels.json'):
    L = json.load(open(lab, encoding='utf-8'))
    for q in L['quotes']:
        if q['section'] is None: continue
        pg = report_pages if q['source'] == 'report' else letter_pages
        pl = (RP if q['source'] == 'report' else LP)[q['section']]
        here = N(pg[pl['page'] - 1] + ' ' + (pg[pl['page']] if pl['page'] < len(pg) else ''), True)
        if q['verdict'][0] in ('verbatim', 'out_of_context'):
            if N(q['text']) not in here:
                print(lab, 'QUOTE not in PDF near its section:', q['text'][:60]); bad += 1
        for k in ('source_text', 'context_dropped'):
            if k in q and N(q[k]) not in here:
                print(lab, k, 'not in PDF:', q[k][:60]); bad += 1
    for c in L['claims']:
        if c['evidence']:
            fl = report_full if c['source'] == 'report' else letter_full
            if N(c['evidence']) not in fl:
                print(lab, 'evidence not in PDF:', c['evidence'][:60]); bad += 1
print('problems:', bad)
