"""Golden table: names of state bodies found by their shape (kg/relate/body_names.py), in both languages.

The sentences are written for this test, with bodies and states the vocabularies do not list, so that
each row checks the grammar (head noun, adjectives, complements, where the name stops), not a lookup.
"""

import pytest

from kg.relate.body_names import find_bodies_en, find_bodies_ru

RU = [
    # a head with its genitive complements; the owning state after it is not part of the name
    ("Делегацию возглавил представитель Министерства связи и массовых коммуникаций Республики Чад.",
     [("Министерства связи и массовых коммуникаций", "Министерство связи и массовых коммуникаций")]),
    # agreeing adjectives before the head, in the instrumental; «по …» complements with their own «и»
    ("Соглашение подписано между Государственной службой по техническому и экспортному надзору и партнёрами.",
     [("Государственной службой по техническому и экспортному надзору",
       "Государственная служба по техническому и экспортному надзору")]),
    # a list inside the name, closed by «и»
    ("Участвовали сотрудники Министерства энергетики, горнодобывающей промышленности и водных ресурсов Лесото.",
     [("Министерства энергетики, горнодобывающей промышленности и водных ресурсов",
       "Министерство энергетики, горнодобывающей промышленности и водных ресурсов")]),
    # two bodies joined by «и»: the second head starts a second name
    ("Выступили представители Национального агентства кибербезопасности и Министерства юстиции Малави.",
     [("Национального агентства кибербезопасности", "Национальное агентство кибербезопасности"),
      ("Министерства юстиции", "Министерство юстиции")]),
    # a quoted proper name after the head
    ("Гостей приветствовал глава Агентства «Бирлешик» и его заместитель.",
     [("Агентства «Бирлешик»", "Агентство «Бирлешик»")]),
    # a lower-case head is a description, not a name; a verb ends the name
    ("Российское министерство обсудило вопросы с Центром мониторинга угроз, созданным в 2020 году.",
     [("Центром мониторинга угроз", "Центр мониторинга угроз")]),
    # a head alone is no name
    ("Об этом сообщило Министерство.", []),
    # an acronym item of a list inside the name, closed by «и»
    ("Соглашение подписали с Министерством науки, ИКТ и цифровой экономики Республики Чад.",
     [("Министерством науки, ИКТ и цифровой экономики", "Министерство науки, ИКТ и цифровой экономики")]),
    # «Правительства», «при Правительстве» complete a body's name; the state after them is its owner
    ("Выступили руководитель Аппарата Правительства и сотрудник Службы связи при Правительстве Республики Чад.",
     [("Аппарата Правительства", "Аппарат Правительства"),
      ("Службы связи при Правительстве", "Служба связи при Правительстве")]),
    # a minister's post names the ministry
    ("В заседании участвовал заместитель Министра водных ресурсов и мелиорации Республики Чад.",
     [("Министра водных ресурсов и мелиорации", "Министерство водных ресурсов и мелиорации")]),
]

