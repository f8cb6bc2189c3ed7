"""Tests of the CV reading engine."""
