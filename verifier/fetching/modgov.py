"""modern.gov's public web service, `<site>/mgWebService.asmx/<operation>`, and its XML.

Three operations, in the shapes real sites answer (DemocracyClub's LGSF keeps recorded answers
in lgsf/minutes/tests/fixtures/: committees.xml, meetings.xml, meeting_with_minutes.xml):

    GetCommittees                       <committees><committee><committeeid>144</committeeid>
                                        <committeetitle>Audit Committee</committeetitle>…
    GetMeetings?lCommitteeId=144&sFromDate=01/01/2026&sToDate=28/02/2026
                                        <getmeetings><committee>…<committeemeetings><meeting>
                                        <meetingid>4967</meetingid><meetingdate>10/02/2026</…
    GetMeeting?lMeetingId=4967          <meeting>…<agendaitems><agendaitem>
                                        <agendaitemtitle>, <agendatext> (escaped HTML),
                                        <minutesnonemptyhtmlbody>, <isrestricted>,
                                        <linkeddocuments><linkeddoc><title>, <url>, <isrestricted>

Dates are dd/mm/yyyy, flags "True"/"False", and numbers may carry spaces (" 2"). The XML is
parsed only after its size is capped (by the fetch) and only without a DOCTYPE: no entity is
ever declared, so none can expand (a "billion laughs" answer is refused, not parsed).
"""

from __future__ import annotations

import datetime as dt
import re
import time
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from typing import Callable
from urllib.parse import quote, urlsplit, urlunsplit

from index import Fetched, FetchFailed, Limits, fetch
from verifier.errors import ServiceError

SERVICE = "mgWebService.asmx"
DATE_FORMAT = "%d/%m/%Y"
# Council-run modern.gov sites can take up to a minute to answer (LGSF's scrapers allow 60 s);
# this leaves room for that and a slow transfer on top.
SERVICE_DEADLINE_S = 120.0
# Far beyond any real answer (a busy council's year of meetings is a few hundred KB; one
# meeting with its minutes tens of KB): a larger one is nonsense, not read.
MAX_XML_BYTES = 20 << 20
# A transient failure (a timeout, a reset, a 5xx) is tried again this many times, waiting
# BACKOFF_S, then twice that, between tries: a busy council's server recovers in seconds.
RETRIES = 2
BACKOFF_S = 2.0
_DOCTYPE = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)
_ELEMENT = re.compile(rb"<[A-Za-z_]")


@dataclass(frozen=True)
class Committee:
    id: str
    title: str


@dataclass(frozen=True)
class MeetingStub:
    id: str
    date: dt.date
    committee: Committee


@dataclass(frozen=True)
class LinkedDocument:
    title: str
    url: str                    # as the service gives it (absolute on real sites)
    attachment_id: str
    restricted: bool


@dataclass(frozen=True)
class AgendaItem:
    id: str
    number: str                 # as printed on the agenda ("4", "4a"), "" when it has none
    title: str
    agenda_html: str            # the agenda's text for the item (often a motion in full)
    minute_html: str            # the minute (often the motion as amended and carried)
    restricted: bool
    documents: tuple[LinkedDocument, ...]


@dataclass(frozen=True)
class Meeting:
    id: str
    date: dt.date
    committee: Committee
    items: tuple[AgendaItem, ...]


@dataclass(frozen=True)
class Service:
    """A site's web service, and how patiently to call it."""

    site: str                   # https://democracy.example.gov.uk (no trailing slash)
    limits: Limits = Limits(SERVICE_DEADLINE_S, MAX_XML_BYTES)
    retries: int = RETRIES
    backoff_s: float = BACKOFF_S

    def url(self, operation: str) -> str:
        return f"{self.site}/{SERVICE}/{operation}"


