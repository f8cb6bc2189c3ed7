"""Hardened readers that turn PDF, DOCX and TXT bytes into text; see `nlp.extract`."""
