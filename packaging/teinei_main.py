"""The bundle's entry point: the same `teinei` command the wheel installs."""

import sys

from app.launch import main

if __name__ == "__main__":
    sys.exit(main())
