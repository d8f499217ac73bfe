"""Fill page numbers of places and footnotes in report.json from the rendered PDF (pdftotext), and page_offset."""
import json, re, subprocess, sys, unicodedata
fn = sys.argv[1] if len(sys.argv) > 1 else 'report.json'
rep = json.load(open(fn, encoding='utf-8'))
pdf = rep['file']
n = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout).group(1))
def norm(t):
    t = unicodedata.normalize('NFKC', t)
    t = re.sub(r'-\n', '', t)  # join hyphenated line ends (approximate)
    return re.sub(r'\s+', ' ', t)
pages = [norm(subprocess.run(['pdftotext', '-f', str(i), '-l', str(i), pdf, '-'], capture_output=True, text=True).stdout) for i in range(1, n + 1)]
def first_page(needle):
    hits = [i + 1 for i, p in enumerate(pages) if needle in p]
    return hits
for p in rep['places']:
    words = ' '.join(p['text'].split()[:5])
    if rep['kind'] == 'letter':
        needle = words
    elif p['kind'] == 'paragraph' or p['kind'] == 'annex':
        needle = p['label'] + ' ' + words
    elif p['kind'] == 'recommendation':
        needle = 'Recommendation ' + p['label'][1:] + ' ' + words
    elif p['kind'] == 'table':
        needle = p['label'] + ':'
    else:
        needle = words
    hits = first_page(needle)
    if len(hits) != 1:
        # try shorter
        hits = first_page(p['label'] + ' ' + ' '.join(p['text'].split()[:2])) if p['kind'] in ('paragraph', 'annex') else hits
    if len(hits) != 1:
        print('PROBLEM', p['label'], hits, needle)
    else:
        p['page'] = hits[0]
for f in rep['footnotes']:
    needle = ' '.join(f['text'].split()[:6])
    hits = first_page(needle)
    if len(hits) != 1:
        print('FN PROBLEM', f['number'], hits)
    else:
        f['page'] = hits[0]
if rep['kind'] == 'report':
    # printed arabic page 1 is the first page whose last line is '1' after the roman front matter
    for i in range(1, n + 1):
        last = subprocess.run(['pdftotext', '-f', str(i), '-l', str(i), pdf, '-'], capture_output=True, text=True).stdout.strip().split('\n')[-1].strip()
        if last == '1':
            rep['page_offset'] = i - 1
            break
json.dump(rep, open(fn, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print('page_offset', rep.get('page_offset'))
