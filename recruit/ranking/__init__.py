"""Advisory ranking of eligible applications, the shortlist, and the commission's assignment."""
