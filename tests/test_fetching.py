"""`verifier fetch` (verifier/fetching/): a modern.gov site's agenda items and PDFs into DIR.

The site is local (tests/local_site.py) and answers XML in the shapes real modern.gov sites
give, as DemocracyClub's LGSF recorded them (lgsf/minutes/tests/fixtures/committees.xml,
meetings.xml, meeting_with_minutes.xml): the elements and their order are theirs, the
meetings and texts are ours. The PDFs are drawn by the tests (tests/pdfs.py).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from html import escape
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from click.testing import CliRunner

from index import FetchFailed, Limits
from local_site import Answer, LocalSite
from pdfs import make_pdf
from verifier.cli import main
from verifier.errors import ServiceError, VerifierError
from verifier.fetching import modgov
from verifier.fetching.download import check_range, choose_committees, fetch_site
from verifier.fetching.manifest import (FetchedFile, fetched_files, label_pack, read_manifest)

SERVICE = "/mgWebService.asmx"
XML = "text/xml; charset=utf-8"
MOTION = ("<p>This Council notes that the Best Value Inspection Report found that "
          "“The inspection began on 15 April 2024 and the evidence-gathering phase ended on "
          "30 August 2024.” (paragraph 1.4)</p>")

COMMITTEES = """<?xml version="1.0" encoding="utf-8"?>
<committees>
  <committeescount> 3</committeescount>
  <committee>
    <committeeid>312</committeeid>
    <committeetitle>Appointment Sub Committee for Director of Adult Social Services</committeetitle>
    <committeedeleted>False</committeedeleted>
    <committeeexpired>True</committeeexpired>
    <committeecategory>Governance and Decision Making Committees</committeecategory>
  </committee>
  <committee>
    <committeeid>144</committeeid>
    <committeetitle>Audit Committee</committeetitle>
    <committeedeleted>False</committeedeleted>
    <committeeexpired>False</committeeexpired>
    <committeecategory>Governance and Decision Making Committees</committeecategory>
  </committee>
  <committee>
    <committeeid>200</committeeid>
    <committeetitle>Council</committeetitle>
    <committeedeleted>False</committeedeleted>
    <committeeexpired>False</committeeexpired>
    <committeecategory>Council</committeecategory>
  </committee>
</committees>
"""


def meetings_xml(committee_id: str, title: str, meetings: list[tuple[str, str, str]]) -> str:
    rows = "".join(f"""
      <meeting>
        <meetingid>{mid}</meetingid>
        <meetingdate>{date}</meetingdate>
        <meetingstatus>{status}</meetingstatus>
        <meetingtime>10.00 am</meetingtime>
        <iswebcast>False</iswebcast>
      </meeting>""" for mid, date, status in meetings)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<getmeetings>
  <meetingscount> {len(meetings)}</meetingscount>
  <committeescount> 1</committeescount>
  <committee>
    <committeeid>{committee_id}</committeeid>
    <committeetitle>{title}</committeetitle>
    <committeemeetingcount> {len(meetings)}</committeemeetingcount>
    <committeemeetings>{rows}
    </committeemeetings>
  </committee>
</getmeetings>
"""


def linked(attachment: str, title: str, url: str, restricted: bool = False) -> str:
    return f"""
        <linkeddoc>
          <attachmentid>{attachment}</attachmentid>
          <title>{escape(title)}</title>
          <isurl>False</isurl>
          <url>{escape(url)}</url>
          <isrestricted>{restricted}</isrestricted>
          <restrictionsRef>
          </restrictionsRef>
          <itemnum>1</itemnum>
          <publicationdate>02/02/2026</publicationdate>
          <meetingdate>10/02/2026</meetingdate>
          <decisiondate>10/02/2026</decisiondate>
          <committeetitle>Audit Committee</committeetitle>
          <isdecisionattachment>False</isdecisionattachment>
          <ownertitle>Minutes</ownertitle>
        </linkeddoc>"""


