"""Chairs named in any case form and order (kg.nlp.persons, kg.nlp.person_forms) keep their name in the
facts: a foreign chair in the genitive after «под руководством», an Arabic name with particles, a
surname glued to a dictionary word before it, a Japanese or Vietnamese surname in capitals. Each row
failed before these rules (the name in the case of the sentence, split, glued, or surname-first)."""

import pytest

from tests.helpers import extract, only_meeting

# (text, lang, {(name, name_native, state)} of the meeting's chairs)
CHAIR_NAME_CASES = [
    # a Chinese name in the genitive: only its last syllable declines
    ("3 мая 2024 года в Пекине состоялись российско-китайские консультации по вопросам международной "
     "информационной безопасности под руководством заместителя министра иностранных дел России Ивана Петрова "
     "и заместителя министра иностранных дел КНР Ли Вэя.", "ru",
     {("Ivan Petrov", "Иван Петров", "RUS"), ("Li Vey", "Ли Вэй", "CHN")}),
    # a Korean name in the genitive whose first syllable is a known surname standing undeclined
    ("2 июня 2024 года в Сеуле прошли российско-корейские консультации по вопросам безопасности в сфере "
     "использования ИКТ. Консультации прошли под председательством заместителя министра иностранных дел "
     "Республики Корея Ким Хон Гюна и директора Департамента МИД России А.А.Иванова.", "ru",
     {("Ivanov A.A.", "Иванов А.А.", "RUS"), ("Kim Khon Gyun", "Ким Хон Гюн", "KOR")}),
    # particles inside a name: «бин», «аль-»
    ("3 мая 2024 года в Москве состоялись российско-саудовские консультации по вопросам международной "
     "информационной безопасности. Саудовскую делегацию возглавил заместитель министра иностранных дел "
     "Саудовской Аравии Валид бин Абдулкарим аль-Хурайджи.", "ru",
     {("Valid bin Abdulkarim al-Khuraydzhi", "Валид бин Абдулкарим аль-Хурайджи", "SAU")}),
    # a surname and its initial glued to a dictionary word before it
    ("5 апреля 2024 года в Вене завершилась вторая сессия Межправительственной группы экспертов по "
     "киберпреступности. Работу сессии направляла Председатель Подкомитета Сальгадо-Перес М. (Мексика).", "ru",
     {("Salgado-Peres M.", "Сальгадо-Перес М.", None)}),
    # surnames in capitals: given name first
    ("The fifth Japan-Viet Nam Cyber Dialogue was held in Hanoi on 3 May 2024. The dialogue was co-chaired by "
     "Ms. TANAKA Yuko, Director of the Cyber Policy Division, Ministry of Foreign Affairs of Japan, and Mr. "
     "NGUYEN Van Thanh, Director General, Ministry of Public Security of Viet Nam.", "en",
     {("Yuko Tanaka", None, "JPN"), ("Van Thanh Nguyen", None, "VNM")}),
    # a patronymic closes a Russian name written surname first in Latin letters
    ("On 3 May 2024 the CIS expert group on cyber incidents met in Minsk. The meeting was chaired by Orlova "
     "Irina Sergeevna, Deputy Director of the Executive Committee.", "en", {("Irina Sergeevna Orlova", None, None)}),
    ("On 3 May 2024 the Russia-Kenya consultations on ICT security were held in Nairobi. They were co-chaired by "
     "Director of the Cyber Division of the Foreign Ministry of Russia Belov Pavel Andreyevich and Ambassador "
     "John Mwangi of Kenya.", "en", {("Pavel Andreyevich Belov", None, "RUS"), ("John Mwangi", None, "KEN")}),
]


@pytest.mark.parametrize("text, lang, expected", CHAIR_NAME_CASES)
def test_a_chair_keeps_the_name_in_its_nominative_and_order(text, lang, expected):
    m = only_meeting(extract(text, lang))
    assert {(c["name"], c["name_native"], c["state"]) for c in m["chairs"]} == expected, m["chairs"]
