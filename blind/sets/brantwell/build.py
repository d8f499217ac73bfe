"""Render report.json (+ render.json: footnote call positions and document order) to report.pdf
with pdflatex, and letter.json to letter.pdf. Run: python3 build.py"""
import json, re, subprocess, os
HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

def esc(t):
    t = t.replace('\\', r'\textbackslash{}')
    for a, b in [('&', r'\&'), ('%', r'\%'), ('$', r'\$'), ('#', r'\#'), ('_', r'\_'),
                 ('{', r'\{'), ('}', r'\}')]:
        t = t.replace(a, b)
    t = t.replace('’”', "'\\,''").replace('’', "'").replace('‘', '`').replace('“', '``').replace('”', "''")
    t = t.replace('—', '---').replace('–', '--').replace('£', r'\gbp{}')
    return t

PREAMBLE = r"""
\documentclass[12pt,a4paper]{article}
\usepackage[a4paper,top=3cm,bottom=3cm,left=3cm,right=3cm,headheight=15pt]{geometry}
\usepackage{setspace}
\usepackage{fancyhdr}
\newcommand\gbp{{\fontencoding{OT1}\fontfamily{cmr}\fontshape{it}\selectfont\char36}}
\setstretch{1.25}
\brokenpenalty=10000
\setlength{\parskip}{6pt}
\pagestyle{fancy}
\fancyhf{}
\fancyhead[L]{\small\itshape Best Value Inspection of Brantwell City Council}
\fancyhead[R]{\small\itshape\rightmark}
\fancyfoot[C]{\thepage}
\renewcommand{\headrulewidth}{0.4pt}
\makeatletter\let\@mkboth\@gobbletwo\makeatother
\newenvironment{numbered}{\begin{list}{}{\setlength{\leftmargin}{1.6cm}\setlength{\labelwidth}{1.4cm}\setlength{\labelsep}{0.2cm}\setlength{\itemsep}{6pt}\setlength{\parsep}{4pt}}}{\end{list}}
\newenvironment{lettered}{\begin{list}{}{\setlength{\leftmargin}{1cm}\setlength{\labelwidth}{0.8cm}\setlength{\labelsep}{0.2cm}\setlength{\itemsep}{2pt}\setlength{\topsep}{2pt}}}{\end{list}}
\begin{document}
"""

def with_footnotes(label, text, anchors, fns):
    """Insert \\footnote at character offsets (given in report.json text coordinates)."""
    pieces = []; pos = 0
    for a in sorted([a for a in anchors if a['label'] == label], key=lambda a: a['offset']):
        pieces.append(text[pos:a['offset']])
        pieces.append('\x00FN%d\x00' % a['number'])
        pos = a['offset']
    pieces.append(text[pos:])
    return ''.join(pieces)

def render_text(raw, fns):
    """escape, split lettered sub-items, and turn footnote markers into \\footnote{}"""
    parts = re.split(r' (?=\([a-h]\) )', raw)
    def fin(x):
        x = esc(x)
        return re.sub('\x00FN(\\d+)\x00', lambda m: r'\footnote{%s}' % esc(fns[int(m.group(1))]), x)
    if len(parts) == 1:
        return fin(raw)
    out = fin(parts[0]) + '\n\\begin{lettered}\n'
    for p in parts[1:]:
        m = re.match(r'\(([a-h])\) (.*)', p, re.S)
        out += '\\item[(%s)] %s\n' % (m.group(1), fin(m.group(2)))
    return out + '\\end{lettered}\n'

