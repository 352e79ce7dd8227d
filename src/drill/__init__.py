"""drill: a local, offline judge for the Blind 75 interview problems."""

__version__ = "0.1.0"