def item_xml(item_id: str, number: str, title: str, agenda: str, minute: str = "",
             restricted: bool = False, documents: str = "") -> str:
    return f"""
    <agendaitem>
      <agendaitemid>{item_id}</agendaitemid>
      <agendaitemtitle>{escape(title)}</agendaitemtitle>
      <agendatext>{escape(agenda)}
</agendatext>
      <actualmeetingdate>10/02/2026</actualmeetingdate>
      <agendaitemnumber>{number}</agendaitemnumber>
      <agendaitemsubnumber>
      </agendaitemsubnumber>
      <fulldisplaynumberformat>{number}.</fulldisplaynumberformat>
      <commentlabel1>Presented By</commentlabel1>
      <commenttext1>
      </commenttext1>
      <minutesnonemptyhtmlbody>{escape(minute)}
</minutesnonemptyhtmlbody>
      <declarationcount>0</declarationcount>
      <isminutepublished>True</isminutepublished>
      <isrestricted>{restricted}</isrestricted>
      <isdisplayallowed>True</isdisplayallowed>
      <meetingdate>10/02/2026</meetingdate>
      <refertocommittee>Audit Committee</refertocommittee>
      <linkeddocuments>{documents}
      </linkeddocuments>
    </agendaitem>"""


def meeting_xml(meeting_id: str, date: str, items: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<meeting>
  <meetingid>{meeting_id}</meetingid>
  <meetingdate>{date}</meetingdate>
  <meetingstatus>Confirmed</meetingstatus>
  <isdisplayallowed>True</isdisplayallowed>
  <meetingtime>10.00 am</meetingtime>
  <meetinglocation>Council Antechamber, Level 2, Town Hall Extension</meetinglocation>
  <iswebcast>False</iswebcast>
  <agendaid>{meeting_id}</agendaid>
  <agendapublished>True</agendapublished>
  <minutepublished>True</minutepublished>
  <agendaitems>{items}
  </agendaitems>
  <attendees>
    <attendee membertype="U" memberid="192" name="Councillor Basil Curley" roledescription="Committee Member" attendance="Expected" politicalparty="LAB" ward="Charlestown">
      <url>https://democracy.example.gov.uk/mgUserInfo.aspx?UID=192</url>
    </attendee>
  </attendees>
</meeting>
"""


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    d = tmp_path_factory.mktemp("docs")
    return {
        "minutes": make_pdf(d / "minutes.pdf", [["Minutes of the Audit Committee",
                                                 "1. The minutes were approved."]]).read_bytes(),
        "report": make_pdf(d / "report.pdf", [["Report on the Best Value Inspection",
                                                "The Committee is asked to note the report."]]
                           ).read_bytes(),
        "work": make_pdf(d / "work.pdf", [["Work Programme 2025/26"]]).read_bytes(),
    }


def routes_for(site: LocalSite, pdfs: dict) -> dict:
    """The whole recorded-shape site: three committees, Audit's two meetings (one cancelled,
    one with five items) and Council's one, and the documents they link."""
    base = site.url()
    audit = meeting_xml("4967", "10/02/2026", "".join([
        item_xml("18831", "1", "Minutes", "<p>To approve as a correct record the minutes of "
                 "the meeting held on 25 November 2025.</p>",
                 minute="<p>To approve the minutes as a correct record.</p>",
                 documents=linked("60860", "CHAIR APPROVED Minutes Audit Committee 25 Nov 2025",
                                  f"{base}/mgConvert2PDF.aspx?ID=60860")),
        item_xml("18832", "2", "Best Value Inspection: motion", MOTION,
                 documents=linked("60870", "Report of the Chief Executive",
                                  f"{base}/mgConvert2PDF.aspx?ID=60870")
                 + linked("60871", "Exempt appendix: legal advice",
                          f"{base}/mgConvert2PDF.aspx?ID=60871", restricted=True)),
        item_xml("18833", "3", "Exclusion of the press and public: contract award",
                 "<p>Exempt under paragraph 3 of Schedule 12A.</p>", restricted=True,
                 documents=linked("60880", "Contract award", f"{base}/mgConvert2PDF.aspx?ID=60880")),
        item_xml("18834", "4", "Work Programme", "<p>The report of the Scrutiny Unit.</p>",
                 documents=linked("60909", "DRAFT WP FEBRUARY 2026",
                                  f"{base}/mgConvert2PDF.aspx?ID=60909")
                 + linked("60910", "Presentation (a web page)", f"{base}/ieIssueDetails.aspx?ID=1")
                 + linked("60911", "Elsewhere", site.url("/elsewhere.pdf", host="localhost"))),
    ]))
    council = meeting_xml("5001", "25/02/2026", item_xml(
        "19001", "7", "Motion on governance", MOTION, minute="<p>The motion was carried.</p>"))

    def meetings(path):
        committee = parse_qs(urlsplit(path).query)["lCommitteeId"][0]
        rows = {"144": [("4966", "13/01/2026", "Cancelled"), ("4967", "10/02/2026", "Confirmed")],
                "200": [("5001", "25/02/2026", "Confirmed")], "312": []}[committee]
        return Answer(meetings_xml(committee, "x", rows).encode(), XML)

    return {
        f"{SERVICE}/GetCommittees": Answer(COMMITTEES.encode(), XML),
        f"{SERVICE}/GetMeetings": meetings,
        f"{SERVICE}/GetMeeting?lMeetingId=4966": Answer(
            meeting_xml("4966", "13/01/2026", "").encode(), XML),
        f"{SERVICE}/GetMeeting?lMeetingId=4967": Answer(audit.encode(), XML),
        f"{SERVICE}/GetMeeting?lMeetingId=5001": Answer(council.encode(), XML),
        "/mgConvert2PDF.aspx?ID=60860": Answer(pdfs["minutes"], "application/pdf"),
        "/mgConvert2PDF.aspx?ID=60870": Answer(pdfs["report"], "application/pdf"),
        "/mgConvert2PDF.aspx?ID=60909": Answer(pdfs["work"], "application/pdf"),
        "/ieIssueDetails.aspx?ID=1": Answer(b"<html><body>Presentation</body></html>"),
    }


