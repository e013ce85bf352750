"""A change of a target worker's contractual hours at the same label in Python (WSE-FAQ "Vacatures"
7.5; readings I-15, E-20): the typed list, the JSON decision and the trace agree."""
import lde


def enterprise(contingent, dmfa):
    return lde.Enterprise(allocation_number="LDE-0042", legal_form="vzw",
                          contingent=[{"from": "2015-04-01", "fte": contingent}], dmfa=dmfa)


def test_extension_needs_no_vacancy_and_is_settled_capped():
    e = enterprise("1.00", {
        "2024-Q4": [{"worker": "w1", "fraction": "0.50"}],
        "2025-Q1": [{"worker": "w1", "fraction": "0.60"}, {"worker": "w2", "fraction": "0.40"}],
        "2025-Q2": [{"worker": "w1", "fraction": "0.90"}, {"worker": "w2", "fraction": "0.40"}],
    })
    d = lde.evaluate_enterprise(e, 2025)
    assert d.contract_changes == [
        # w2 is new in Q1: a hire, not a contract change.
        {"worker": "w1", "quarter": "2025-Q1", "fraction_before": "0.50", "fraction_after": "0.60",
         "change": "extension", "new_vacancy": False, "capped": False},
        # 1.30 FTE declared for a contingent of 1.00: the settlement caps it (7.5).
        {"worker": "w1", "quarter": "2025-Q2", "fraction_before": "0.60", "fraction_after": "0.90",
         "change": "extension", "new_vacancy": False, "capped": True},
    ]
    assert d.to_dict()["contract_changes"] == d.contract_changes
    assert "enterprise.contract_change" in d.trace.rules


def test_reduction_and_no_change():
    e = enterprise("10.00", {
        "2025-Q1": [{"worker": "w1", "fraction": "1.00"}, {"worker": "w2", "fraction": "0.50"}],
        "2025-Q2": [{"worker": "w1", "fraction": "0.80"}, {"worker": "w2", "fraction": "0.50"}],
    })
    changes = lde.evaluate_enterprise(e, 2025).contract_changes
    assert [(c["worker"], c["change"]) for c in changes] == [("w1", "reduction")]
    same = enterprise("10.00", {"2025-Q1": [{"worker": "w1", "fraction": "0.50"}],
                                "2025-Q2": [{"worker": "w1", "fraction": "0.50"}]})
    assert lde.evaluate_enterprise(same, 2025).contract_changes == []
