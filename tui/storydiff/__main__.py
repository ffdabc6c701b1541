"""Allow ``python -m storydiff``."""

from storydiff.cli import main

if __name__ == "__main__":  # a spawned child process imports this module as __mp_main__
    raise SystemExit(main())
