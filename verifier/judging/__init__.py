"""Judging: the verdicts on quotations and claims, and `check_motion`, the one flow that reads,
searches and judges a motion."""