@pytest.fixture
def site(pdfs):
    with LocalSite({}) as s:
        s.routes.update(routes_for(s, pdfs))
        yield s


def fetch_cli(site_url, out, *args):
    return CliRunner().invoke(main, ["fetch", site_url, "--from", "2026-01-01", "--to",
                                     "2026-02-28", "--output", str(out), *map(str, args)])


def documents_requested(site) -> list[str]:
    return [p for p in site.requests if not p.startswith(SERVICE)]


# ---- a whole fetch -------------------------------------------------------------------------

def test_a_site_is_fetched_into_dir_with_a_manifest(site, tmp_path, pdfs):
    out = tmp_path / "agendas"
    result = fetch_cli(site.url(), out)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[-1].startswith(
        "verifier: 3 meetings of 3 committees: 9 files written, 0 already held, 4 skipped; ")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["site"] == site.url() and manifest["format"] == "verifier-fetch 1"
    files = {f["file"]: f for f in manifest["files"]}
    assert sorted(files) == [
        "2026-02-10-audit-committee-4967/item-1-minutes-agenda.html",
        "2026-02-10-audit-committee-4967/item-1-minutes-chair-approved-minutes-audit-committee-25-"
        "nov-2025-60860.pdf",
        "2026-02-10-audit-committee-4967/item-1-minutes-minute.html",
        "2026-02-10-audit-committee-4967/item-2-best-value-inspection-motion-agenda.html",
        "2026-02-10-audit-committee-4967/item-2-best-value-inspection-motion-report-of-the-chief-"
        "executive-60870.pdf",
        "2026-02-10-audit-committee-4967/item-4-work-programme-agenda.html",
        "2026-02-10-audit-committee-4967/item-4-work-programme-draft-wp-february-2026-60909.pdf",
        "2026-02-25-council-5001/item-7-motion-on-governance-agenda.html",
        "2026-02-25-council-5001/item-7-motion-on-governance-minute.html",
    ]
    for name, entry in files.items():
        data = (out / name).read_bytes()
        assert entry["sha256"] == hashlib.sha256(data).hexdigest() and entry["bytes"] == len(data)
    report = files["2026-02-10-audit-committee-4967/item-2-best-value-inspection-motion-report-of-"
                   "the-chief-executive-60870.pdf"]
    assert {k: report[k] for k in ("kind", "committee", "committee_id", "meeting_id",
                                   "meeting_date", "item_number", "item_title",
                                   "document_title", "url")} == {
        "kind": "document", "committee": "Audit Committee", "committee_id": "144",
        "meeting_id": "4967", "meeting_date": "2026-02-10", "item_number": "2",
        "item_title": "Best Value Inspection: motion",
        "document_title": "Report of the Chief Executive",
        "url": site.url("/mgConvert2PDF.aspx?ID=60870")}
    assert (out / "2026-02-10-audit-committee-4967/item-2-best-value-inspection-motion-report-of-"
            "the-chief-executive-60870.pdf").read_bytes() == pdfs["report"]
    motion = (out / "2026-02-25-council-5001/item-7-motion-on-governance-agenda.html").read_text(
        encoding="utf-8")
    assert "<h1>Council, 25 February 2026: item 7 Motion on governance</h1>" in motion
    assert "“The inspection began on 15 April 2024" in motion
    reasons = {(s["item_title"], s["document_title"]): s["reason"] for s in manifest["skipped"]}
    assert reasons == {
        ("Best Value Inspection: motion", "Exempt appendix: legal advice"):
            "restricted: the council withholds this document",
        ("Exclusion of the press and public: contract award", ""):
            "restricted: the council withholds this item",
        ("Work Programme", "Presentation (a web page)"): "not a PDF (the address gives text/html)",
        ("Work Programme", "Elsewhere"): "a link to another site, not the council's document",
    }
    # Restricted documents and items are never asked for.
    requested = documents_requested(site)
    assert "/mgConvert2PDF.aspx?ID=60871" not in requested
    assert "/mgConvert2PDF.aspx?ID=60880" not in requested
    assert not list(out.rglob(".*.part"))
    assert site.most_at_once == 1           # one request at a time to a site


