"""The real-news yardstick: annotated articles of the shared corpus, their split, and scores.

The corpus text never enters the repository. Annotations (``corpus/annotations/`` at the
repository root) refer to articles by ``id`` and character offsets into their text, and the
tools here read the text from the corpus file at run time (``source.find_corpus``).
"""

from detente.corpus.schema import AnnotatedArticle, AnnotatedEvent, SplitFile
from detente.corpus.source import CorpusMissing, find_corpus, read_corpus

__all__ = ["AnnotatedArticle", "AnnotatedEvent", "CorpusMissing", "SplitFile", "find_corpus", "read_corpus"]
