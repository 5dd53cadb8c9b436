#include "content_fixture.h"
#include "core/language/advice_steps.h"
#include "core/language/plain_language.h"
#include "core/lint/lint_plain_language.h"

#include <algorithm>
#include <catch.hpp>

using namespace kiosk;
using namespace kiosk::test;

namespace {

const std::set<std::string> no_glossary;

std::vector<std::string> details(const std::string& text, PlainRule rule,
                                 const std::set<std::string>& glossary = no_glossary) {
    std::vector<std::string> out;
    for (const PlainFinding& f : check_plain_french(text, glossary))
        if (f.rule == rule) out.push_back(f.detail);
    return out;
}

std::vector<size_t> word_counts(const std::string& text) {
    std::vector<size_t> out;
    for (const PlainSentence& s : french_sentences(text)) out.push_back(s.words);
    return out;
}

std::vector<std::string> messages(const std::vector<LintIssue>& issues, const std::string& rule) {
    std::vector<std::string> out;
    for (const LintIssue& i : issues)
        if (i.rule == rule) out.push_back(i.message);
    return out;
}

} // namespace

TEST_CASE("french sentences end at a full stop or a line break but not after an abbreviation", "[falc]") {
    CHECK(word_counts("Allez à l'OFII. Apportez votre passeport !") == std::vector<size_t>{3, 3});
    CHECK(word_counts("Demandez M. Martin ou Mme Diallo, etc. au guichet.") == std::vector<size_t>{9});
    CHECK(word_counts("Lisez l'art. L. 313-11 du code") == std::vector<size_t>{6});
    CHECK(word_counts("Appelez le 115\nIl répond jour et nuit") == std::vector<size_t>{3, 5});
    CHECK(word_counts("Êtes-vous seul(e) ? Avez-vous des enfants ?") == std::vector<size_t>{2, 3});
    CHECK(word_counts("« C'est fermé. » Revenez demain.") == std::vector<size_t>{2, 2});
    CHECK(word_counts("1. Allez au guichet.\n2. Appelez le 3039.") == std::vector<size_t>{3, 3});
}

TEST_CASE("a sentence ends after etc. or a single capital when a capital follows but not after a title",
          "[falc]") {
    CHECK(word_counts("Vous pouvez aller à la mairie, etc. Ensuite appelez le 115 pour avoir une place.") ==
          std::vector<size_t>{7, 8});
    CHECK(word_counts("Allez au bâtiment B. Le guichet est à gauche.") == std::vector<size_t>{4, 5});
    CHECK(word_counts("Demandez M. Dupont au guichet.") == std::vector<size_t>{5});
    CHECK(word_counts("Lisez l'article L. 313-11 du code.") == std::vector<size_t>{6});
    CHECK(word_counts("Apportez vos papiers, etc. au rendez-vous.") == std::vector<size_t>{6});
}

TEST_CASE("a number in groups is one word and an elided word leans on the next", "[falc]") {
    CHECK(word_counts("Appelez le 01 45 21 38 40 ou le 3039.") == std::vector<size_t>{6});
    CHECK(word_counts("Il y a 5 626 adresses.") == std::vector<size_t>{5});
    CHECK(word_counts("L'aide d'un avocat est gratuite jusqu'au procès.") == std::vector<size_t>{7});
    CHECK(word_counts("Appelez le 115, 17 ou 18 : c'est gratuit.") == std::vector<size_t>{8});
}

TEST_CASE("falc: a sentence over 15 words is a warning and over 25 an error", "[falc]") {
    // node.papers.tension.text on main: one sentence of conditions, far over the limit.
    std::string long_one =
        "Conditions : 12 mois de travail (à la suite ou non) sur les 24 derniers mois dans un "
        "métier en tension, dans une zone où ce métier manque de bras, et 3 ans de présence "
        "en France.";
    std::vector<PlainFinding> f = check_plain_french(long_one, no_glossary);
    REQUIRE(details(long_one, PlainRule::LongSentence) == std::vector<std::string>{"36 words"});
    CHECK(std::find_if(f.begin(), f.end(), [](const PlainFinding& x) {
              return x.rule == PlainRule::LongSentence && x.error;
          }) != f.end());
    std::string sixteen =
        "Vous pouvez demander une carte de séjour de 1 an si vous travaillez depuis 12 mois en "
        "France aujourd'hui.";
    f = check_plain_french(sixteen, no_glossary);
    REQUIRE(f.size() == 1);
    CHECK(f[0].rule == PlainRule::LongSentence);
    CHECK_FALSE(f[0].error);
    CHECK(details("Appelez le 115. C'est gratuit, jour et nuit.", PlainRule::LongSentence).empty());
}

