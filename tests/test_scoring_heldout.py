"""The issue's targets on answers the team did not write: a held-out set graded by another interviewer.

Nothing was tuned on this set: it was copied in, unread, once the scorer was final, and measured once.
"""

from __future__ import annotations

import pytest
from gold_metrics import load_gold, report, score_all

from llmtui.tui.practice.keypoints import ScoringBase


@pytest.fixture(scope="module")
def heldout(kb):
    scoring = ScoringBase.load(kb)

    def score(question_id: str, text: str) -> float:
        scored = scoring.score(question_id, text)
        assert scored is not None
        return scored.score

    return score_all(load_gold("heldout_answers.toml"), score)


def test_targets_on_answers_the_team_did_not_write(heldout):
    figures = report(heldout)
    assert len({s.answer.question_id for s in heldout}) == 16, figures
    assert figures["strong_above_mediocre"] >= 0.9, figures
    assert figures["strong_clear_of_namedrop"] >= 0.8, figures
    assert figures["mean_term_list"] <= 0.25, figures
    assert figures["mean_echo"] <= 0.2, figures
    assert figures["mean_off_topic"] <= 0.05, figures
    assert figures["spearman"] >= 0.7, figures
