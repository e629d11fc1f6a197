"""`python -m newsdossier ...`: the same command line as the `newsdossier` script."""
import sys

from newsdossier.cli import main

sys.exit(main())