def build_report():
    rep = json.load(open('report.json', encoding='utf-8'))
    rnd = json.load(open('render.json', encoding='utf-8'))
    places = {p['label']: p for p in rep['places']}
    fns = {f['number']: f['text'] for f in rep['footnotes']}
    anchors = rnd['footnote_anchors']
    out = [PREAMBLE]
    # front matter: title page (i), foreword (ii), contents (iii)
    out.append(r"""\pagenumbering{roman}
\thispagestyle{empty}
\begin{center}
\vspace*{3cm}
{\Huge\bfseries Best Value Inspection of\\[0.4em] Brantwell City Council\par}
\vspace{2cm}
{\Large Report of the inspection team\par}
\vspace{1cm}
{\large Presented to the Secretary of State for Housing, Communities and Local Government\par}
\vspace{4cm}
{\large September 2026\par}
\end{center}
\clearpage
\markright{Foreword}
\section*{Foreword}
""")
    out.append(render_text(with_footnotes('foreword', places['foreword']['text'], anchors, fns), fns))
    out.append("\n\n\\vspace{1em}\\noindent Lead Inspector\\\\ September 2026\n\\clearpage\n\\markright{Contents}\n\\tableofcontents\n\\clearpage\n\\pagenumbering{arabic}\n")
    inlist = False
    for item in rnd['structure']:
        t = item['type']
        if t in ('chapter', 'section', 'table') and inlist:
            out.append('\\end{numbered}\n'); inlist = False
        if t == 'chapter':
            full = (item['number'] + ' ' + item['title']).strip()
            out.append('\\clearpage\n\\markright{%s}\n\\section*{%s}\n\\addcontentsline{toc}{section}{%s}\n' % (esc(full), esc(full), esc(full)))
        elif t == 'section':
            out.append('\\subsection*{%s %s}\n\\addcontentsline{toc}{subsection}{%s %s}\n' % (item['number'], esc(item['title']), item['number'], esc(item['title'])))
        elif t == 'table':
            rows = item['rows']
            out.append('\\begin{center}\n{\\small\\bfseries %s: %s}\\\\[4pt]\n\\begin{tabular}{lrr}\n\\hline\n' % (esc(item['label']), esc(item['caption'])))
            for i, r in enumerate(rows):
                cells = [esc(c) for c in r]
                if i == 0: cells = ['\\textbf{%s}' % c for c in cells]
                out.append(' & '.join(cells) + ' \\\\\n' + ('\\hline\n' if i == 0 else ''))
            out.append('\\hline\n\\end{tabular}\n\\end{center}\n')
        elif t == 'place':
            p = places[item['label']]
            if p['kind'] == 'foreword':
                continue
            body = render_text(with_footnotes(p['label'], p['text'], anchors, fns), fns)
            if p['kind'] == 'recommendation':
                out.append('\\paragraph{%s}\\mbox{}\\\\\n%s\n\n' % (item['display'], body))
                continue
            if not inlist:
                out.append('\\begin{numbered}\n'); inlist = True
            out.append('\\item[%s] %s\n' % (p['label'], body))
    if inlist: out.append('\\end{numbered}\n')
    out.append('\\end{document}\n')
    open('report.tex', 'w', encoding='utf-8').write(''.join(out))
    for _ in range(2):
        subprocess.run(['pdflatex', '-interaction=nonstopmode', '-halt-on-error', 'report.tex'], check=True, stdout=subprocess.DEVNULL)

def build_letter():
    if not os.path.exists('letter.json'):
        return
    let = json.load(open('letter.json', encoding='utf-8'))
    body = '\n\n\\vspace{4pt}\n'.join(esc(p['text']) for p in let['places'])
    tex = r"""\documentclass[11pt,a4paper]{letter}
\usepackage[a4paper,top=2.5cm,bottom=2.5cm,left=2.8cm,right=2.8cm]{geometry}
\newcommand\gbp{{\fontencoding{OT1}\fontfamily{cmr}\fontshape{it}\selectfont\char36}}
\setlength{\parskip}{8pt}
\address{Rt Hon Secretary of State\\Ministry of Housing, Communities\\and Local Government\\2 Marsham Street\\London SW1P 4DF}
\signature{Secretary of State for Housing, Communities and Local Government}
\date{%s}
\begin{document}
\begin{letter}{The Chief Executive\\Brantwell City Council\\Civic Centre, Castle Street\\Brantwell BR1 1CC}
\opening{Dear Chief Executive,}
\textbf{%s}

%s
\closing{Yours sincerely,}
\end{letter}
\end{document}
""" % (let['date'], esc(let['subject']), body)
    open('letter.tex', 'w', encoding='utf-8').write(tex)
    for _ in range(2):
        subprocess.run(['pdflatex', '-interaction=nonstopmode', '-halt-on-error', 'letter.tex'], check=True, stdout=subprocess.DEVNULL)

def clean():
    for stem in ('report', 'letter'):
        for ext in ('.aux', '.log', '.toc', '.out'):
            if os.path.exists(stem + ext):
                os.remove(stem + ext)

if __name__ == '__main__':
    build_report()
    build_letter()
    clean()
