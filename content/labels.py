"""The words documents label a question and its answer with, per language, in one table.

Every pattern that reads a "Question:" / "Answer:" label is built from these tables, so a language
added here is read the same way everywhere (a label line, a label inside a paragraph, a table header).
"""

from __future__ import annotations

import re

# Question labels: "**问题**: …", "질문:", "Câu hỏi:". English short forms ("Q", "Ques") are the
# patterns' own business; these are the spelled-out words.
QUESTION_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("Question", "Interview Question", "Common Interview Question"),  # ("**Interview Question 1**: Write …")
    "zh": ("问题", "問題", "问", "問", "题目", "題目"),
    "ja": ("質問", "設問"),
    "ko": ("질문",),
    "ru": ("Вопрос",),
    "uk": ("Питання",),
    "es": ("Pregunta",),
    "pt": ("Pergunta",),
    "de": ("Frage",),
    "it": ("Domanda",),
    "nl": ("Vraag",),
    "vi": ("Câu hỏi",),
    "tr": ("Soru",),
    "id": ("Pertanyaan",),
    "pl": ("Pytanie",),
}

# Answer labels: "答案要点:", "답변:", "Trả lời:", "Đáp án:". English ones ("Answer", "Ans", "A1") stay
# in the patterns, which know their short forms and qualifiers.
ANSWER_WORDS: dict[str, tuple[str, ...]] = {
    "zh": ("答", "答案", "参考答案", "參考答案", "解答", "回答", "答案要点", "答案要點", "回答要点", "回答要點",
           "参考回答", "參考回答"),
    "ja": ("回答", "解答", "答え", "模範解答"),
    "ko": ("답변", "답", "정답"),
    "ru": ("Ответ",),
    "uk": ("Відповідь",),
    "es": ("Respuesta", "Respuesta sugerida", "Respuesta modelo", "Posible respuesta", "Respuesta correcta"),
    # ("Resposta certa": the right answer, over a quiz's explanation)
    "pt": ("Resposta", "Resposta sugerida", "Resposta modelo", "Possível resposta", "Resposta certa",
           "Resposta correta"),
    "fr": ("Réponse", "Réponse suggérée", "Réponse attendue", "Réponse type", "Bonne réponse", "Réponse correcte"),
    "de": ("Antwort", "Musterantwort", "Beispielantwort", "Mögliche Antwort", "Richtige Antwort"),
    "it": ("Risposta", "Risposta suggerita", "Risposta corretta", "Risposta esatta", "Possibile risposta"),
    "nl": ("Antwoord",),
    # ("Gợi ý trả lời", "Cách trả lời": a suggested answer, how to answer)
    "vi": ("Trả lời", "Câu trả lời", "Đáp án", "Gợi ý trả lời", "Cách trả lời", "Trả lời mẫu"),
    "tr": ("Cevap", "Yanıt"),
    "id": ("Jawaban",),
    "pl": ("Odpowiedź",),
}

# Words by which a document's title says it is a set of interview questions ("NLP面试题", "Machine Learning -
# Questions and Answers", "Câu hỏi phỏng vấn"): where it says so, a block that repeats with an answer under each
# is a question even when it does not ask ("## Dropout", "### 1.BERT"). Words that name questions, not the
# interview ("My Google interview experience" lists no questions) nor a problem ("常见问题排查": troubleshooting).
DECLARING_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("questions", "Q&A", "QnA", "FAQ", "FAQs", "flashcards", "quiz", "quizzes", "interview notes"),
    "zh": ("面试题", "面試題", "试题", "試題", "题库", "題庫", "面经", "面經", "八股", "问答", "問答"),
    "ja": ("質問集", "想定質問", "問題集", "面接質問"),
    "ko": ("질문",),
    "ru": ("вопросы",),
    "uk": ("питання",),
    "es": ("preguntas",),
    "pt": ("perguntas",),
    "fr": ("questions",),
    "de": ("Fragen",),
    "it": ("domande",),
    "nl": ("vragen",),
    "vi": ("câu hỏi",),
    "tr": ("sorular", "soruları"),
    "id": ("pertanyaan",),
    "pl": ("pytania",),
}


# Speakers of an interview written as a dialogue ("**Interviewer:** …" / "**Candidate:** …"): where a document
# names both, the interviewer's turns are its questions and the candidate's turns their answers. A speaker a
# dialogue shortens to an initial ("**I:**", "**C:**") is read as that speaker once the full name is seen.
# Each Latin-script interviewer word costs a look through every document (its last word does, once: "Manager"
# for "Hiring Manager", "HR Manager" and "HR-Managerin"); words in other scripts cost nothing on a document
# without them.
INTERVIEWER_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("Interviewer", "Recruiter", "Hiring Manager", "HR Manager"),
    "zh": ("面试官", "面試官"),
    "ja": ("面接官",),
    "ko": ("면접관",),
    "ru": ("Интервьюер",),
    "de": ("Interviewerin", "HR-Manager", "HR-Managerin", "Personaler", "Personalerin"),
    "es": ("Entrevistador", "Entrevistadora"),
    "fr": ("Recruteur", "Recruteuse"),
}
CANDIDATE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("Candidate", "Interviewee", "Applicant", "Me", "You", "Response"),  # ("Response": the candidate's turn)
    "zh": ("候选人", "候選人", "应聘者", "應聘者", "求职者", "我"),
    "ja": ("候補者", "応募者"),
    "ko": ("지원자", "후보자"),
    "ru": ("Кандидат",),
    "de": ("Bewerber", "Bewerberin", "Kandidat", "Kandidatin"),
    "es": ("Candidato", "Candidata"),
    "fr": ("Candidat", "Candidate"),
}

