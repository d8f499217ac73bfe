"""Helpers for authoring the two documents and their labels, with self-checks."""
import json, re, unicodedata
REP = json.load(open('report.json', encoding='utf-8'))
LET = json.load(open('letter.json', encoding='utf-8'))
RP = {p['label']: p for p in REP['places']}
LP = {p['label']: p for p in LET['places']}
OFF = REP['page_offset']
REPORT_TITLE = REP['title']
LETTER_TITLE = LET['title']
ALIAS = 'Letter from SoS to CEX 17/09/26'

def P(sub, src='report'):
    """label of the unique place containing sub"""
    places = RP if src == 'report' else LP
    hits = [l for l, p in places.items() if sub in p['text']]
    assert len(hits) == 1, (sub, hits)
    return hits[0]

def T(label, src='report'):
    return (RP if src == 'report' else LP)[label]['text']

def printed(label):
    return RP[label]['page'] - OFF

def norm(t, fold=False):
    t = unicodedata.normalize('NFKC', t)
    t = t.replace('\n\n‘', ' ').replace('\n\n\'', ' ')
    t = re.sub('[‘’]', "'", t); t = re.sub('[“”]', '"', t)
    t = re.sub(r'\s+', ' ', t).strip()
    return t.lower() if fold else t

class Doc:
    def __init__(self, name, kind):
        self.name = name; self.kind = kind; self.quotes = []; self.claims = []; self.not_claims = []
    def Q(self, text, verdict, citation, cited=(), section=None, source='report', cited_pages=(), cited_document=None,
          source_text=None, context_dropped=None, kind='exact', strict=True, note=''):
        q = {'text': text, 'verdict': list(verdict) if isinstance(verdict, (list, tuple)) else [verdict],
             'citation': list(citation) if isinstance(citation, (list, tuple)) else [citation],
             'cited': list(cited), 'cited_pages': list(cited_pages), 'cited_document': cited_document,
             'section': section, 'source': source if section else None}
        if source_text is not None: q['source_text'] = source_text
        if context_dropped is not None: q['context_dropped'] = context_dropped
        q.update({'kind': kind, 'strict': strict, 'note': note})
        self.quotes.append(q)
        return text
    def C(self, text, verdict, section, source='report', cited=(), cited_pages=(), cited_document=None, figures=(),
          evidence=None, evidence_section=None, absent_words=(), hedge=None, kind='', strict=True, note=''):
        c = {'text': text, 'verdict': list(verdict) if isinstance(verdict, (list, tuple)) else [verdict],
             'section': section, 'source': source if (section or evidence_section) else None,
             'cited': list(cited), 'cited_pages': list(cited_pages), 'cited_document': cited_document,
             'figures': [dict(zip(('text', 'status', 'source_figure'), f)) for f in figures],
             'evidence': evidence, 'evidence_section': evidence_section if evidence_section else (section if evidence else None),
             'absent_words': list(absent_words), 'hedge': hedge, 'kind': kind, 'strict': strict, 'note': note}
        self.claims.append(c)
        return text
    def N(self, text):
        self.not_claims.append(text); return text

    def write(self, body, straight=False, curly=False):
        if straight or curly:
            fix = (lambda t: t.replace('’', "'")) if straight else (lambda t: t.replace("'", '’'))
            body = fix(body)
            for q in self.quotes: q['text'] = fix(q['text'])
            for c in self.claims: c['text'] = fix(c['text'])
            self.not_claims = [fix(t) for t in self.not_claims]
        open(self.name, 'w', encoding='utf-8').write(body)
        sources = [{'pdf': 'report.pdf', 'title': REPORT_TITLE, 'role': 'report'},
                   {'pdf': 'letter.pdf', 'title': LETTER_TITLE, 'role': 'letter', 'alias': ALIAS}]
        lab = {'document': self.name, 'kind': self.kind, 'sources': sources, 'quotes': self.quotes,
               'claims': self.claims, 'not_claims': self.not_claims}
        json.dump(lab, open(self.name.rsplit('.', 1)[0] + '.labels.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
        return check(self.name, body, lab)

def stext(src, label):
    if src == 'letter': return LP[label]['text']
    return RP[label]['text']

def check(name, body, lab):
    errs = []
    for q in lab['quotes']:
        t = q['text']; n = body.count(t)
        if n != 1: errs.append(('quote count', n, t))
        v = q['verdict'][0]; sec = q['section']; src = q['source']
        if sec:
            st = stext(src, sec)
            if v in ('verbatim', 'out_of_context'):
                fold = 'caps' in q['kind']
                if norm(t, fold) not in norm(st, fold): errs.append(('not verbatim in section', t, sec))
            if 'source_text' in q and q['source_text'] not in st: errs.append(('source_text not in section', q['source_text']))
            if 'context_dropped' in q:
                if q['context_dropped'] not in st: errs.append(('context not in section', q['context_dropped']))
            if v in ('minor', 'misquote', 'paraphrase', 'out_of_context') and 'source_text' not in q: errs.append(('needs source_text', t))
            if v in ('misquote', 'paraphrase') and norm(t) in norm(st): errs.append(('misquote is verbatim?', t))
        else:
            if v != 'not_found': errs.append(('no section but not not_found', t))
            for p in list(RP.values()) + list(LP.values()):
                if norm(t).lower()[:25] in norm(p['text']).lower(): errs.append(('not_found found', t, p['label']))
        c = q['citation'][0]
        if c == 'correct':
            ok = (sec in q['cited']) or any(sec.startswith(x + '.') for x in q['cited']) or \
                 (q['cited_pages'] and src == 'report' and any(pg in (printed(sec), RP[sec]['page']) for pg in q['cited_pages'])) or \
                 (q['cited_document'] == 'letter' and src == 'letter' and not q['cited'])
            if not ok: errs.append(('citation not correct', t))
        elif c == 'wrong':
            bad = (sec and (sec in q['cited'] or any(sec.startswith(x + '.') for x in q['cited']))) or (sec and q['cited_pages'] and any(pg in (printed(sec), RP[sec]['page']) for pg in q['cited_pages']))
            if bad or not (q['cited'] or q['cited_pages'] or q['cited_document']): errs.append(('citation not wrong', t))
            for x in q['cited']:
                if q['cited_document'] != 'letter' and x not in RP and not any(l.startswith(x + '.') for l in RP): errs.append(('cited label missing', x))
        elif c == 'missing':
            if q['cited'] or q['cited_pages'] or q['cited_document']: errs.append(('missing but cited', t))
    for cl in lab['claims']:
        n = body.count(cl['text'])
        if n != 1: errs.append(('claim count', n, cl['text']))
        if cl['evidence']:
            src = cl['source'] or 'report'
            if cl['evidence'] not in stext(src, cl['evidence_section']): errs.append(('evidence not in section', cl['evidence'], cl['evidence_section']))
        for w in cl['absent_words']:
            for p in list(RP.values()) + list(LP.values()) + [{'label': 'fn', 'text': f['text']} for f in REP['footnotes']]:
                if w.lower() in p['text'].lower(): errs.append(('absent word present', w, p['label']))
        for f in cl['figures']:
            if f['text'] not in cl['text']: errs.append(('figure text not in claim', f['text']))
        for x in cl['cited']:
            if cl['cited_document'] != 'letter' and x in RP: pass
    for nc in lab['not_claims']:
        if body.count(nc) != 1: errs.append(('not_claim count', nc))
    print(name, len(lab['quotes']), 'quotes', len(lab['claims']), 'claims', len(lab['not_claims']), 'not_claims')
    from collections import Counter
    print(' quote verdicts', Counter(q['verdict'][0] for q in lab['quotes']), Counter(q['citation'][0] for q in lab['quotes']))
    print(' claim verdicts', Counter(c['verdict'][0] for c in lab['claims']))
    for e in errs: print('  ERR', e)
    return errs
