"""Label helper shared by the two pack content modules."""


def Q(id, item, text, verdict, citation, section=None, source="report", cited=(), kind="exact",
      note="", source_text=None, context_dropped=None, cited_pages=(), cited_document=None,
      concerns=True, strict=True, **extra):
    d = {"id": id, "text": text, "concerns": concerns, "item": item, "pack_page": None,
         "verdict": list(verdict) if concerns else [], "citation": list(citation) if concerns else [],
         "section": section if concerns else None, "source": source if concerns else None,
         "cited": list(cited), "cited_pages": list(cited_pages), "cited_document": cited_document}
    if source_text:
        d["source_text"] = source_text
    if context_dropped:
        d["context_dropped"] = context_dropped
    d.update({"kind": kind, "strict": strict, "note": note})
    d.update(extra)
    return d


def NC(id, item, text, what):
    """A quotation that does not concern the sources."""
    return Q(id, item, text, [], [], concerns=False, kind="other_document", note=f"quotes {what}, not a source")
