"""The POP verdicts and the label of an enterprise decision in Python (WSE-FAQ "POP" 6.1, 6.8, 6.9;
"Organisatievoorwaarden" 2.1, 2.2; readings E-13, E-16..E-19)."""
import pytest

import lde

ALL = ["personal_data", "current_generic_competences", "current_technical_competences",
       "future_generic_competences", "future_technical_competences", "generic_improvement_action",
       "technical_improvement_action"]


def enterprise(**extra):
    return lde.Enterprise(allocation_number="LDE-0042", legal_form="vzw",
                          contingent=[{"from": "2015-04-01", "fte": "10.00"}],
                          dmfa={"2025-Q1": [{"worker": "w1", "fraction": "1.00"}, {"worker": "w2", "fraction": "0.50"}]},
                          **extra)


def test_pop_verdicts_typed_and_json_agree():
    e = enterprise(pops=[
        {"worker": "w1", "year": 2025, "elements": ALL, "transition": "motivated",
         "motivation": "61 jaar: geen doorstroomacties", "registered_on": "2025-05-02"},
        {"worker": "w2", "year": 2025, "elements": ALL[:-1], "transition": "actions", "view": "employer_only",
         "refusal": "refused_access"},
    ])
    d = lde.evaluate_enterprise(e, 2025)
    verdicts = d.pop_verdicts
    assert [v["status"] for v in verdicts] == ["compliant", "incomplete"]
    assert verdicts[1]["missing"] == ["technical_improvement_action", "registration"]
    assert verdicts[1]["employer_view_only"] is True
    body = d.to_dict()
    assert [w["pop"] for w in body["pop_workers"]] == [
        {k: v for k, v in x.items() if k in ("status", "missing", "employer_view_only")} for x in verdicts]
    assert "enterprise.pop.check" in d.trace.rules
    # Round trip and pickling keep the POPs.
    again = lde.Enterprise.from_json(e.to_json())
    assert lde.evaluate_enterprise(again, 2025).pop_verdicts == verdicts


def test_label_canonical_numbers():
    e = enterprise(label={"level": "establishment_unit", "establishment_unit_number": "2 000 000 042"})
    assert lde.evaluate_enterprise(e, 2025).label == {
        "level": "establishment_unit", "enterprise_number": None, "establishment_unit_number": "2.000.000.042"}
    assert lde.evaluate_enterprise(enterprise(), 2025).label["level"] == "enterprise"


@pytest.mark.parametrize("extra,code,field", [
    ({"label": {"level": "establishment_unit", "establishment_unit_number": "2.000.000.041"}},
     lde.InvalidArgumentError, "label.establishment_unit_number"),
    ({"pops": [{"worker": "w1", "year": 2025, "elements": ["hobbies"], "transition": "actions"}]},
     lde.InvalidArgumentError, "pops[0].elements[0]"),
    ({"pops": [{"worker": "w1", "year": 2025, "elements": [], "transition": "actions", "refusal": "refused_talk"}]},
     lde.ConflictError, "pops[0].refusal"),
])
def test_bad_pop_and_label_name_the_field(extra, code, field):
    with pytest.raises(code) as info:
        lde.Enterprise.from_json({"allocation_number": "LDE-0042", "legal_form": "vzw", **extra})
    assert info.value.field == field
