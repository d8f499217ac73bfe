"""Rendering: a checked motion or a batch run as JSON, text, CSV and HTML (words only here;
the verdicts come decided)."""
