"""The registry of rule kinds: one matcher builder per kind, nothing per rule."""
from __future__ import annotations

from . import classifier, context, document, pattern, phrase

MATCHERS = {
    "phrase": phrase.build,
    "pattern": pattern.build,
    "context": context.build,
    "document": document.build,
    "classifier": classifier.build,
}