def test_a_second_run_fetches_nothing_it_holds(site, tmp_path):
    out = tmp_path / "agendas"
    assert fetch_cli(site.url(), out).exit_code == 0
    first = documents_requested(site)
    site.requests.clear()
    result = fetch_cli(site.url(), out)
    assert result.exit_code == 0, result.stderr
    assert "0 files written, 9 already held" in result.stderr
    # Held PDFs are not downloaded again; what was skipped is tried again (it may have changed).
    assert documents_requested(site) == ["/ieIssueDetails.aspx?ID=1"]
    assert "/mgConvert2PDF.aspx?ID=60870" in first


def test_committee_filter_and_max_documents(site, tmp_path):
    out = tmp_path / "audit"
    result = fetch_cli(site.url(), out, "--committee", "AUDIT", "--max-documents", "1")
    assert result.exit_code == 0, result.stderr
    assert "stopped at --max-documents 1: run again to fetch the rest" in result.stderr
    assert [p for p in documents_requested(site)] == ["/mgConvert2PDF.aspx?ID=60860"]
    assert not [p for p in site.requests if "lCommitteeId=200" in p]
    site.requests.clear()
    result = fetch_cli(site.url(), out, "--committee", "audit")
    assert result.exit_code == 0, result.stderr
    assert "/mgConvert2PDF.aspx?ID=60860" not in documents_requested(site)
    assert "/mgConvert2PDF.aspx?ID=60909" in documents_requested(site)


def test_an_interrupted_fetch_leaves_nothing_half_written_and_resumes(site, tmp_path):
    out = tmp_path / "agendas"

    def interrupt_after_the_first_pdf(progress):
        if ".pdf: " in progress.note:       # "<file>.pdf: 1,234 bytes", just written
            raise KeyboardInterrupt

    service = modgov.Service(site.url(), retries=0)
    with pytest.raises(KeyboardInterrupt):
        fetch_site(site.url(), dt.date(2026, 1, 1), dt.date(2026, 2, 28), out,
                   service=service, on_progress=interrupt_after_the_first_pdf)
    manifest = read_manifest(out)
    on_disk = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert on_disk == sorted(["manifest.json", *manifest.files])
    assert [f for f in manifest.files if f.endswith(".pdf")] == [
        "2026-02-10-audit-committee-4967/item-1-minutes-chair-approved-minutes-audit-committee-25-"
        "nov-2025-60860.pdf"]
    site.requests.clear()
    summary = fetch_site(site.url(), dt.date(2026, 1, 1), dt.date(2026, 2, 28), out,
                         service=service)
    assert (summary.written, summary.held) == (6, 3)
    assert "/mgConvert2PDF.aspx?ID=60860" not in documents_requested(site)
    assert len(read_manifest(out).files) == 9


def test_a_file_written_but_not_yet_recorded_is_adopted(site, tmp_path, pdfs):
    """A stop between a PDF's rename and the manifest's: the whole PDF is kept, not fetched."""
    out = tmp_path / "agendas"
    name = ("2026-02-10-audit-committee-4967/item-4-work-programme-draft-wp-february-2026-"
            "60909.pdf")
    (out / name).parent.mkdir(parents=True)
    (out / name).write_bytes(pdfs["work"])
    (out / "2026-02-10-audit-committee-4967" / ".half.pdf.part").write_bytes(b"%PDF-1.4 half")
    summary = fetch_site(site.url(), dt.date(2026, 1, 1), dt.date(2026, 2, 28), out,
                         service=modgov.Service(site.url(), retries=0))
    assert "/mgConvert2PDF.aspx?ID=60909" not in documents_requested(site)
    assert read_manifest(out).files[name].sha256
    assert (summary.written, summary.held) == (8, 1)
    assert not list(out.rglob(".*.part"))