EN = [
    # modifiers joined by "and" before the head; the state after "of" stays with the name here
    ("The delegation included the National Security and Defence Council and the State Bank of Lesotho.",
     ["National Security and Defence Council", "State Bank of Lesotho"]),
    # a comma list inside the complement, closed by "and the"
    ("Officials of the Ministry of Energy, Mines and the Blue Economy attended.",
     ["Ministry of Energy, Mines and the Blue Economy"]),
    # a plural head shared by a list: one body per item
    ("Kenyan Ministries of Defence, Interior and Information Technology joined the talks.",
     ["Defence", "Interior", "Information Technology"]),
    # a lower-case plural head shared by the capitalised list after it
    ("Staff from the departments of Energy, Commerce and Homeland Security took part.",
     ["Energy", "Commerce", "Homeland Security"]),
    # a plural head after the list it shares: commas part the items, the last comma's item ends at its
    # first "and"; state adjectives in the other case are no items
    ("Officials from the foreign affairs, interior and energy and mining ministries and the Chilean and "
     "Peruvian ministries met.", ["foreign affairs", "interior", "energy and mining"]),
    # the office of a post is one name with the head after "and" that closes it
    ("Representatives of the Department of the Prime Minister and Cabinet and the Office of the President met.",
     ["Department of the Prime Minister and Cabinet", "Office of the President"]),
    # "and on the … side": the clause goes on, the name does not
    ("It was led by the Director, Ministry of Foreign Affairs and on the Kenyan side by the Director.",
     ["Ministry of Foreign Affairs"]),
    # a second body after "and the" is its own name
    ("It was organised by the Department of Trade and the Office of the Attorney General.",
     ["Department of Trade", "Office of the Attorney General"]),
    # a state name before the head is part of an English compound name; CERT-style acronyms are bodies
    ("Experts from Malawi Computer Emergency Response Team, CERT Fiji and KIRCERT joined online.",
     ["Malawi Computer Emergency Response Team", "CERT Fiji", "KIRCERT"]),
    # a possessive inside the name; the name stops before a date
    ("The Attorney General's Office hosted the talks at the Civic Centre on 4 May.",
     ["Attorney General's Office", "Civic Centre"]),
    # words that open a sentence or name a post are not part of the name
    ("Representatives Electoral Commission staff met.", ["Electoral Commission"]),
    # no head noun, no body
    ("The Blue Ridge Partnership met in March.", []),
    # a minister's post names the ministry; "Prime Minister" names none; a second post after "and the"
    ("The Minister of Water and Sanitation of Malawi and the Prime Minister of Fiji spoke.",
     ["Minister of Water and Sanitation of Malawi"]),
    # a head that qualifies a later head is part of its name
    ("Officials of the Cabinet Secretariat, the Cabinet Information Research Office and the National Police "
     "Agency of Malawi met.", ["Cabinet Secretariat", "Cabinet Information Research Office",
                               "National Police Agency of Malawi"]),
    # "&" joins two modifiers; an acronym before "and" is a body of its own, so is one after "and the"
    ("Staff of the Trade & Development Office, the BSK and Authority for Digital Media and the Bureau of "
     "Statistics and the NSA met.", ["Trade & Development Office", "Authority for Digital Media",
                                     "Bureau of Statistics"]),
    # a person's title after a minister's post ends the name
    ("Fijian Minister of Lands Dr Sitiveni Rabuka spoke.", ["Minister of Lands"]),
    # an aside "including …" inside a shared head's list names a body of its own; "the Treasury" is an item
    ("Staff of the Departments of Energy, Commerce, including the Census Bureau, the Treasury, and Labor "
     "attended.", ["Energy", "Commerce", "Census Bureau", "the Treasury", "Labor"]),
    # a lower-case shared head takes lower-case items; an unclosed last item is one word
    ("Experts of the ministries of home affairs, energy, and water and sanitation joined.",
     ["home affairs", "energy", "water and sanitation"]),
    ("The ministries of home affairs and energy met in Suva.", ["home affairs", "energy"]),
    # the office of a post is named after the post
    ("Staff of the Office of the Director of Public Prosecutions attended.",
     ["Office of the Director of Public Prosecutions"]),
]


@pytest.mark.parametrize(("sentence", "expected"), RU)
def test_russian_body_names(sentence, expected):
    assert [(b.surface, b.nominative) for b in find_bodies_ru(sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), EN)
def test_english_body_names(sentence, expected):
    assert [b.surface for b in find_bodies_en(sentence)] == expected


def test_a_shared_head_names_each_item_in_the_singular():
    found = find_bodies_en("Officials from the foreign and defence ministries attended.")
    # an adjective stays before the head: "Ministry of Foreign" would be a name cut short
    assert [b.nominative for b in found] == ["Foreign Ministry", "Ministry of Defence"]


def test_a_ministers_post_is_read_as_the_ministry():
    (b,) = find_bodies_en("The Minister for Lands and Survey attended.")
    assert b.nominative == "Ministry for Lands and Survey"


def test_offsets_point_at_the_name():
    s = "Сотрудники Министерства водных ресурсов Замбии прибыли."
    (b,) = find_bodies_ru(s)
    assert s[b.start : b.end] == b.surface


def test_lower_case_items_are_named_in_title_case():
    found = find_bodies_en("Experts of the ministries of home affairs, energy, and water and sanitation joined.")
    assert [b.nominative for b in found] == ["Ministry of Home Affairs", "Ministry of Energy",
                                             "Ministry of Water and Sanitation"]
