"""Reading: a motion's file into text, and its text into quotations, citations, claims and
figures; an agenda pack's pages into its items. Knows nothing of the index or of verdicts."""
