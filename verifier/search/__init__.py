"""Search: where a quotation's or a claim's words are in the indexed sources (the laid-out
corpus, lexical and semantic matching, which document a citation names, the per-process
checking session)."""
