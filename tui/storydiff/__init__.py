"""storydiff: compare news articles that cover the same story.

Importing the package loads nothing else: the analysis core lives in
``storydiff.core``, the headless API in ``storydiff.api`` and the Textual
reader in ``storydiff.ui``, so scripts never pay for the app.
"""

__version__ = "0.1.0"
