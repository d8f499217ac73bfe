"""Batch: checking agenda packs, the work one worker does on one pack."""
