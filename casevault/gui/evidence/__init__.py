"""Evidence files of a case: the Evidence tab and the in-app viewer (issue 5)."""

from casevault.gui.evidence.evidence_tab import EvidenceTab

__all__ = ["EvidenceTab"]
