"""The question bank: packs as received, their manifests, and the parser into plain records.

Imports neither textual nor networkx (see tests/test_import_hygiene.py).
"""

from .errors import ContentError
from .models import Pack, Question, QuestionBank

__all__ = ["ContentError", "Pack", "Question", "QuestionBank"]