TEST_CASE("falc: chained clauses or a list after a colon are more than one idea", "[falc]") {
    CHECK(details("Allez à la préfecture, et demandez un rendez-vous, mais gardez le reçu.",
                  PlainRule::ChainedClauses) == std::vector<std::string>{"«et» «mais»"});
    CHECK(details("Appelez le 115 ; il cherche une place, puis il vous rappelle.",
                  PlainRule::ChainedClauses) == std::vector<std::string>{"«;» «puis»"});
    CHECK(details("Apportez : passeport, photo, justificatif de domicile.", PlainRule::ChainedClauses) ==
          std::vector<std::string>{"a list after «:»"});
    CHECK(
        details("Appelez le 115 : c'est gratuit, jour et nuit, même sans crédit.", PlainRule::ChainedClauses)
            .empty());
    CHECK(details("Allez au guichet, et demandez un rendez-vous.", PlainRule::ChainedClauses).empty());
}

TEST_CASE("falc: an acronym needs its long form in the text or the glossary", "[falc]") {
    std::string text = "Votre dossier passe à l'OFPRA. L'AME paie vos soins.";
    CHECK(details(text, PlainRule::UnexplainedAcronym) == std::vector<std::string>{"OFPRA", "AME"});
    CHECK(unexplained_acronyms(text, {"AME"}) == std::vector<std::string>{"OFPRA"});
    CHECK(unexplained_acronyms("Un niveau de français A1-B2 est demandé.", no_glossary) ==
          std::vector<std::string>{"A1", "B2"});
    // "long form (ACR)", "ACR (long form)" and the long form inside the brackets explain it;
    // once explained, the acronym may come back alone.
    CHECK(unexplained_acronyms("Allez au guichet unique des demandeurs d'asile (GUDA). Le GUDA vous reçoit.",
                               no_glossary)
              .empty());
    CHECK(unexplained_acronyms("Le CADA (centre d'accueil pour demandeurs d'asile) vous loge.", no_glossary)
              .empty());
    CHECK(unexplained_acronyms("L'OFII gère l'hébergement (dispositif national d'accueil, DNA).", {"OFII"})
              .empty());
    // A bracket of acronyms explains nothing; "CAFÉ" and "Comede" are no acronyms.
    CHECK(unexplained_acronyms("Demandez (CAF, CPAM).", no_glossary) ==
          std::vector<std::string>{"CAF", "CPAM"});
    CHECK(unexplained_acronyms("Le CAFÉ du Comede ouvre à 9 h.", no_glossary).empty());
    // An acronym inside a name the text writes whole is part of the name.
    CHECK(unexplained_acronyms("SOS homophobie aide les victimes. Appelez SOS Amitié.", no_glossary,
                               {"SOS homophobie", "SOS Amitié"})
              .empty());
    CHECK(unexplained_acronyms("Appelez SOS.", no_glossary, {"SOS Amitié"}) ==
          std::vector<std::string>{"SOS"});
    // Only a long form whose words' initials spell the acronym explains it: words in brackets
    // that spell nothing do not.
    CHECK(unexplained_acronyms("Prenez rendez-vous (OFPRA).", no_glossary) ==
          std::vector<std::string>{"OFPRA"});
    CHECK(unexplained_acronyms("Allez voir l'OFPRA.", no_glossary) == std::vector<std::string>{"OFPRA"});
    CHECK(unexplained_acronyms("Le CNDA (juge de votre recours) répond.", no_glossary) ==
          std::vector<std::string>{"CNDA"});
    CHECK(unexplained_acronyms("Écrivez (votre dossier complet, CNDA).", no_glossary) ==
          std::vector<std::string>{"CNDA"});
    CHECK(unexplained_acronyms("Écrivez à l'Office français de protection des réfugiés et apatrides (OFPRA).",
                               no_glossary)
              .empty());
    CHECK(unexplained_acronyms("L'aide médicale de l'État (AME) paie vos soins.", no_glossary).empty());
    CHECK(unexplained_acronyms("Demandez la complémentaire santé solidaire (C2S).", no_glossary).empty());
    CHECK(unexplained_acronyms("Le CIR (contrat d'intégration républicaine, signé à l'OFII) vous engage.",
                               {"OFII"})
              .empty());
    CHECK(glossary_forms({"OFII", "titres de séjour | A1 | A2"}) ==
          std::set<std::string>{"OFII", "titres de séjour", "A1", "A2"});
}

TEST_CASE("falc: a number written in words but not a name or the adjective neuf", "[falc]") {
    CHECK(details("Attendez trois mois. Deux ans de présence suffisent. Dix-huit ans au moins.",
                  PlainRule::NumberInWords) == std::vector<std::string>{"trois", "deux", "dix-huit"});
    CHECK(details("Pendant neuf mois.", PlainRule::NumberInWords) == std::vector<std::string>{"neuf"});
    CHECK(
        details("Allez à l'hôpital des Quinze-Vingts avec un titre neuf.", PlainRule::NumberInWords).empty());
    CHECK(details("Une personne vous reçoit 3 mois.", PlainRule::NumberInWords).empty());
    CHECK(details("Une carte d'un an. Revenez une fois. Attendez un mois ou une semaine.",
                  PlainRule::NumberInWords) == std::vector<std::string>{"un", "une", "un", "une"});
    CHECK(details("Un an de présence suffit. Prenez un rendez-vous.", PlainRule::NumberInWords) ==
          std::vector<std::string>{"un"});
    // "once": a conjunction before a participle, not a count
    CHECK(details("Une fois prescrite, la formation est obligatoire.", PlainRule::NumberInWords).empty());
    CHECK(details("Venez une fois par mois.", PlainRule::NumberInWords) == std::vector<std::string>{"une"});
}

