"""newsdossier: turn a corpus of raw news articles into a cross-linked research site."""

__version__ = "0.1.0"

# Bumped whenever extraction changes what it writes, so that normalize re-extracts
# seeds whose fingerprint has not changed.
EXTRACTOR_VERSION = "1"
