"""Recruit's CV reading engine: pure Python, takes bytes or text, returns frozen dataclasses."""