TEST_CASE("falc: a passive voice but not a verb of movement or a state", "[falc]") {
    CHECK(details("Les soins sont remboursés. Vous pouvez être accompagné(e). Il est pris en charge.",
                  PlainRule::Passive) ==
          std::vector<std::string>{"sont remboursés", "être accompagné(e)", "est pris"});
    CHECK(details("Votre dossier n'est pas examiné.", PlainRule::Passive) ==
          std::vector<std::string>{"est examiné"});
    CHECK(details("Vous êtes arrivé(e) en France. Le bureau est fermé le lundi. C'est gratuit.",
                  PlainRule::Passive)
              .empty());
    CHECK(details("Êtes-vous marié(e) ? Il est à l'est de Paris. Je suis réfugié(e).", PlainRule::Passive)
              .empty());
}

TEST_CASE("falc: a negation but not ne que nor n'importe nor plus de", "[falc]") {
    CHECK(details("Vous n'avez pas de papiers. Ne restez jamais seul. Venez sans rendez-vous.",
                  PlainRule::Negation) == std::vector<std::string>{"ne ... pas", "ne ... jamais", "sans"});
    CHECK(details("Vous n'avez qu'à appeler. Venez à n'importe quelle heure.", PlainRule::Negation).empty());
    CHECK(details("Plus de 18 ans. Une personne vous aide. Un centre pour sans-abri.", PlainRule::Negation)
              .empty());
}

TEST_CASE("falc: advice is 2 or 3 steps one per line and the kiosk numbers them", "[falc]") {
    CHECK(advice_steps("Appelez le 115.").size() == 1);
    CHECK(advice_steps("Appelez le 115.\n\nIl vous trouve une place.\nAllez-y ce soir.").size() == 3);
    CHECK(numbers_its_steps("1. Appelez le 115.\n2. Allez-y."));
    CHECK_FALSE(numbers_its_steps("Appelez le 115.\n3 nuits au plus."));
}

TEST_CASE("lint scores the french texts and checks the steps of advice in every language", "[falc]") {
    ContentFixture c;
    c.strings["node.help.family.text"] = {"Appelez le 115.\nIl cherche une place pour la famille.",
                                          "Call 115.\nThey look for a place for the family."};
    c.strings["node.help.alone.text"] = {"Allez voir la CPAM. Attendez trois mois.",
                                         "Go to the CPAM.\nWait."};
    c.strings["ui.choice_unknown"] = {"Je ne sais pas", "I don't know"};
    std::string& flow = c.files["flows/help.yaml"]; // both questions offer "I don't know"
    flow.replace(flow.find("{value: none, pictogram: back}"), 30,
                 "{value: none, pictogram: back}, {value: unknown, pictogram: back}");
    PlainLanguageReport r = lint_plain_language(ContentStore(c.build()));
    CHECK(messages(r.issues, "falc-negation") == // one string, however many questions offer it
          std::vector<std::string>{
              "ui.choice_unknown, sentence 1 «Je ne sais pas»: negation \"ne ... pas\"; say "
              "what to do"});
    CHECK(messages(r.issues, "falc-steps") ==
          std::vector<std::string>{"node.help.alone.text has 1 step(s): write 2 or 3, one per line"});
    CHECK(messages(r.issues, "falc-steps-translation") ==
          std::vector<std::string>{"language en, node.help.alone.text: 2 step(s) where the French has 1"});
    CHECK(
        messages(r.issues, "falc-unexplained-acronym") ==
        std::vector<std::string>{"node.help.alone.text: CPAM is not explained: write \"long form (CPAM)\" or "
                                 "add it to the glossary"});
    REQUIRE_FALSE(r.texts.empty());
    CHECK(r.texts.front().key == "node.help.alone.text"); // worst first: 4 of its 7 rules pass
    CHECK(r.texts.front().passed == 4);
    CHECK(r.texts.front().rules == 7);
    CHECK(r.advice_sentences == 4);
    CHECK(r.advice_unexplained == std::vector<std::string>{"CPAM"});

    c.strings["hotline.115.name"] = {"SOS Nuit", "SOS Nuit"}; // a line's name is a name, not an acronym
    c.strings["node.help.family.text"].first =
        "Appelez SOS Nuit au 115.\nIl cherche une place pour la famille.";
    c.strings["glossary.cpam.term"] = {"CPAM", "CPAM"};
    c.strings["glossary.cpam.text"] = {"La caisse qui paie les soins.", "The office that pays for care."};
    r = lint_plain_language(ContentStore(c.build()));
    CHECK(messages(r.issues, "falc-unexplained-acronym").empty());
    CHECK(std::any_of(r.texts.begin(), r.texts.end(),
                      [](const PlainTextScore& t) { return t.key == "glossary.cpam.text"; }));
}
