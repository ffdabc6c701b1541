"""Allow ``python -m storydiff``."""

from storydiff.cli import main

raise SystemExit(main())
