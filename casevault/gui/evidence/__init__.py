"""Evidence files of a case: the Evidence tab and the in-app viewer."""

from casevault.gui.evidence.evidence_tab import EvidenceTab

__all__ = ["EvidenceTab"]