def test_kill_9_mid_document_leaves_a_whole_manifest_and_the_next_run_finishes(site, tmp_path):
    """The process killed while a PDF arrives (it drips): the manifest names exactly the whole
    files, the half PDF is only a temporary file, and running again completes the fetch."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from conftest import ROOT

    out = tmp_path / "agendas"
    slow = site.routes["/mgConvert2PDF.aspx?ID=60870"]
    site.routes["/mgConvert2PDF.aspx?ID=60870"] = Answer(slow.body, slow.content_type,
                                                         drip_s=0.01)
    process = subprocess.Popen(
        [sys.executable, "-m", "verifier", "fetch", site.url(), "--from", "2026-01-01", "--to",
         "2026-02-28", "--output", str(out)], env=dict(os.environ, PYTHONPATH=str(ROOT)),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while "/mgConvert2PDF.aspx?ID=60870" not in site.requests and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)                          # a little of the PDF has arrived
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    manifest = read_manifest(out)
    on_disk = sorted(str(p.relative_to(out)) for p in out.rglob("*")
                     if p.is_file() and not p.name.endswith(".part"))
    assert on_disk == sorted(["manifest.json", *manifest.files])
    assert not any(f.endswith("60870.pdf") for f in manifest.files)
    site.routes["/mgConvert2PDF.aspx?ID=60870"] = slow
    result = fetch_cli(site.url(), out)
    assert result.exit_code == 0, result.stderr
    assert len(read_manifest(out).files) == 9
    assert not list(out.rglob(".*.part"))


# ---- bad input: one line, exit 2, DIR left whole ------------------------------------------

@pytest.mark.parametrize("args, problem", [
    pytest.param(["--from", "2026-03-01", "--to", "2026-02-01"],
                 "--from 2026-03-01 is after --to 2026-02-01: the date range is backwards",
                 id="backwards-dates"),
    pytest.param(["--from", "2024-01-01", "--to", "2026-01-01"],
                 "is 731 days; fetch at most a year (366 days) at a time", id="over-a-year"),
    pytest.param(["--from", "2026-01-01", "--to", "2026-02-28", "--committee", "Planning"],
                 "no committee's title contains 'Planning' (it has 3 committees: Appointment",
                 id="no-such-committee"),
])
def test_bad_requests_exit_2_in_one_line(site, tmp_path, args, problem):
    result = CliRunner().invoke(main, ["fetch", site.url(), "--output", str(tmp_path / "o"),
                                       *args])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ") and problem in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1
    assert not (tmp_path / "o" / "manifest.json").exists()


def _service_answers(answer):
    return lambda s: {f"{SERVICE}/GetCommittees": answer}


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE committees [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<committees><committee><committeeid>1</committeeid><committeetitle>&c;</committeetitle>
</committee></committees>"""


@pytest.mark.parametrize("routes, problem", [
    pytest.param(lambda s: {}, "no modern.gov web service there (the server answered 404 for",
                 id="not-modern-gov-404"),
    pytest.param(_service_answers(Answer(b"<html><body>Welcome to the council</body></html>")),
                 "answered a web page, not the web service's XML", id="a-web-page-not-xml"),
    pytest.param(_service_answers(Answer(b"<?xml version='1.0'?><committees><committee>",
                                         XML)),
                 "the answer is not well-formed XML (no element found", id="malformed-xml"),
    pytest.param(_service_answers(Answer(b"<?xml version='1.0'?><string>Service disabled"
                                         b"</string>", XML)),
                 "the answer is <string>, not the <committees> a modern.gov web service gives",
                 id="xml-of-another-shape"),
    pytest.param(_service_answers(Answer(BILLION_LAUGHS, XML)),
                 "declares a DOCTYPE or entities", id="entity-expansion-refused"),
    pytest.param(_service_answers(Answer(COMMITTEES.encode(), XML, status=403)),
                 "no modern.gov web service there (the server answered 403", id="forbidden"),
])
def test_sites_that_are_not_modern_gov_exit_2_in_one_line(tmp_path, routes, problem):
    with LocalSite({}) as site:
        site.routes.update(routes(site))
        result = fetch_cli(site.url(), tmp_path / "o")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ") and problem in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1
    assert not (tmp_path / "o" / "manifest.json").exists()


