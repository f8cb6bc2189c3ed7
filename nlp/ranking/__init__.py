"""Feature computation behind the candidate ranker: fit text, skills and potential."""
