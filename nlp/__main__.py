"""Entry point of ``python -m nlp`` (see ``nlp.cli``)."""

import os
import sys

from nlp.cli import main

try:
    code = main()
    sys.stdout.flush()
except BrokenPipeError:
    # The reader stopped reading ("| head"): stop quietly, as command-line tools do, with
    # nothing left to flush into the closed pipe at exit.
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    code = 0
sys.exit(code)
