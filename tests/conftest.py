import sys
from pathlib import Path

# lets the tests import tests/regenerate_notebooks.py
sys.path.insert(0, str(Path(__file__).resolve().parent))
