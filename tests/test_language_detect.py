import pytest

from kg import language
from kg.language import detect_language


@pytest.mark.parametrize(("text", "expected"), [
    ("Заместитель министра провёл консультации с делегацией в Москве.", "ru"),
    ("The delegations exchanged views on confidence-building measures in New York.", "en"),
    ("Делегації обмінялися думками щодо заходів довіри в Києві.", "uk"),
    ("Делегациите обмениха мнения относно мерките за укрепване на доверието.", "bg"),
    ("Die Delegationen tauschten sich über vertrauensbildende Maßnahmen aus.", "de"),
    ("Les délégations ont échangé leurs vues sur les mesures de confiance.", "fr"),
])
def test_language_of_a_sentence(text, expected):
    assert detect_language(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "2024-04-16 / 17", "---"])
def test_text_without_letters_is_undecidable(text):
    assert detect_language(text) is None


def test_plain_russian_is_decided_without_lingua(monkeypatch):
    def fail():
        raise AssertionError("lingua should not be needed for plain Russian")

    monkeypatch.setattr(language, "_detector", fail)
    assert detect_language("Стороны обсудили вопросы международной информационной безопасности.") == "ru"


def test_ukrainian_letters_prevent_the_russian_shortcut():
    # Has ы-free Ukrainian with і/ї: the shortcut must not claim it as Russian.
    assert not language.looks_russian("Сторони обговорили питання міжнародної інформаційної безпеки.")


def test_mostly_english_text_with_a_russian_name_is_english():
    text = ("Deputy Foreign Minister Oleg Syromolotov (Олег Сыромолотов) co-chaired the meeting, "
            "which reviewed cooperation on the security of information and communication technologies.")
    assert detect_language(text) == "en"