def site_address(site: str) -> str:
    """The site's base address from what a user pastes: the site, its web service, or a page.

    Raises:
        ServiceError: not an http(s) address.
    """
    parts = urlsplit(site.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ServiceError(f"{site}: not a web address (give the council's modern.gov site, "
                           "such as https://democracy.example.gov.uk)")
    path = parts.path
    at = path.lower().find(f"/{SERVICE.lower()}")
    if at >= 0:
        path = path[:at]
    elif re.search(r"\.(aspx|asmx|html?)$", path, re.IGNORECASE):
        path = path.rsplit("/", 1)[0]
    return urlunsplit((parts.scheme.lower(), parts.netloc, path.rstrip("/"), "", ""))


def committees(service: Service, sleep: Callable[[float], None] = time.sleep
               ) -> tuple[Committee, ...]:
    """Every committee the site lists (GetCommittees).

    Raises:
        ServiceError: the site has no modern.gov web service, it is switched off, or it
            answers something other than a committee list.
    """
    url = service.url("GetCommittees")
    root = _xml(call(service, url, sleep, first=True), url, "committees")
    found = []
    for element in root.iter("committee"):
        committee = _committee(element)
        if committee is not None:
            found.append(committee)
    return tuple(found)


def meetings(service: Service, committee: Committee, start: dt.date, end: dt.date,
             sleep: Callable[[float], None] = time.sleep) -> tuple[MeetingStub, ...]:
    """A committee's meetings from `start` to `end`, both included (GetMeetings)."""
    url = service.url(f"GetMeetings?lCommitteeId={quote(committee.id, safe='')}"
                      f"&sFromDate={start.strftime(DATE_FORMAT)}"
                      f"&sToDate={end.strftime(DATE_FORMAT)}")
    root = _xml(call(service, url, sleep), url, "getmeetings")
    stubs = []
    for element in root.iter("meeting"):
        meeting_id, date = _text(element, "meetingid"), _date(_text(element, "meetingdate"))
        if meeting_id and date is not None and start <= date <= end:
            stubs.append(MeetingStub(meeting_id, date, committee))
    return tuple(stubs)


def meeting(service: Service, stub: MeetingStub,
            sleep: Callable[[float], None] = time.sleep) -> Meeting:
    """One meeting's agenda items, their text, minutes and linked documents (GetMeeting)."""
    url = service.url(f"GetMeeting?lMeetingId={quote(stub.id, safe='')}")
    return parse_meeting(call(service, url, sleep), url, stub)


def parse_meeting(data: bytes, url: str, stub: MeetingStub) -> Meeting:
    """A GetMeeting answer read into its agenda items."""
    root = _xml(data, url, "meeting")
    hidden = _text(root, "isdisplayallowed").lower() == "false"
    items = []
    for element in root.iter("agendaitem"):
        documents = tuple(
            LinkedDocument(_text(doc, "title"), _text(doc, "url"), _text(doc, "attachmentid"),
                           _flag(doc, "isrestricted"))
            for doc in element.iter("linkeddoc") if _text(doc, "url"))
        number = (_text(element, "fulldisplaynumberformat").rstrip(".")
                  or _text(element, "agendaitemnumber"))
        items.append(AgendaItem(
            id=_text(element, "agendaitemid"), number=number,
            title=_text(element, "agendaitemtitle"),
            agenda_html=_raw(element, "agendatext"),
            minute_html=_raw(element, "minutesnonemptyhtmlbody"),
            # An item the council withholds (exempt, or not for display) is never fetched.
            restricted=hidden or _flag(element, "isrestricted") or
            _text(element, "isdisplayallowed").lower() == "false",
            documents=documents))
    date = _date(_text(root, "meetingdate")) or stub.date
    return Meeting(stub.id, date, stub.committee, tuple(items))


def call(service: Service, url: str, sleep: Callable[[float], None] = time.sleep,
         first: bool = False) -> bytes:
    """The service's answer to `url` (tried again with backoff while the failure is transient).

    `first` marks the site's first call, whose failure says the site is no modern.gov site.

    Raises:
        ServiceError: no service there (404), switched off (5xx after retries), or a web page
            instead of XML.
        FetchFailed: the address cannot be fetched (offline, too slow, too large).
    """
    try:
        fetched = fetch_retrying(url, service.limits, service.retries, service.backoff_s, sleep,
                                 accept="text/xml,application/xml")
    except FetchFailed as e:
        if first and e.status is not None and e.status < 500:
            raise ServiceError(f"{service.site}: no modern.gov web service there (the server "
                               f"answered {e.status} for {url}); is this the council's "
                               "modern.gov site, and is its web service switched on?") from e
        if e.status is not None and e.status < 500:
            raise ServiceError(f"{service.site}: the modern.gov web service answered "
                               f"{e.status} for {url}") from e
        if e.status is not None:
            raise ServiceError(f"{service.site}: the modern.gov web service is not working "
                               f"(the server answered {e.status} for {url}, "
                               f"{service.retries + 1 if e.transient else 1} "
                               f"time{'s' if e.transient and service.retries else ''}); "
                               "try again later") from e
        raise
    head = fetched.data[:512].lstrip().lower()
    if fetched.content_type == "text/html" or head.startswith((b"<!doctype html", b"<html")):
        raise ServiceError(f"{service.site}: answered a web page, not the web service's XML, "
                           f"for {url}; not a modern.gov site, or its web service is switched "
                           "off")
    return fetched.data


def fetch_retrying(url: str, limits: Limits, retries: int, backoff_s: float,
                   sleep: Callable[[float], None] = time.sleep, accept: str = "*/*") -> Fetched:
    """`index.fetch`, tried again `retries` times after a transient failure (a timeout, a
    reset, a 5xx), waiting `backoff_s`, then twice that, and so on, between tries.

    Raises:
        FetchFailed: the last try's failure, or the first that is not transient.
    """
    attempt = 0
    while True:
        try:
            return fetch(url, limits, accept=accept)
        except FetchFailed as e:
            if not e.transient or attempt >= retries:
                raise
        sleep(backoff_s * (2 ** attempt))
        attempt += 1


def _xml(data: bytes, url: str, root_tag: str) -> ElementTree.Element:
    """The answer's XML, which must be `<root_tag>`; refused with a DOCTYPE or entities."""
    first_element = _ELEMENT.search(data)
    if _DOCTYPE.search(data[:first_element.start() if first_element else len(data)]):
        raise ServiceError(f"{url}: the answer declares a DOCTYPE or entities, which the "
                           "modern.gov service never sends; not read")
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as e:
        raise ServiceError(f"{url}: the answer is not well-formed XML ({e})") from e
    if root.tag != root_tag:
        raise ServiceError(f"{url}: the answer is <{root.tag}>, not the <{root_tag}> a "
                           "modern.gov web service gives")
    return root


def _committee(element) -> Committee | None:
    committee_id, title = _text(element, "committeeid"), _text(element, "committeetitle")
    return Committee(committee_id, title) if committee_id else None


def _text(element, tag: str) -> str:
    child = element.find(tag)
    return " ".join((child.text or "").split()) if child is not None else ""


def _raw(element, tag: str) -> str:
    """An element's text as sent (escaped HTML unescaped by the parser), blank if only spaces."""
    child = element.find(tag)
    text = (child.text or "") if child is not None else ""
    return text.strip()


def _flag(element, tag: str) -> bool:
    return _text(element, tag).lower() == "true"


def _date(text: str) -> dt.date | None:
    try:
        return dt.datetime.strptime(text, DATE_FORMAT).date()
    except ValueError:
        return None
