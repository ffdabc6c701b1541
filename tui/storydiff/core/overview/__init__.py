"""The overview of many articles on one story (headless): see :mod:`.build`."""

from storydiff.core.overview.build import build_overview
from storydiff.core.overview.model import Overview

__all__ = ["Overview", "build_overview"]
