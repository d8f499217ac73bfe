"""Fetching agenda items from where councils publish them: modern.gov's web service.

    modgov.py     the service's three operations and their XML, read with limits
    manifest.py   DIR/manifest.json: what each fetched file is and where it came from
    download.py   the flow: committees -> meetings -> items and their PDFs, written into DIR

Below every other layer but the core: `verifier batch` reads the manifest it writes.
"""
