"""spaCy components of the CV reading pipeline, registered with ``@Language.factory``."""
