"""Entry point of ``python -m nlp`` (see ``nlp.cli``)."""

import sys

from nlp.cli import main

sys.exit(main())
