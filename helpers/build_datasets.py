"""Command line: ``python -m helpers.build_datasets [--dir DIR] [--only planar|digits]``.

Writes ``planar.h5`` and ``digits.h5`` (see :mod:`helpers.datasets`) and prints their SHA-256.
"""
from .datasets import _main

if __name__ == "__main__":
    _main()