@pytest.mark.parametrize("answer, limits, error, problem, tries", [
    pytest.param(Answer(b"Server Error", status=500), Limits(5, 10_000), ServiceError,
                 "the modern.gov web service is not working (the server answered 500 for", 3,
                 id="service-off-500-after-retries"),
    pytest.param(Answer(COMMITTEES.encode() * 20, XML), Limits(5, 10_000), FetchFailed,
                 "the answer is larger than 10,000 bytes", 1, id="huge-xml"),
    pytest.param(Answer(COMMITTEES.encode(), XML, drip_s=0.01), Limits(0.5, 10_000),
                 FetchFailed, "no complete answer within 0.5 s", 3, id="dripping-service"),
])
def test_a_service_that_fails_is_tried_again_then_named(tmp_path, answer, limits, error,
                                                         problem, tries):
    waits = []
    with LocalSite({f"{SERVICE}/GetCommittees": answer}) as site:
        service = modgov.Service(site.url(), limits, retries=2, backoff_s=0.01)
        with pytest.raises(error) as caught:
            fetch_site(site.url(), dt.date(2026, 1, 1), dt.date(2026, 1, 31), tmp_path / "o",
                       service=service, sleep=waits.append)
    assert problem in caught.value.message and "\n" not in caught.value.message
    assert len(site.requests) == tries
    assert waits == [0.01, 0.02][:tries - 1]


def test_a_document_over_the_size_limit_is_a_recorded_skip(site, tmp_path):
    out = tmp_path / "o"
    summary = fetch_site(site.url(), dt.date(2026, 2, 1), dt.date(2026, 2, 28), out,
                         service=modgov.Service(site.url(), retries=0),
                         document_limits=Limits(5, 1000))
    skipped = {s.document_title: s.reason for s in read_manifest(out).skipped.values()}
    assert skipped["Report of the Chief Executive"] == \
        "the answer is larger than 1,000 bytes (the limit for one fetch); not fetched"
    assert not any(f.endswith(".pdf") for f in read_manifest(out).files)
    assert summary.written == 6


def test_a_dir_holding_another_sites_fetch_is_refused(site, tmp_path):
    out = tmp_path / "o"
    assert fetch_cli(site.url(), out).exit_code == 0
    result = fetch_cli(site.url(host="localhost"), out)
    assert result.exit_code == 2
    assert f"error: {out}: holds a fetch from {site.url()}, not " in result.stderr


# ---- the pure rules -------------------------------------------------------------------------

@pytest.mark.parametrize("given, site", [
    ("https://democracy.example.gov.uk", "https://democracy.example.gov.uk"),
    ("https://democracy.example.gov.uk/", "https://democracy.example.gov.uk"),
    ("https://democracy.example.gov.uk/mgWebService.asmx", "https://democracy.example.gov.uk"),
    ("https://democracy.example.gov.uk/mgWebService.asmx/GetCommittees",
     "https://democracy.example.gov.uk"),
    ("https://example.gov.uk/moderngov/ieListDocuments.aspx?CId=144&MId=4967",
     "https://example.gov.uk/moderngov"),
    ("HTTPS://example.gov.uk/moderngov/", "https://example.gov.uk/moderngov"),
    ("democracy.example.gov.uk", ServiceError),
    ("ftp://democracy.example.gov.uk", ServiceError),
])
def test_site_address(given, site):
    if isinstance(site, type):
        with pytest.raises(site):
            modgov.site_address(given)
    else:
        assert modgov.site_address(given) == site


@pytest.mark.parametrize("start, end, ok", [
    (dt.date(2026, 1, 1), dt.date(2026, 1, 1), True),
    (dt.date(2025, 3, 1), dt.date(2026, 3, 1), True),     # a year, leap day or not
    (dt.date(2024, 1, 1), dt.date(2025, 1, 2), False),    # 367 days
    (dt.date(2026, 1, 2), dt.date(2026, 1, 1), False),
])
def test_check_range(start, end, ok):
    if ok:
        check_range(start, end)
    else:
        with pytest.raises(VerifierError):
            check_range(start, end)


AUDIT, COUNCIL = modgov.Committee("144", "Audit Committee"), modgov.Committee("200", "Council")


