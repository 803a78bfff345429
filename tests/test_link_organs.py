"""An organisation's organs named without it («Совет коллективной безопасности», "the Council of Foreign
Ministers") are linked when the text names the organisation, and only to that organisation's organ."""

import pytest

from kg.ingest import default_resources
from kg.records import Announcement
from kg.understand import understand
from tests.helpers import extract, only_meeting

LINKED_CASES = [
    ("3 мая 2024 года в Москве состоялось заседание Постоянного совета ОДКБ. Участники обсудили подготовку к "
     "сессии Совета коллективной безопасности.", "ru", {"CSTO Collective Security Council"}),
    # a list of organs whose organisation closes it; the post a council's name holds is part of the name
    ("3 мая 2024 года в Москве состоялось заседание Постоянного совета ОДКБ. Участники обсудили решения Совета "
     "министров иностранных дел, Комитета секретарей советов безопасности и Военного комитета ОДКБ.", "ru",
     {"CSTO Council of Foreign Ministers", "CSTO Committee of Secretaries of Security Councils"}),
    ("On 3 May 2024 the CSTO Working Group on Information Security met in Minsk. The group prepared a report for "
     "the Council of Foreign Ministers.", "en", {"CSTO Council of Foreign Ministers"}),
]


@pytest.mark.parametrize("text, lang, processes", LINKED_CASES)
def test_an_organ_named_without_its_organisation_is_linked(text, lang, processes):
    m = only_meeting(extract(text, lang))
    assert processes <= {p["name"] for p in m["processes"]}


NOT_LINKED_CASES = [
    # two organisations with an organ of that name: whose is not said (guard)
    ("3 мая 2024 года в Минске прошли консультации экспертов СНГ и ОДКБ. Эксперты подготовили доклад для Совета "
     "министров иностранных дел.", "ru", "Council of Foreign Ministers"),
    # another owner's acronym opens the name (guard)
    ("On 3 May 2024 the CSTO Working Group on Information Security met in Minsk. It studied the practice of the "
     "GUAM Council of Foreign Ministers.", "en", "CSTO Council of Foreign Ministers"),
]


@pytest.mark.parametrize("text, lang, part", NOT_LINKED_CASES)
def test_an_organ_whose_organisation_is_not_said_is_not_linked(text, lang, part):
    m = only_meeting(extract(text, lang))
    assert not [p for p in m["processes"] if part in p["name"]]


# A council named by the posts of those who sit in it and its organisation: the council, as a process or forum.
MEMBER_COUNCIL_CASES = [
    ("3 мая 2024 года в Москве состоялось заседание Постоянного совета ОДКБ. Проект будет внесен на заседание "
     "министров обороны государств – членов ОДКБ в июне.", "ru", "CSTO Council of Defence Ministers"),
    ("3 мая 2024 года в Минске прошло совещание экспертов СНГ. Эксперты обсудили решения, принятые главами "
     "правительств стран СНГ в марте.", "ru", "CIS Council of Heads of Government"),
    ("On 3 May 2024 the CSTO Working Group on Information Security met in Minsk. The group prepared a report for "
     "the CSTO defence ministers.", "en", "CSTO Council of Defence Ministers"),
    ("On 3 May 2024 the SCO experts on information security met in Beijing. Their proposals go to the SCO heads "
     "of state in July.", "en", "Council of Heads of State of SCO Member States"),
]


@pytest.mark.parametrize("text, lang, council", MEMBER_COUNCIL_CASES)
def test_a_council_named_by_its_members_posts_is_linked(text, lang, council):
    m = only_meeting(extract(text, lang))
    assert council in {p["name"] for p in m["processes"]} | ({m["forum"]["name"]} if m["forum"] else set())


def test_heads_of_state_signing_an_act_are_no_council():
    text = "Эксперты доработали проект Совместного заявления глав государств – участников СНГ о сотрудничестве."
    doc = understand(Announcement("x", text, "x", lang="ru"), default_resources())
    assert "CIS Council of Heads of State" not in {m.entity.name_en for si in doc.sents for m in si.mentions
                                                   if m.entity is not None}
