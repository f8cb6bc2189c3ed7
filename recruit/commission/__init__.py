"""The competition commission: name-blind review, recusals, independent scores, votes, protocol."""