@pytest.mark.parametrize("texts, chosen", [
    ((), (AUDIT, COUNCIL)),
    (("audit",), (AUDIT,)),
    (("COUNCIL",), (COUNCIL,)),
    (("Audit", "Council"), (AUDIT, COUNCIL)),
    (("Planning",), VerifierError),
])
def test_choose_committees(texts, chosen):
    if isinstance(chosen, type):
        with pytest.raises(chosen):
            choose_committees((AUDIT, COUNCIL), texts, "https://x")
    else:
        assert choose_committees((AUDIT, COUNCIL), texts, "https://x") == chosen


def test_a_meeting_answer_is_read_into_items(pdfs):
    with LocalSite({}) as s:
        xml = routes_for(s, pdfs)[f"{SERVICE}/GetMeeting?lMeetingId=4967"].body
    stub = modgov.MeetingStub("4967", dt.date(2026, 2, 10), AUDIT)
    meeting = modgov.parse_meeting(xml, "GetMeeting", stub)
    assert [(i.number, i.title, i.restricted, len(i.documents)) for i in meeting.items] == [
        ("1", "Minutes", False, 1), ("2", "Best Value Inspection: motion", False, 2),
        ("3", "Exclusion of the press and public: contract award", True, 1),
        ("4", "Work Programme", False, 3)]
    motion = meeting.items[1]
    assert motion.agenda_html.startswith("<p>This Council notes that the Best Value")
    assert [d.restricted for d in motion.documents] == [False, True]
    assert meeting.items[0].minute_html == "<p>To approve the minutes as a correct record.</p>"


# ---- `verifier batch DIR` names packs from the manifest ------------------------------------

ENTRY = FetchedFile(file="m/item-2.pdf", kind="document", committee="Audit Committee",
                    committee_id="144", meeting_id="4967", meeting_date="2026-02-10",
                    item_number="2", item_title="Best Value Inspection: motion",
                    document_title="Report of the Chief Executive",
                    url="https://democracy.example.gov.uk/mgConvert2PDF.aspx?ID=60870",
                    sha256="ab", bytes=10)


@pytest.mark.parametrize("entry, name", [
    (ENTRY, "Audit Committee, 10 February 2026 (meeting 4967), item 2: Best Value Inspection: "
            "motion (Report of the Chief Executive)"),
    (FetchedFile(**{**ENTRY.__dict__, "kind": "minute", "item_number": ""}),
     "Audit Committee, 10 February 2026 (meeting 4967), Best Value Inspection: motion (minute)"),
])
def test_a_fetched_pack_is_named_by_meeting_and_item(entry, name):
    data = {"pack": {"path": "x"}, "quotes": [{"verdict": "verbatim"}], "claims": [{}]}
    labelled = label_pack(data, entry)
    assert labelled["pack"]["name"] == name
    assert labelled["pack"]["source_url"] == entry.url
    assert labelled["pack"]["fetched"]["meeting_date"] == "2026-02-10"
    assert [q["source_url"] for q in labelled["quotes"] + labelled["claims"]] == [entry.url] * 2
    assert label_pack({"pack": {"path": "x"}}, None) == {"pack": {"path": "x"}}


def test_fetched_files_are_found_by_their_real_path(site, tmp_path):
    out = tmp_path / "agendas"
    assert fetch_cli(site.url(), out).exit_code == 0
    found = fetched_files([str(out), str(tmp_path / "elsewhere.pdf")])
    assert len(found) == 9
    pdf = next(p for p in found if p.endswith("60870.pdf"))
    assert Path(pdf).is_file() and found[pdf].item_title == "Best Value Inspection: motion"


def test_a_damaged_manifest_is_named(tmp_path):
    (tmp_path / "manifest.json").write_text('{"format": "verifier-fetch 1", "files": [{}]}')
    with pytest.raises(VerifierError) as caught:
        read_manifest(tmp_path)
    assert "manifest.json: not a manifest `verifier fetch` wrote" in caught.value.message