# Words an English answer label may open with: "Potential Answer:", "Senior Answer:", "Model answer:".
ANSWER_QUALIFIERS = ("potential", "correct", "short", "sample", "model", "suggested", "expected", "best", "final",
                     "detailed", "brief", "full", "senior", "ideal", "strong", "good")


# "Technical Questions.", "Intermediate PHP Questions:": a title that names the questions under it
QUESTIONS_WORD = re.compile(r"\bquestions?\b", re.IGNORECASE)
# Option letters named as the right ones: "b", "b or d", "(A), (C)", "A、B" (after the first, each joined by a comma,
# a slash, "&", "or" or "and"; an option key's entry, or the letter a quiz taker wrote after the question)
OPTION_LETTERS = r"[A-Ha-h](?:\)?\s*(?:[,、，/&]|or|and)\s*\(?[A-Ha-h]){0,3}"
# A Chinese, Japanese or Korean character: text that asks and runs on without spaces between words
CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def alternation(words: list[str]) -> str:
    # Longest first, so that "答案要点" is tried before "答案" wherever the pattern lets either end a match.
    return "|".join(re.escape(word).replace(r"\ ", r"\s") for word in sorted(set(words), key=len, reverse=True))


FOREIGN_QUESTION_WORDS = [word for language, words in QUESTION_WORDS.items() if language != "en" for word in words]
# "Question|问题|…" for a regular expression (case-insensitive use)
QUESTION_LABEL = alternation([word for words in QUESTION_WORDS.values() for word in words])
FOREIGN_QUESTION_LABEL = alternation(FOREIGN_QUESTION_WORDS)
# "P: …" over "R: …": Pregunta/Pergunta and Respuesta/Resposta/Réponse as letters, as "Q:"/"A:" are; capitals
# before a colon only (case-sensitive inside the case-blind patterns that use them); "R:" only bare at the start
# of its line ("- **R:** strong in statistics" compares the R language)
LETTER_QUESTION_LABEL = r"(?-i:P)(?=[:：])"
# "Câu 3:" (Vietnamese: "question 3", as in a quiz): a label only with its number ("Câu trả lời" is an answer)
NUMBERED_QUESTION_LABEL = r"(?-i:C)âu(?=\s*\d)"
LETTER_ANSWER_LABEL = r"(?<!.)(?-i:R)(?=\s?[:：])"
# "答案要点|답변|Ответ|…": answer labels other than the English ones
# The plural, over a key of answers after the questions ("Réponses", "Respuestas", "Ответы")
ANSWERS_WORDS: tuple[str, ...] = ("Réponses", "Respuestas", "Respostas", "Antworten", "Risposte", "Antwoorden", "Ответы",
                                  "Відповіді", "Odpowiedzi", "Cevaplar", "Yanıtlar", "Các câu trả lời", "Correction",
                                  "Corrigé", "Soluciones", "Soluções", "Lösungen")
FOREIGN_ANSWERS_HEADING = alternation(ANSWERS_WORDS)
FOREIGN_ANSWER_LABEL = alternation([word for words in ANSWER_WORDS.values() for word in words])
ANSWER_QUALIFIER = "|".join(ANSWER_QUALIFIERS)
# "interview|面试|…": a title that says the document is interview questions (case-insensitive use; a word may
# be the start of a longer one, "собеседования")
# (a Latin-script word stands alone: "questions", not "questionnaire"; a CJK one may follow Latin letters: "NLP面试题")
DECLARING = "|".join((
    r"(?<![^\W\d_])(?:" + alternation([w for ws in DECLARING_WORDS.values() for w in ws if w.isascii()
                                          or not CJK_CHAR.search(w)]) + r")(?![^\W\d_])",
    alternation([w for ws in DECLARING_WORDS.values() for w in ws if CJK_CHAR.search(w)])))
# First characters of every question label, both cases: a cheap test before a label pattern runs.
QUESTION_LABEL_INITIALS = frozenset("Qq" + "".join(word[0].lower() + word[0].upper()
                                                    for words in QUESTION_WORDS.values() for word in words))
# The languages whose labels were read, for check's note: "Chinese, Vietnamese"
LANGUAGE_NAMES = {"zh": "Chinese", "ja": "Japanese", "ko": "Korean", "ru": "Russian", "uk": "Ukrainian",
                  "es": "Spanish", "pt": "Portuguese", "de": "German", "it": "Italian", "nl": "Dutch",
                  "vi": "Vietnamese", "tr": "Turkish", "id": "Indonesian", "pl": "Polish", "fr": "French"}


def question_label_language(text: str) -> str | None:
    """The language of the question label ``text`` opens with, None when it is English or none.

    >>> question_label_language("**Câu hỏi:** Docker là gì?")
    'vi'
    >>> question_label_language("Question: what is X?") is None
    True
    """
    head = text.lstrip("*_ \t")[:24].casefold()
    for language, words in QUESTION_WORDS.items():
        if language != "en" and any(head.startswith(word.casefold()) for word in words):
            return language
    return None
