#!/bin/sh
# full author pipeline: texts -> report.json, render both PDFs, fill pages
set -e
cd "$(dirname "$0")"
python3 make_report_json.py
python3 build.py
python3 fill_pages.py report.json
python3 fill_pages.py letter.json