def test_batch_over_a_fetched_dir_names_packs_and_links_findings(site, tmp_path, embedder):
    import csv

    from conftest import EXAMPLES
    from index import add_pdf

    out = tmp_path / "agendas"
    assert fetch_cli(site.url(), out, "--committee", "council").exit_code == 0
    add_pdf(tmp_path / "idx", EXAMPLES / "report.pdf", aliases=("BVI report",))
    result = CliRunner().invoke(main, ["batch", str(out), "--index", str(tmp_path / "idx"),
                                       "--output", str(tmp_path / "res"), "--jobs", "1"])
    assert result.exit_code in (0, 1), result.stderr
    agenda = json.loads((tmp_path / "res" / "packs" / "item-7-motion-on-governance-agenda.json"
                         ).read_text(encoding="utf-8"))
    assert agenda["pack"]["name"] == ("Council, 25 February 2026 (meeting 5001), item 7: Motion "
                                      "on governance (agenda text)")
    page = site.url("/ieListDocuments.aspx?CId=200&MId=5001")
    assert agenda["pack"]["source_url"] == page
    assert agenda["pack"]["fetched"]["committee"] == "Council"
    (quote,) = agenda["quotes"]
    assert quote["verdict"] == "verbatim" and quote["source_url"] == page
    with open(tmp_path / "res" / "findings.csv", encoding="utf-8") as f:
        (row,) = [r for r in csv.DictReader(f) if r["pack"].endswith("agenda.html")]
    assert (row["pack_name"], row["source_url"]) == (agenda["pack"]["name"], page)
    triage = (tmp_path / "res" / "index.html").read_text(encoding="utf-8")
    assert "Council, 25 February 2026 (meeting 5001), item 7: Motion on governance (minute)" in \
        triage
    assert f'(<a href="{page.replace("&", "&amp;")}">source</a>)' in triage


# ---- a committee or a meeting the service fails on -----------------------------------------

@pytest.mark.parametrize("failing, files, skipped", [
    pytest.param(f"{SERVICE}/GetMeetings", None, None, id="every-committee-fails"),
    pytest.param("committee-200", 7, ("", "Council",
                                      "its meetings could not be listed: the modern.gov web "
                                      "service is not working (the server answered 500"),
                 id="one-committee-fails"),
    pytest.param(f"{SERVICE}/GetMeeting?lMeetingId=4967", 2,
                 ("4967", "Audit Committee, 2026-02-10",
                  "the meeting could not be read: the modern.gov web service is not working "
                  "(the server answered 500"), id="one-meeting-fails"),
])
def test_a_failing_committee_or_meeting_is_skipped_and_the_rest_fetched(pdfs, tmp_path, failing,
                                                                        files, skipped):
    error = Answer(b"Server Error", status=500)
    with LocalSite({}) as site:
        site.routes.update(routes_for(site, pdfs))
        if failing == "committee-200":
            answers = site.routes[f"{SERVICE}/GetMeetings"]
            site.routes[f"{SERVICE}/GetMeetings"] = lambda path: error if \
                "lCommitteeId=200" in path else answers(path)
        else:
            site.routes[failing] = error
        service = modgov.Service(site.url(), Limits(5, 1_000_000), retries=1, backoff_s=0.01)
        out = tmp_path / "o"
        if files is None:
            with pytest.raises(ServiceError):
                fetch_site(site.url(), dt.date(2026, 1, 1), dt.date(2026, 2, 28), out,
                           service=service, sleep=lambda s: None)
            return
        summary = fetch_site(site.url(), dt.date(2026, 1, 1), dt.date(2026, 2, 28), out,
                             service=service, sleep=lambda s: None)
    assert summary.written == files
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    failures = [(s["meeting_id"], s["item_title"], s["reason"]) for s in manifest["skipped"]
                if "could not be" in s["reason"]]
    assert len(failures) == 1 and failures[0][:2] == skipped[:2] and \
        failures[0][2].startswith(skipped[2]), failures


@pytest.mark.parametrize("body, kept, gone", [
    pytest.param('<p onclick="steal()">To note the “report”.</p><script>alert(1)</script>',
                 "<p>To note the “report”.</p>", ["script", "onclick", "alert"], id="script"),
    pytest.param('<p>See <a href="javascript:alert(1)">here</a> and '
                 '<a href="https://council.gov.uk/a.pdf">the report</a>.</p>',
                 '<a href="https://council.gov.uk/a.pdf">the report</a>', ["javascript"],
                 id="script-address"),
    pytest.param('<iframe src="https://elsewhere.example/"></iframe><form action="/x">'
                 '<input name="q"></form><p style="color:red">Words stay.</p>',
                 "<p>Words stay.</p>", ["iframe", "form", "style"], id="frame-and-form"),
    pytest.param('<img src="chart.png" onerror="alert(1)"><p>Table 1</p>',
                 '<img src="chart.png"><p>Table 1</p>', ["onerror"], id="event-handler"),
])
def test_a_fetched_agenda_page_is_saved_without_what_runs(body, kept, gone):
    from verifier.fetching.download import inert_html

    saved = inert_html(body)
    assert kept in saved and not any(word in saved for word in gone), saved
