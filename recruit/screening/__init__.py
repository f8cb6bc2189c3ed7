"""Screening: the eligibility check of submitted applications and HR's review of it."""
