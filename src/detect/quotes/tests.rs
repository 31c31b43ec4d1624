//! One line per case: the text, and its quotes rendered as
//! `STYLE:"quoted text"<-speaker=resolved name`, joined by ` | `.

use super::*;
use crate::annotation::EntityDetails;
use crate::text::tokens::tokenize;

/// One detector for every test: compiling the patterns is the slow part in debug builds.
fn quotes() -> &'static Quotes {
    static QUOTES: std::sync::OnceLock<Quotes> = std::sync::OnceLock::new();
    QUOTES.get_or_init(Quotes::new)
}

/// Quotes found in `text`, with the given person names marked as PER entities at every
/// occurrence (canonical: the longest listed name containing the occurrence); a name
/// written `ORG:name` is marked as an organisation, `NORP:name` as a people.
fn render(text: &str, people: &[&str]) -> String {
    let mut entities = Vec::new();
    for name in people {
        let (label, name) = match (name.strip_prefix("ORG:"), name.strip_prefix("NORP:")) {
            (Some(org), _) => (Label::Org, org),
            (_, Some(people)) => (Label::Norp, people),
            _ => (Label::Per, *name),
        };
        let canonical = people.iter().filter(|n| n.contains(name)).max_by_key(|n| n.len()).unwrap();
        let canonical = canonical.trim_start_matches("ORG:").trim_start_matches("NORP:");
        for (at, _) in text.match_indices(name) {
            let span = Span::new(at, at + name.len());
            if entities.iter().any(|e: &Annotation| e.span.overlaps(span)) {
                continue;
            }
            let details = EntityDetails { id: 0, canonical: canonical.to_string() };
            entities.push(Annotation { span, label, details: Details::Entity(details) });
        }
    }
    entities.sort_by_key(|e| e.span.start);
    let found = quotes().find(text, &tokenize(text), &entities);
    crate::check_invariants(text, &found).expect("invariants hold");
    found
        .iter()
        .map(|a| {
            let Details::Quote(q) = &a.details else { unreachable!() };
            let mut s = format!("{}:{}", &q.style.as_str()[..1].to_uppercase(), &text[a.span.range()]);
            if let Some(sp) = q.speaker {
                s.push_str(&format!("<-{}", &text[sp.range()]));
            }
            if let Some(n) = q.speaker_name.as_deref().filter(|n| q.speaker.is_none_or(|sp| *n != &text[sp.range()])) {
                s.push_str(&format!("={n}"));
            }
            s
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

macro_rules! t {
    ($name:ident, $text:expr, $want:expr) => {
        t!($name, $text, &[], $want);
    };
    ($name:ident, $text:expr, $people:expr, $want:expr) => {
        #[test]
        fn $name() {
            assert_eq!(render($text, $people), $want, "text: {:?}", $text);
        }
    };
}

// Mark styles.
t!(straight_double, r#"He said: "We go home now." Then he left."#, r#"D:"We go home now."<-He"#);
t!(curly_double, "“We go home now,” she said.", "D:“We go home now,”<-she");
t!(curly_single, "‘We go home now,’ she said.", "D:‘We go home now,’<-she");
t!(straight_single, "'We go home now,' she said.", "D:'We go home now,'<-she");
t!(guillemets_spaced, "« Nous partirons demain matin », dit-il.", "D:« Nous partirons demain matin »");
t!(guillemets_tight, "«Nous partirons demain matin», dit-il.", "D:«Nous partirons demain matin»");
t!(single_guillemets, "‹Wir gehen jetzt nach Hause›, sagte er.", "D:‹Wir gehen jetzt nach Hause›");
t!(low_high_double, "„Wir gehen jetzt nach Hause“, sagte er.", "D:„Wir gehen jetzt nach Hause“");
t!(low_high_single, "‚Wir gehen jetzt nach Hause‘, sagte er.", "D:‚Wir gehen jetzt nach Hause‘");
t!(corner_brackets, "他说：「我们明天一起走吧」。", "D:「我们明天一起走吧」");
t!(white_corner_nested, "「他说『好』然后走了回家」", "D:「他说『好』然后走了回家」");
t!(straight_closes_curly, "“We go home now,\" she said.", "D:“We go home now,\"<-she");

// Apostrophes are not quote marks.
t!(apostrophe_contraction, "We don't know and won't say.", "");
t!(apostrophe_decade, "In the '90s and ‘80s it was fine.", "");
t!(apostrophe_rock_n_roll, "They played rock 'n' roll all night.", "");
t!(apostrophe_plural_possessive, "the Alrawis' home and the Smiths’ car", "");
t!(apostrophe_oclock, "at five o'clock sharp", "");
t!(apostrophe_inside_single, "'The Alrawis' home is gone,' she said.", "D:'The Alrawis' home is gone,'<-she");
t!(apostrophe_inside_double, r#""We don't want them anymore," he said."#, r#"D:"We don't want them anymore,"<-he"#);

// News layouts.
t!(multi_sentence, r#""We left. They stayed. Nobody won," said Ammar."#, r#"D:"We left. They stayed. Nobody won,"<-Ammar"#);
t!(nested_single_in_double, r#""He told me 'run' and I ran," she said."#, r#"D:"He told me 'run' and I ran,"<-she"#);
t!(editorial_insertion, r#""They ordered the strike [against Soleimani]," he said."#, r#"D:"They ordered the strike [against Soleimani],"<-he"#);
t!(broken_by_attribution, r#""We want to be free," he said, "without the United States.""#, r#"D:"We want to be free,"<-he | D:"without the United States."<-he"#);
t!(colon_intro, r#"Kanani said: "We will go home now.""#, r#"D:"We will go home now."<-Kanani"#);
t!(colon_intro_new_sentence_after, r#"Kanani said: "We will go home now!" He added that they would return."#, r#"D:"We will go home now!"<-Kanani"#);
t!(org_title_person_after_cue, r#""Prices will keep rising," warned Bank of England governor Andrew Bailey."#, &["ORG:Bank of England", "Andrew Bailey"], r#"D:"Prices will keep rising,"<-Andrew Bailey"#);
t!(role_person_before_cue, r#"“We have crews ready,” company spokeswoman Rachel Dupre said. "Go," police chief Al Ruiz told us."#, &["Rachel Dupre", "Al Ruiz"], r#"D:“We have crews ready,”<-Rachel Dupre | D:"Go,"<-Al Ruiz"#);
t!(three_word_role_before_cue, r#""Sales were strong," chief financial officer Lin Tao said. "Yes," chief operating officer Jane Fraser said."#, &["Lin Tao", "Jane Fraser"], r#"D:"Sales were strong,"<-Lin Tao | D:"Yes,"<-Jane Fraser"#);
t!(office_title_before_cue, r#""We need help," UN High Commissioner for Refugees Filippo Grandi said."#, &["Filippo Grandi"], r#"D:"We need help,"<-Filippo Grandi"#);
t!(office_title_after_cue, r#""We will appeal," said UN High Commissioner for Refugees Filippo Grandi."#, &["Filippo Grandi"], r#"D:"We will appeal,"<-Filippo Grandi"#);
t!(role_not_a_conjunction, r#""Go," but Al Ruiz said no."#, &["Al Ruiz"], r#"D:"Go,""#);
t!(two_particles_in_a_name, r#""We are ready," Ursula von der Leyen said."#, &["Ursula von der Leyen"], r#"D:"We are ready,"<-Ursula von der Leyen"#);
t!(epithet_age, r#"Jannik Sinner won. "I stayed calm," the 23-year-old said."#, &["Jannik Sinner"], r#"D:"I stayed calm,"<-the 23-year-old=Jannik Sinner"#);
t!(epithet_age_noun, r#""I never wanted a comeback," says Marianne Holloway. "But the songs kept arriving." The 61-year-old singer told the BBC about it."#, &["Marianne Holloway", "ORG:BBC"], r#"D:"I never wanted a comeback,"<-Marianne Holloway | D:"But the songs kept arriving."<-The 61-year-old singer=Marianne Holloway"#);
t!(epithet_people, r#"Jannik Sinner won. "I stayed calm," the Italian said."#, &["Jannik Sinner", "NORP:Italian"], r#"D:"I stayed calm,"<-Italian=Jannik Sinner"#);
t!(epithet_nobody_named, r#""I stayed calm," the 23-year-old said."#, &[], r#"D:"I stayed calm,"<-the 23-year-old"#);
t!(not_resumed_across_a_sentence, r#""We remain ready," Jodi Tinson said. Gretchen Whitmer urged talks, saying, "Families are counting on you.""#, &["Jodi Tinson", "Gretchen Whitmer"], r#"D:"We remain ready,"<-Jodi Tinson | D:"Families are counting on you."<-Gretchen Whitmer"#);
t!(epithet_age_given, r#"Mary Jones, 23, was attacked by John Smith, 45. "I was scared," the 23-year-old said."#, &["Mary Jones", "John Smith"], r#"D:"I was scared,"<-the 23-year-old=Mary Jones"#);
t!(epithet_two_people, r#"Novak Djokovic lost to Jannik Sinner. "He was better," the Serb said."#, &["Novak Djokovic", "Jannik Sinner", "NORP:Serb"], r#"D:"He was better,"<-Serb"#);
t!(org_title_person_before_cue, r#""Prices will rise," Bank of England governor Andrew Bailey said."#, &["ORG:Bank of England", "Andrew Bailey"], r#"D:"Prices will rise,"<-Andrew Bailey"#);
t!(colon_told_object, r#"Kanani told reporters: "We will go home now.""#, r#"D:"We will go home now."<-Kanani"#);
t!(dash_attribution, "“We will go home now.” — Jane Doe", "D:“We will go home now.”<-Jane Doe");
t!(inverted, r#""We go now," said Khalid Alrawi."#, r#"D:"We go now,"<-Khalid Alrawi"#);
t!(description_after_name, r#""What benefits have we had?" questions Ammar, a protester."#, r#"D:"What benefits have we had?"<-Ammar"#);
t!(description_speaker, r#""We will appeal the ruling," the lawyer said."#, r#"D:"We will appeal the ruling,"<-the lawyer"#);
t!(cue_with_detour, r#""We go now", explains to France 24, Monday 20 January, Ahmed Al Kanani, MP."#, r#"D:"We go now"<-Ahmed Al Kanani"#);
t!(according_to_before, r#"According to the police, "the car was stolen last night.""#, r#"D:"the car was stolen last night."<-the police"#);
t!(according_to_after, r#""The car was stolen last night," according to the police."#, r#"D:"The car was stolen last night,"<-the police"#);
t!(adverb_before_cue, r#""We are leaving today," she later added."#, r#"D:"We are leaving today,"<-she"#);
t!(apposition_before_cue, r#""We are leaving today," Smith, a spokesman for the army, said."#, r#"D:"We are leaving today,"<-Smith"#);
t!(continued_paragraph, "\"We left early that morning.\n\n\"Then we came back,\" he said.", "D:\"We left early that morning.<-he | D:\"Then we came back,\"<-he");
t!(follow_on_sentence, r#""We left early," he said. "Then we came back.""#, r#"D:"We left early,"<-he | D:"Then we came back."<-he"#);

t!(apposition_name, r#"The judge presiding over the case, Bernard Schwartz, said, "You have severed the ties.""#, r#"D:"You have severed the ties."<-Bernard Schwartz"#);
t!(clause_introduced, r#"Mike Ryan told the press the new drugs were only part of the solution: "What will stop Ebola is good surveillance.""#, &["Mike Ryan"], r#"D:"What will stop Ebola is good surveillance."<-Mike Ryan"#);
t!(cue_ends_lead, r#"She also said "I regret we were not called immediately.""#, r#"D:"I regret we were not called immediately."<-She"#);
t!(inverted_bridge, r#""We stand ready" tweeted Johnson "to provide whatever help we can.""#, r#"D:"We stand ready"<-Johnson | D:"to provide whatever help we can."<-Johnson"#);
t!(finished_sentence_keeps_own, r#"Rubel told the BBC "She is glad she did her part." Obadia, another lawyer, told reporters "Women do not have to justify it.""#, &["Rubel", "Obadia"], r#"D:"She is glad she did her part."<-Rubel | D:"Women do not have to justify it."<-Obadia"#);
t!(accused_of_partial, r#"Ann Lee said: "No." Mark Harper accused the union of "holding the country to ransom"."#, &["Ann Lee", "Mark Harper"], r#"D:"No."<-Ann Lee | P:"holding the country to ransom"<-Mark Harper"#);
t!(partial_not_past_quoted_sentence_end, r#"Ann Lee said: "No." Harper then spoke of "holding the country to ransom"."#, &["Ann Lee", "Harper"], r#"D:"No."<-Ann Lee | P:"holding the country to ransom""#);
/// The whole pipeline: the entity detector keeps "Mrs Gambon" apart from "Michael Gambon",
/// and the quote's speaker stays her.
#[test]
fn widow_is_not_her_husband() {
    let text = r#"Michael Gambon has died. His widow, Mrs Gambon, said: "He was kind.""#;
    let found = crate::Annotator::new().annotate(text);
    let names: Vec<Option<&str>> = found
        .iter()
        .filter_map(|a| match &a.details {
            Details::Quote(q) => Some(q.speaker_name.as_deref()),
            _ => None,
        })
        .collect();
    assert_eq!(names, [Some("Gambon")]);
}
t!(apposition_after_age, r#"His daughter, 61-year-old Margaret Ellis, said: "Mum died.""#, &["Margaret Ellis"], r#"D:"Mum died."<-Margaret Ellis"#);
t!(apposition_after_role, r#"The union's leader, general secretary Mick Lynch, said: "We will strike.""#, &["Mick Lynch"], r#"D:"We will strike."<-Mick Lynch"#);
t!(apposition_clause_is_no_name, r#"The man, who knew Margaret Ellis, said: "She was kind.""#, &["Margaret Ellis"], r#"D:"She was kind."<-The man"#);
t!(next_sentence_reports_its_own, r#""We are at war," Mitsotakis said. "It will be hard." Artopios said winds were strong."#, &["Mitsotakis", "Artopios"], r#"D:"We are at war,"<-Mitsotakis | D:"It will be hard."<-Mitsotakis"#);
t!(next_sentence_clause_with_name, r#""It will be hard." Artopios said Britain would lose."#, &["Artopios", "LOC:Britain"], r#"D:"It will be hard.""#);
t!(next_sentence_bare_attribution, r#""It will be hard." Artopios told Reuters on Monday. "It is fair." Lynch said this week."#, &["Artopios", "ORG:Reuters", "Lynch"], r#"D:"It will be hard."<-Artopios | D:"It is fair."<-Lynch"#);
t!(person_of_place, r#"Doug Collins of Georgia said on Twitter, "Nobody is conducting a formal inquiry.""#, &["Doug Collins", "Georgia"], r#"D:"Nobody is conducting a formal inquiry."<-Doug Collins"#);
t!(partial_shares_in_sentence, r#"Sara Amundson said Day "founded one of the first groups of its kind," which "led to dozens of bills and rules.""#, &["Sara Amundson"], r#"P:"founded one of the first groups of its kind,"<-Sara Amundson | P:"led to dozens of bills and rules."<-Sara Amundson"#);
t!(naming_verb_after_name, r#"Smith called the plan "a waste of money" on Monday."#, &["Smith"], r#"P:"a waste of money"<-Smith"#);
t!(naming_verb_one_word, r#"Smith called the deal "lousy" and left."#, &["Smith"], r#"P:"lousy"<-Smith"#);
t!(naming_verb_after_noun_names_a_thing, r#"He learned a method called "shadowing" in Paris."#, r#"S:"shadowing""#);
t!(naming_verb_with_as, r#"Jones, speaking on the radio, attacked the inquiry as "a witch hunt and a farce.""#, &["Jones"], r#"P:"a witch hunt and a farce."<-Jones"#);
t!(the_before_organisation, r#"The World Bank said the plan was "a step in the right direction"."#, r#"P:"a step in the right direction"<-World Bank"#);
t!(passive_agent, r#"In the meeting he was told by Minister Jane Roe of "at least forty people missing"."#, &["Jane Roe"], r#"P:"at least forty people missing"<-Jane Roe"#);
t!(participle_is_not_passive, r#"According to Smith, the letter if written by the clerk shows "a clear intent to deceive"."#, &["Smith"], r#"P:"a clear intent to deceive"<-Smith"#);
t!(auxiliary_before_cue, r#"Pelosi spoke. She was directing the committees to "proceed with their work"."#, &["Pelosi"], r#"P:"proceed with their work"<-She=Pelosi"#);
t!(pronoun_needs_word_start, r#"Smith described the call with Jones as "perfectly fine and routine.""#, &["Smith", "Jones"], r#"P:"perfectly fine and routine."<-Smith"#);
t!(description_before_relative_clause, r#"Some of the farmers Reuters interviewed said they wanted to "keep the land for [their] children"."#, &["Reuters"], r#"P:"keep the land for [their] children"<-Some of the farmers"#);
t!(description_before_participle, r#"The statement signed by the Minister read, "All schools will open again on Monday.""#, &["Minister"], r#"D:"All schools will open again on Monday."<-The statement"#);
t!(possessive_owner_is_not_speaker, r#"Smith's charity said she was in "excellent health for her age" until May."#, &["Smith"], r#"P:"excellent health for her age"<-Smith's charity"#);
t!(title_resolves_description, r#"Trade commissioner Albert Muchanga spoke first. The commissioner said, "We have not agreed on the rules yet.""#, &["Albert Muchanga"], r#"D:"We have not agreed on the rules yet."<-The commissioner=Albert Muchanga"#);
t!(hyphenated_particle_in_name, r#"President Abdel Fattah el-Sisi of Egypt said, "The plan will be the real test for us.""#, &["Abdel Fattah"], r#"D:"The plan will be the real test for us."<-Abdel Fattah el-Sisi"#);
t!(name_goes_on_past_organisation, r#"The United Nations Charter specifies that disputes are settled by "peaceful means" only."#, &["ORG:United Nations"], r#"P:"peaceful means"<-United Nations Charter"#);
t!(thinking_verb, r#"In the letter, the author supposes a "great replacement of workers by machines" soon."#, r#"P:"great replacement of workers by machines"<-the author"#);
t!(dash_aside_is_skipped, r#"Speaker John Bercow commented on the matter — which the BBC noted as unusual — "It is blindingly obvious what the purpose is.""#, &["John Bercow", "ORG:BBC"], r#"D:"It is blindingly obvious what the purpose is."<-John Bercow"#);
t!(pronoun_after_description_speaker, r#"The head of the inquiry told the court "Basic checks were not done." She also said "We were called far too late.""#, r#"D:"Basic checks were not done."<-The head of the inquiry | D:"We were called far too late."<-She=The head of the inquiry"#);
t!(pronoun_chain_across_paragraphs, "Jane Roe met Tom Poe, who lost his job, at a pub. She left in tears.\n\nShe told a guard, in French, \"they hurt me\".", &["Jane Roe", "Tom Poe"], r#"D:"they hurt me"<-She=Jane Roe"#);
t!(pronoun_chain_past_sentence_naming_others, "Jane Roe, 39, who waived her right to anonymity, met Tom Poe. She left after Roe smoked; she was in tears. In between, she said, she was attacked by Poe and Bo Lee.\n\nShe told a guard, in French, \"they hurt me\".", &["Jane Roe", "Tom Poe", "Bo Lee"], r#"D:"they hurt me"<-She=Jane Roe"#);
t!(pronoun_never_other_gender, r#"Tom Poe, 40, who lost his job, spoke first. "We are leaving," she said."#, &["Tom Poe"], r#"D:"We are leaving,"<-she"#);
t!(reported_speech_runs_on, r#"Sheriff Kerry Lee said they arrested one man for speeding. They arrested three for "suspicion of trespassing" later."#, &["Kerry Lee"], r#"P:"suspicion of trespassing"<-Kerry Lee"#);
t!(one_word_after_reported_speech_is_scare, r#"Smith said the film was fine. Critics found it "boring" though."#, &["Smith"], r#"S:"boring""#);
t!(passive_naming_is_scare, r#"According to the BBC, the valley was called the "breadbasket" of the region."#, r#"S:"breadbasket""#);
t!(active_naming_is_partial, r#"According to the BBC, Smith called the valley the "breadbasket" of the region."#, &["Smith"], r#"P:"breadbasket"<-Smith"#);
// With no pronoun or honorific to go by, a common given name tells the gender.
t!(pronoun_gender_from_given_name, r#"Tom Hale questioned Maria Lopez on Tuesday. "I never saw the money," she said. "Nor did I," he added."#, &["Tom Hale", "Maria Lopez"], r#"D:"I never saw the money,"<-she=Maria Lopez | D:"Nor did I,"<-he=Tom Hale"#);
// The text's evidence beats the list: this Maria is "he".
t!(pronoun_text_beats_given_name, r#"Maria Lopez, who lost his seat, met Ann Bell. "We are leaving," he said."#, &["Maria Lopez", "Ann Bell"], r#"D:"We are leaving,"<-he=Maria Lopez"#);
// A pronoun after a mention may be someone else's: "her mind" does not make Daniel "she".
t!(loose_pronoun_does_not_beat_given_name, r#"The singer told the BBC that producer Daniel Okafor had changed her mind. "He listens," she said."#, &["ORG:BBC", "Daniel Okafor"], r#"D:"He listens,"<-she"#);
t!(pronoun_skips_woman_named_first, r#"Marianne Holloway met Daniel Okafor. "She works hard," he added."#, &["Marianne Holloway", "Daniel Okafor"], r#"D:"She works hard,"<-he=Daniel Okafor"#);
// A description after a participle is its object, not the speaker, unless the cue is a
// participle too ("a banner saying").
t!(description_after_participle_is_no_speaker, r#"Patients taking the drug reported "much improved" symptoms."#, r#"P:"much improved"<-Patients"#);
t!(description_after_participle_no_adverb_speaker, r#"Nearly 40 percent of patients taking the 50 mg dose reported "much improved" symptoms."#, r#"S:"much improved""#);
t!(participle_cue_keeps_description, r#"People holding a banner saying "united in diversity" marched."#, r#"P:"united in diversity"<-a banner"#);
t!(person_after_owner_and_title, r#""Prices are high," said Nationwide's economist Robert Gardner. "We acted quickly," said Ryanair's chief executive, Michael O'Leary."#, &["ORG:Nationwide", "Robert Gardner", "LOC:Ryanair", "Michael O'Leary"], r#"D:"Prices are high,"<-Robert Gardner | D:"We acted quickly,"<-Michael O'Leary"#);
t!(pronoun_prefers_known_gender, r#"Wes Streeting met Rachel Reeves. She said it was "useful"."#, &["Wes Streeting", "Rachel Reeves"], r#"P:"useful"<-She=Rachel Reeves"#);
t!(description_runs_on_past_of, r#"Ed Hawkins, a scientist at the University of Reading, who was not involved, said it was "bad". A spokesperson for the Department of Health said: "No.""#, &["Ed Hawkins", "ORG:University of Reading", "ORG:Department of Health"], r#"P:"bad"<-Ed Hawkins | D:"No."<-Department of Health"#);
t!(person_after_description_and_comma, r#""Prices are high," said the economist at Nationwide, Robert Gardner."#, &["ORG:Nationwide", "Robert Gardner"], r#"D:"Prices are high,"<-Robert Gardner"#);
// A person named between the last quote and "he said" is the one it picks up, also when
// the last quote ended its sentence inside the marks.
t!(pronoun_after_newly_named, r#"Kemi Badenoch said: "They knew." Ted Cruz disagreed. "Higher taxes kill jobs," he said."#, &["Kemi Badenoch", "Ted Cruz"], r#"D:"They knew."<-Kemi Badenoch | D:"Higher taxes kill jobs,"<-he=Ted Cruz"#);
// The next sentence's "X said" reports speech of its own; the colon's speaker stands.
t!(colon_speaker_beats_next_sentence_name, r#"Jensen Huang said: "Demand is strong." Colette Kress said revenue rose."#, &["Jensen Huang", "Colette Kress"], r#"D:"Demand is strong."<-Jensen Huang"#);
t!(pronoun_previous_subject, r#"Pelosi called it a disgrace. "We are moving forward with an inquiry," she announced."#, &["Pelosi", "Trump"], r#"D:"We are moving forward with an inquiry,"<-she=Pelosi"#);

// Classification.
t!(partial_in_reported_speech, r#"Parliament asked the government to "end the presence of foreign troops" in Iraq."#, r#"P:"end the presence of foreign troops"<-Parliament"#);
t!(partial_no_speaker, r#"Many see a resolution taken "under Iranian influence and not in the interest of the people"."#, r#"P:"under Iranian influence and not in the interest of the people""#);
t!(scare_word, r#"the so-called "experts" agree"#, r#"S:"experts""#);
t!(scare_title, "the film 'Argo' won an award", "S:'Argo'");
t!(scare_title_case, r#"his book "The Art of the Deal" sold well"#, r#"S:"The Art of the Deal""#);
t!(scare_at_sentence_start, r#""Argo" won the award."#, r#"S:"Argo""#);
t!(short_quote_then_speaker, r#""prices will rise" said John Smith."#, &["John Smith"], r#"D:"prices will rise"<-John Smith"#);
t!(short_quote_then_speaker_first, r#"She left. "No comment" Smith said."#, &["Smith"], r#"D:"No comment"<-Smith"#);

// Speaker resolution.
t!(pronoun_to_person, r#"Ahmed Al Kanani spoke. "We will go home now," he said."#, &["Ahmed Al Kanani"], r#"D:"We will go home now,"<-he=Ahmed Al Kanani"#);
t!(pronoun_skips_names_in_quotes, r#"Ahmed Al Kanani spoke. "Adel Abdel Mahdi must go," he said."#, &["Ahmed Al Kanani", "Adel Abdel Mahdi"], r#"D:"Adel Abdel Mahdi must go,"<-he=Ahmed Al Kanani"#);
t!(pronoun_prefers_last_speaker, r#""We go now," said Ahmed Al Kanani, of the Al Sadiqoun party. "We stay," he continues."#, &["Ahmed Al Kanani", "Al Sadiqoun"], r#"D:"We go now,"<-Ahmed Al Kanani | D:"We stay,"<-he=Ahmed Al Kanani"#);
t!(surname_to_full_name, r#"Khalid Alrawi fled. "We want to stay here," said Alrawi."#, &["Khalid Alrawi", "Alrawi"], r#"D:"We want to stay here,"<-Alrawi=Khalid Alrawi"#);
t!(first_name_stray_period, r#"Khalid Alrawi fled. "We want to stay here," said Khalid. Alrawi."#, &["Khalid Alrawi", "Khalid"], r#"D:"We want to stay here,"<-Khalid=Khalid Alrawi"#);
t!(no_speaker_no_guess, r#"Ahmed Al Kanani spoke. "We will all go home now.""#, &["Ahmed Al Kanani"], r#"D:"We will all go home now.""#);
t!(they_is_not_resolved, r#"Ahmed Al Kanani spoke. "We will go home now," they said."#, &["Ahmed Al Kanani"], r#"D:"We will go home now,"<-they"#);

// Never break.
t!(unclosed_ends_at_paragraph, "He said \"we go and\n\nNext \"fine words here\" today.", "P:\"we go and<-He | S:\"fine words here\"");
t!(unclosed_at_end_of_text, "He said: \"we go", "D:\"we go<-He");
t!(stray_closer, "This ” is stray and » too.", "");
t!(inch_mark, r#"A 5" pipe and a 6" pipe."#, "");
t!(lone_mark, "\"", "");
t!(empty_quotes, r#"He said "" and ''."#, "");
t!(multibyte_neighbours, "é“é”é «é» ‘é’", "S:“é” | S:«é» | S:‘é’");

#[test]
fn many_marks_are_safe() {
    // Linear time is shown by the pathological-input benchmark, not by a timed assertion.
    let quotes = quotes();
    for mark in ["\"", "'", "“", "”", "«", "»", "‘", "’", "„", "「", "\"a", "“é ", "'\n"] {
        let text = mark.repeat(100_000);
        let found = quotes.find(&text, &tokenize(&text), &[]);
        crate::check_invariants(&text, &found).expect("invariants hold");
    }
}

#[test]
fn windows_snap_to_char_boundaries() {
    let quotes = quotes();
    for pad in 0..8 {
        let filler = "é".repeat(150 + pad) + &"x".repeat(pad);
        let text = format!("{filler}\"{filler}\" said {filler} \"{filler}, said é{filler}");
        let found = quotes.find(&text, &tokenize(&text), &[]);
        crate::check_invariants(&text, &found).expect("invariants hold");
    }
}

#[test]
fn random_mark_soup_never_breaks() {
    // Deterministic pseudo-random texts over marks, letters, spaces, breaks and multi-byte
    // characters: every result keeps the invariants, and quotes never overlap.
    let alphabet: Vec<char> = "\"'“”‘’«»‹›„‚「」『』 \n.,:—aZé中 said he Smith".chars().collect();
    let annotator = crate::Annotator::new();
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..1500 {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let len = (seed >> 33) as usize % 60;
        let text: String = (0..len)
            .map(|_| {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                alphabet[(seed >> 33) as usize % alphabet.len()]
            })
            .collect();
        let found = annotator.annotate(&text);
        crate::check_invariants(&text, &found).unwrap_or_else(|e| panic!("{text:?}: {e}"));
    }
}
t!(naming_verb_after_apposition, r#"The European Commission president, Ursula von der Leyen, called the accord "a historic moment"."#, &["ORG:European Commission", "Ursula von der Leyen"], r#"P:"a historic moment"<-Ursula von der Leyen"#);
t!(possessive_description_speaker, r#"Smith's lawyer said: "He is innocent.""#, &["Smith"], r#"D:"He is innocent."<-Smith's lawyer"#);
t!(possessive_description_with_apposition_after_a_text, r#"In a statement read to the court, Tyrese's mother, Angela Clarke, said her family had been "destroyed"."#, &["Tyrese", "Angela Clarke"], r#"P:"destroyed"<-Angela Clarke"#);
t!(contraction_is_no_possessive, r#"It's often said that "the market is king". That's why officials said "no comment"."#, r#"P:"the market is king" | S:"no comment""#);
t!(short_partial_then_attribution, r#"The deal is "closer than ever", Antony Blinken said. Prices were "too high", the regulator said."#, &["Antony Blinken"], r#"P:"closer than ever"<-Antony Blinken | P:"too high"<-the regulator"#);
t!(partial_with_attribution_ending_sentence, r#"Israel and Hamas are "closer than ever" to a deal in Gaza, a senior official said on Sunday, as envoys from Qatar, Egypt and the US met. The rest of the article is about the war.
Prices are "too high" in Paris, Rome and Madrid."#, &[], r#"P:"closer than ever"<-a senior official | S:"too high""#);
t!(short_partial_after_partial_in_sentence, r#"Wes Streeting said the NHS was "broken" but "not beaten". Wopke Hoekstra said the bloc had "stepped up" and would "keep leading"."#, &["Wes Streeting", "Wopke Hoekstra"], r#"P:"broken"<-Wes Streeting | P:"not beaten"<-Wes Streeting | P:"stepped up"<-Wopke Hoekstra | P:"keep leading"<-Wopke Hoekstra"#);
t!(short_scare_quotes_stay, r#"The so-called "red wall" seats and the "Iron Lady", Margaret Thatcher, said no."#, &["Margaret Thatcher"], r#"S:"red wall" | S:"Iron Lady""#);
t!(passive_quote_agent_after, r#"The deal was described as "a betrayal" by the Refugee Council. It was denounced as "a paltry sum" by India. The plan was described as "unworkable"."#, &["ORG:Refugee Council", "India"], r#"P:"a betrayal"<-Refugee Council | P:"a paltry sum"<-India | S:"unworkable""#);
t!(inverted_description_runs_to_name_end, r#""No," said the Refugee Council."#, &["ORG:Refugee Council"], r#"D:"No,"<-Refugee Council"#);
t!(description_with_a_name_before_the_role, r#""We are close," a senior US official said. "Yes," an Israeli diplomat told reporters. "No," a Costain spokesman said."#, &["ORG:US", "NORP:Israeli", "ORG:Costain"], r#"D:"We are close,"<-a senior US official | D:"Yes,"<-an Israeli diplomat | D:"No,"<-Costain"#);
t!(progressive_is_no_passive, r#"Trump was claiming "the election was stolen from us"."#, &["Trump"], r#"P:"the election was stolen from us"<-Trump"#);
t!(new_subject_is_no_join, r#"Smith called the plan "bold" but critics called it "reckless"."#, &["Smith"], r#"P:"bold"<-Smith | S:"reckless""#);
t!(so_called_takes_no_closing_speaker, r#"The so-called "gig economy" grew, the ONS said, as more people took second jobs."#, &["ORG:ONS"], r#"S:"gig economy""#);
t!(inverted_description_runs_to_its_noun, r#""We are ready," said the prime minister on Tuesday. "No," said an Israeli diplomat. "Not yet," said a senior Chinese official in a statement. "Later," said a spokesman for the ministry, adding that talks would go on."#, &["NORP:Israeli", "NORP:Chinese"], r#"D:"We are ready,"<-the prime minister | D:"No,"<-an Israeli diplomat | D:"Not yet,"<-a senior Chinese official | D:"Later,"<-a spokesman for the ministry"#);
t!(inverted_possessive_description, r#""Not yet," said Britain's foreign secretary, adding that talks would go on. "Never," said Smith's lawyer."#, &["Smith", "ORG:Britain"], r#"D:"Not yet,"<-Britain's foreign secretary | D:"Never,"<-Smith's lawyer"#);
t!(inverted_description_drops_what_it_would_end_on, r#""Yes," said the head of the training centre. "No," said a senior official speaking on condition of anonymity. "Maybe," said the head of the.
The end."#, &[], r#"D:"Yes,"<-the head of the training centre | D:"No,"<-a senior official | D:"Maybe,"<-the head"#);
t!(family_of_a_person_speaks_not_the_person, r#""Hi," the family of John Smith said. The sister of Sandra Whitfield said: "She was kind." "No," said the lawyer for John Smith. "Yes," said a lawyer representing Sandra Whitfield."#, &["John Smith", "Sandra Whitfield"], r#"D:"Hi,"<-the family of John Smith | D:"She was kind."<-The sister of Sandra Whitfield | D:"No,"<-the lawyer for John Smith | D:"Yes,"<-a lawyer"#);
t!(related_person_past_titles_and_the, r#""X," said a spokeswoman for the Prince of Wales. "Y," said a spokesman for President Joe Biden. "Z," said the mayor of London Sadiq Khan."#, &["Prince of Wales", "Joe Biden", "Sadiq Khan"], r#"D:"X,"<-a spokeswoman for the Prince of Wales | D:"Y,"<-a spokesman for President Joe Biden | D:"Z,"<-Sadiq Khan"#);
t!(description_after_cue_runs_on, r#""A," said the firm's managing director. "B," said the minister for trade and industry. "C," said the head of sales and marketing on Monday. "D," said the head of sales and added more."#, &[], r#"D:"A,"<-the firm's managing director | D:"B,"<-the minister for trade and industry | D:"C,"<-the head of sales and marketing | D:"D,"<-the head of sales"#);
t!(close_to_is_a_relation, r#""X," said a royal source close to the Prince of Wales. "Y," said an adviser to Joe Biden."#, &["Prince of Wales", "Joe Biden"], r#"D:"X,"<-a royal source close to the Prince of Wales | D:"Y,"<-an adviser to Joe Biden"#);

/// The ASCII shortcut of `cjk_chars` counts what reading every character counts.
#[test]
fn cjk_chars_counts_every_character() {
    for s in ["plain ASCII words", "", "Zo\u{EB} \u{201C}caf\u{E9}\u{201D}", "\u{4E2D}\u{6587} and \u{3072}\u{3089}\u{304C}\u{306A} \u{D55C}\u{AD6D}\u{C5B4}", "\u{3040}\u{30FF}\u{3400}\u{4DBF}\u{9FFF}\u{AC00}\u{D7AF}\u{D7B0}"] {
        let want = s.chars().filter(|&c| cjk(c)).count();
        assert_eq!(cjk_chars(s), want, "{s:?}");
    }
}
t!(to_and_and_stop_where_they_should, r#""A," said a spokesman to the BBC. "B," said a deputy to the mayor of London Sadiq Khan. "C," said the leader of the union and wrote to him. "D," said the CEO of Acme and its chairman Bob Jones."#, &["ORG:BBC", "ORG:Acme", "Sadiq Khan", "Bob Jones"], r#"D:"A,"<-a spokesman | D:"B,"<-a deputy | D:"C,"<-the leader of the union | D:"D,"<-Acme"#);
t!(speaker_of_a_clause_after_a_conjunction, r#"Sen. Amy Klobuchar called for reform after fans complained of "chaotic" sales. The mayor praised the plan after residents described it as "a disaster". After fans complained, the senator said the sales were "chaotic". One of them went as far to say the raid was "a crime"."#, &["Amy Klobuchar"], r#"P:"chaotic"<-fans | P:"a disaster"<-residents | P:"chaotic"<-the senator | P:"a crime"<-One"#);
t!(speaker_after_a_person_and_a_role, r#""It is good," Anglo chief executive Duncan Wanblad said. "We won," Obama adviser David Axelrod said."#, &["Anglo", "Duncan Wanblad", "Obama", "David Axelrod"], r#"D:"It is good,"<-Duncan Wanblad | D:"We won,"<-David Axelrod"#);
t!(short_quote_running_on_in_the_clause, r#"Angela Eagle said the "one in, one out" deal would begin "within weeks". He called the plan "a disaster" but critics called it "quite brave". She said the "new rules" were "a success"."#, &["Angela Eagle"], r#"P:"one in, one out"<-Angela Eagle | P:"within weeks"<-Angela Eagle | P:"a disaster"<-He | S:"quite brave" | P:"new rules"<-She=Angela Eagle | P:"a success"<-She=Angela Eagle"#);
t!(legislator_with_party_and_state, r#"Sen. Raphael Warnock, D-Ga., said: "Working families will pay." Rep. Jim Jordan (R-Ohio) said the bill "is a disgrace". "No," said Gov. Gavin Newsom. "Yes," said Rep. Jim Jordan, R-Ohio."#, &["Raphael Warnock", "Jim Jordan", "Gavin Newsom"], r#"D:"Working families will pay."<-Raphael Warnock | P:"is a disgrace"<-Jim Jordan | D:"No,"<-Gavin Newsom | D:"Yes,"<-Jim Jordan"#);
t!(speaker_named_after_a_description_and_a_title, r#""She had a great voice," said her friend, the conductor Rajan Mehta. "He was kind," said her husband, the pianist Gwilym Price. "She was kind," said her friend, the son of Omar Haddad."#, &["Rajan Mehta", "Gwilym Price", "Omar Haddad"], r#"D:"She had a great voice,"<-Rajan Mehta | D:"He was kind,"<-Gwilym Price | D:"She was kind,"<-her friend"#);
t!(reported_pronoun_is_no_gender_evidence, r#"Adrian Whitcombe said she was cruel. He added: "Some victims died.""#, &["Adrian Whitcombe"], r#"D:"Some victims died."<-He=Adrian Whitcombe"#);
t!(continue_to_is_no_speech, r#"Gary Gensler said the agency would continue to "follow the facts". Gensler said it promised "to act"."#, &["Gary Gensler", "Gensler"], r#"P:"follow the facts"<-Gary Gensler | P:"to act"<-Gensler=Gary Gensler"#);
t!(apposition_with_where_from, r#"Its chair, Cedric Schuster of Samoa, said the islands had come "to fight for a fair deal"."#, &["Cedric Schuster"], r#"P:"to fight for a fair deal"<-Cedric Schuster"#);
t!(naming_verb_after_a_person_of_a_body, r#"Opposition leader Vijay Wadettiwar of the Congress called the budget "a bundle of lies"."#, &["Vijay Wadettiwar"], r#"P:"a bundle of lies"<-Vijay Wadettiwar"#);
t!(a_title_before_the_cue, r#"Lauryn Hill, who covered "Killing Me Softly", said: "She taught me a lot.""#, &["Lauryn Hill"], r#"S:"Killing Me Softly" | D:"She taught me a lot."<-Lauryn Hill"#);

proptest::proptest! {
    /// The line breaks found by memchr are those `find` and `rfind` give, among the other
    /// characters whose first byte is a paragraph separator's (curly quotes, dashes).
    #[test]
    fn breaks_are_those_find_gives(s in "[a \n\r\u{2029}\u{201C}\u{201D}\u{2014}\u{2028}é]{0,12}") {
        proptest::prop_assert_eq!(first_break(&s), s.find(['\n', '\r', '\u{2029}']));
        proptest::prop_assert_eq!(last_break(&s), s.rfind(['\n', '\r', '\u{2029}']));
    }
}
