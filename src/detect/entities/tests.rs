use super::model::{Model, FORMAT_VERSION};
use super::{builtin, MODEL_BYTES};
use crate::annotation::Details;
use crate::Annotator;

#[test]
fn committed_model_loads() {
    // Fails when model/ner.bin is missing, corrupt, or stale against the format or
    // feature version: retrain with `cargo run --release --example train_ner`.
    if let Err(e) = Model::from_bytes(MODEL_BYTES) {
        panic!("{e}");
    }
    assert!(builtin().is_some());
    assert_eq!(u16::from_le_bytes([MODEL_BYTES[4], MODEL_BYTES[5]]), FORMAT_VERSION);
}

#[test]
fn bad_models_are_errors() {
    let cases: &[&[u8]] = &[b"", b"FLNR", b"XXXX\x01\x00", &MODEL_BYTES[..MODEL_BYTES.len() / 2]];
    for bytes in cases {
        assert!(Model::from_bytes(bytes).is_err());
    }
    // Stale format version (4), feature version (6), lexicon fingerprint (8..12).
    for at in [4, 6, 8, 11] {
        let mut stale = MODEL_BYTES.to_vec();
        stale[at] = stale[at].wrapping_add(1);
        assert!(Model::from_bytes(&stale).is_err(), "byte {at}");
    }
}

fn entities(text: &str) -> Vec<(String, &'static str)> {
    Annotator::new()
        .annotate(text)
        .into_iter()
        .filter(|a| matches!(a.details, Details::Entity(_)))
        .map(|a| (text[a.span.range()].to_string(), a.label.as_str()))
        .collect()
}

fn show(found: &[(String, &str)]) -> String {
    found.iter().map(|(t, l)| format!("{l}:{t}")).collect::<Vec<_>>().join(" | ")
}

macro_rules! t {
    ($name:ident, $text:expr, $want:expr) => {
        #[test]
        fn $name() {
            let found = entities($text);
            let want: &[&str] = $want;
            assert_eq!(show(&found), want.join(" | "), "{:?}", $text);
        }
    };
}

t!(decode010, "Ahmed Al Kanani met officials in Baghdad on Monday.", &["PER:Ahmed Al Kanani", "LOC:Baghdad"]);
t!(decode020, "MP Ahmed Al Kanani spoke. Kanani's party won the vote in Al-Anbar.", &["PER:Ahmed Al Kanani", "PER:Kanani", "LOC:Al-Anbar"]);
t!(decode025, "Get it on google-play-badge_FR today", &[]);
t!(decode030, "Osama bin Laden was killed in Abbottabad, Pakistan.", &["PER:Osama bin Laden", "LOC:Abbottabad", "LOC:Pakistan"]);
t!(decode040, "Ursula von der Leyen met Emmanuel Macron in Brussels on Tuesday.", &["PER:Ursula von der Leyen", "PER:Emmanuel Macron", "LOC:Brussels"]);
t!(decode050, "Newsletter Don't miss anything from international news", &[]);
t!(decode060, "Shiite militias and Sunni tribes clashed near Mosul.", &["NORP:Shiite", "NORP:Sunni", "LOC:Mosul"]);
t!(decode070, "Apple Inc. hired Tim Cook's former aide.", &["ORG:Apple Inc.", "PER:Tim Cook"]);
t!(decode080, "The European Union said Germany's economy grew.", &["ORG:European Union", "LOC:Germany"]);
t!(decode090, "Many Iranians protested in Tehran.", &["NORP:Iranians", "LOC:Tehran"]);
t!(numbered_name010, "He told France 24, on Monday.", &["ORG:France 24"]);
t!(numbered_name020, "In France 24 people died.", &["LOC:France"]);
t!(numbered_name030, "Soccer results on Friday:\nBochum 2 Bayer Leverkusen 2\nWerder Bremen 1 1860 Munich 1\n", &["ORG:Bochum", "ORG:Bayer Leverkusen", "ORG:Werder Bremen", "ORG:1860 Munich"]);
t!(numbered_name040, "Bowling: Wasim Akram 19-2-44-2, Waqar Younis 15\n", &["PER:Wasim Akram", "PER:Waqar Younis"]);
t!(glued_letter010, "I can give you 10M. He said it was 10M.", &[]);
t!(glued_letter015, "It hit 40°C. It was 104°F. Then 38ºC.", &[]);
t!(common_word010, "Companies will spend on AI chips, the CEOs said. Honestly, we kept it. Crucially, Italy agreed.", &["LOC:Italy"]);
t!(common_word020, "Born in Ilford in 1934, Smith first appeared on stage.", &["LOC:Ilford", "PER:Smith"]);
t!(common_word030, "\"Treason,\" he said. \"Russia!\" they chanted. \"Smith,\" she said. Smith left.", &["LOC:Russia", "PER:Smith", "PER:Smith"]);
t!(common_word040, "The model, dubbed \"Gemini,\" was released. Communist Party of India (CPI) leaders met.", &["MISC:Gemini", "ORG:Communist Party of India", "ORG:CPI"]);
t!(after_role010, "North Korean leader Kim Jong Un met Xi Jinping. Kim later oversaw a test.", &["NORP:North Korean", "PER:Kim Jong Un", "PER:Xi Jinping", "PER:Kim"]);
t!(venue010, "Sinner won on Rod Laver Arena on Thursday. He played at Wembley Stadium and Madison Square Garden.", &["PER:Sinner", "LOC:Rod Laver Arena", "LOC:Wembley Stadium", "LOC:Madison Square Garden"]);
t!(venue020, "Coach John Isle said so.", &["PER:John Isle"]);
t!(venue040, "Evacuees were sent to the Silver Dollar Fairgrounds. The 12th seed Alexander Zverev played on Centre Court.", &["LOC:Silver Dollar Fairgrounds", "PER:Alexander Zverev", "LOC:Centre Court"]);
t!(hyphenated_town, "He died off Boulogne-sur-Mer. She grew up in Stratford-upon-Avon. Gusts hit Betws-y-Coed.", &["LOC:Boulogne-sur-Mer", "LOC:Stratford-upon-Avon", "LOC:Betws-y-Coed"]);
t!(composer, "The soprano sang Strauss's Four Last Songs. Mahler's Fifth Symphony followed.", &["PER:Strauss", "MISC:Four Last Songs", "PER:Mahler", "MISC:Fifth Symphony"]);
t!(brought_in_for, "India brought in Akash Deep for Jasprit Bumrah. The virus was brought in Spain for years.", &["LOC:India", "PER:Akash Deep", "PER:Jasprit Bumrah", "LOC:Spain"]);
t!(welsh_place, "Floods hit Llanelli and Tywyn. Roads near Capel Curig were closed. Gabriel Llanos scored.", &["LOC:Llanelli", "LOC:Tywyn", "LOC:Capel Curig", "PER:Gabriel Llanos"]);
t!(welsh_team, "Welsh division one: Caerphilly 20 Cardiff 34 Llanelli 97 Newbridge 10", &["NORP:Welsh", "ORG:Caerphilly", "ORG:Cardiff", "ORG:Llanelli", "ORG:Newbridge"]);
t!(slashed_dateline, "NEW YORK/LONDON (Reuters) - Oil prices rose. See www.example.com/LONDON for more.", &["LOC:NEW YORK", "LOC:LONDON", "ORG:Reuters"]);
t!(auction_houses, "Rival auction house Sotheby's holds its own sale. Christie's sold a painting, and Phillips, the auction house, sold £12m of work.", &["ORG:Sotheby's", "ORG:Christie's", "ORG:Phillips"]);
t!(christie_a_person, "Agatha Christie's novels sold well. Christie's heirs agreed.", &["PER:Agatha Christie", "PER:Christie"]);
t!(listed_companies, "Nintendo said sales rose. Boeing said it would cut jobs. Disney said the film would open in May.", &["ORG:Nintendo", "ORG:Boeing", "ORG:Disney"]);
t!(named_one, "One man, 67, died. Hydro One said crews were coming.", &["ORG:Hydro One"]);
t!(marathons, "Kenya's Benson Kipruto won the Tokyo Marathon on Sunday. The next major is the Boston Marathon.", &["LOC:Kenya", "PER:Benson Kipruto", "MISC:Tokyo Marathon", "MISC:Boston Marathon"]);
t!(double_given_name, "Jean-Paul Sartre wrote it. Chef Anne-Sophie Pic was there. Rolls-Royce Holdings said so.", &["PER:Jean-Paul Sartre", "PER:Anne-Sophie Pic", "ORG:Rolls-Royce Holdings"]);
t!(journal_after_date, "The study was published on Wednesday in The Lancet. People reported symptoms in Lanarkshire.", &["ORG:The Lancet", "LOC:Lanarkshire"]);
t!(party_factions, "The Janata Dal (United) won 85 seats. Shiv Sena (UBT) leaders met.", &["ORG:Janata Dal (United)", "ORG:Shiv Sena (UBT)"]);
t!(joined_by_and, "Crews from Mid and West Wales Fire and Rescue Service attended. Pacific Gas and Electric said power would return. North and South Korea met.", &["ORG:Mid and West Wales Fire and Rescue Service", "ORG:Pacific Gas and Electric", "LOC:North", "LOC:South Korea"]);
t!(crude_grades, "Goldman Sachs kept its forecast for Brent at $56. West Texas Intermediate crude climbed $2.05 to $80.10 a barrel.", &["ORG:Goldman Sachs", "MISC:Brent", "MISC:West Texas Intermediate"]);
t!(brent_borough, "Police in Brent arrested two men.", &["LOC:Brent"]);
t!(party_and_state, "Sen. Raphael Warnock, D-Ga., and Rep. Jim Jordan (R-Ohio) spoke in Georgia.", &["PER:Raphael Warnock", "PER:Jim Jordan", "LOC:Georgia"]);
t!(rivers, "The River Thames burst its banks. The River Monnow rose, and so did the Severn River.", &["LOC:River Thames", "LOC:River Monnow", "LOC:Severn River"]);
t!(planet_in_space_news, "The probe swung around Mars on its way to the asteroid belt.", &["LOC:Mars"]);
t!(dateline_agency_and_the, "LOS ANGELES (Variety) - The film opened.\nWASHINGTON (AP) \u{2014} The House voted on Thursday.", &["LOC:LOS ANGELES", "ORG:Variety", "LOC:WASHINGTON", "ORG:AP", "ORG:House"]);
t!(kin_owner, "Nitish Kumar's party took 85 seats. Deutsche Bank's government bond desk grew.", &["PER:Nitish Kumar", "ORG:Deutsche Bank"]);
t!(compound_off003, "Its Toronto-listed stock rose after a Qatar-brokered truce. A Panama-flagged tanker sank.", &["LOC:Toronto", "LOC:Qatar", "LOC:Panama"]);
t!(bracketed_bills, "MPs backed the Terminally Ill Adults (End of Life) Bill. The Renters (Reform) Bill passed.", &["MISC:Terminally Ill Adults (End of Life) Bill", "MISC:Renters (Reform) Bill"]);
t!(family_name_first, "Goh Choon Phong said in a statement. Tan Chuan Jin resigned.", &["PER:Goh Choon Phong", "PER:Tan Chuan Jin"]);
t!(venue030, "Arsenal beat Aston Villa at the Emirates Stadium on Sunday.", &["ORG:Arsenal", "ORG:Aston Villa", "LOC:Emirates Stadium"]);
t!(dateline010, "BOSTON (Reuters) - Aspirin cut cancer risk, researchers said.", &["LOC:BOSTON", "ORG:Reuters"]);
t!(office_of_state, "Michigan Governor Gretchen Whitmer spoke, as did Oregon Governor Tina Kotek.", &["LOC:Michigan", "PER:Gretchen Whitmer", "LOC:Oregon", "PER:Tina Kotek"]);
t!(two_word_demonyms, "The North Korean army met South African police, Sri Lankans and Middle Eastern envoys.", &["NORP:North Korean", "NORP:South African", "NORP:Sri Lankans", "NORP:Middle Eastern"]);
#[test]
fn two_word_demonym_is_not_its_last_word() {
    let text = "Bosnian Serbs met Serbs. African Americans and Americans voted.";
    let found = crate::Annotator::new().annotate(text);
    let canonical = |name: &str| {
        found.iter().find(|a| &text[a.span.range()] == name).and_then(|a| match &a.details {
            crate::annotation::Details::Entity(e) => Some(e.canonical.clone()),
            _ => None,
        })
    };
    assert_eq!(canonical("Serbs").as_deref(), Some("Serbs"));
    assert_eq!(canonical("Americans").as_deref(), Some("Americans"));
}
t!(unit_after_figure, "The phone has 8GB of RAM and a 4.05 GHz chip, Apple said.", &["ORG:Apple"]);
t!(town_county, "He lives in Chelmsford, Essex. The minister spoke in Richmond, North Yorkshire, on Friday. In London, John Smith said so. The mayor of London, Sadiq Khan, spoke.", &["LOC:Chelmsford", "LOC:Essex", "LOC:Richmond", "LOC:North Yorkshire", "LOC:London", "PER:John Smith", "LOC:London", "PER:Sadiq Khan"]);
t!(imperative_off, "Call West Yorkshire Police on 101. Visit Kew Gardens in London.", &["ORG:West Yorkshire Police", "LOC:Kew Gardens", "LOC:London"]);
t!(temperature_scale, "It hit 40 degrees C. Then it fell to 50 degrees F.", &[]);
t!(acquired_business, "The company agreed to acquire Slack. It bought Shazam and later invested in Stellantis, not in Ohio.", &["ORG:Slack", "ORG:Shazam", "ORG:Stellantis", "LOC:Ohio"]);
t!(office_of010, "Texas Governor Greg Abbott said so. Bank of England Governor Andrew Bailey spoke.", &["LOC:Texas", "PER:Greg Abbott", "ORG:Bank of England", "PER:Andrew Bailey"]);
t!(after_role020, "The lead manager Lehman Brothers International said. Joint manager Barclays Capital agreed.", &["ORG:Lehman Brothers International", "ORG:Barclays Capital"]);
t!(after_role030, "\"We are sorry,\" chief executive Goh Choon Phong said. The co-founder Wu Rui agreed.", &["PER:Goh Choon Phong", "PER:Wu Rui"]);
t!(glued_letter020, "J. R. Smith met U.S. officials and George W. Bush.", &["PER:J. R. Smith", "LOC:U.S.", "PER:George W. Bush"]);
t!(new_place010, "The bill passed.\n\nNew South Wales is the most populated state.", &["LOC:New South Wales"]);
t!(article_surname010, "Egyptian President Abdel Fattah el-Sisi met Bashar al-Assad.", &["NORP:Egyptian", "PER:Abdel Fattah el-Sisi", "PER:Bashar al-Assad"]);
t!(state_of012, "Refugees fled the Democratic Republic of the Congo. The Kingdom of Saudi Arabia paid.", &["LOC:Democratic Republic of the Congo", "LOC:Kingdom of Saudi Arabia"]);
t!(online_service002, "Michael Morell praised Mendez on Twitter: \"Tony was the best.\" Facebook said so too.", &["PER:Michael Morell", "PER:Mendez", "ORG:Twitter", "PER:Tony", "ORG:Facebook"]);
t!(named_event014, "According to Johnson's critics, this is a ploy to achieve a no-deal Brexit, meaning the UK would leave.", &["PER:Johnson", "MISC:Brexit", "LOC:UK"]);
t!(paper_today015, "Both companies have been in operation since the 1970s according to USA Today\n\nRussia Today reported it. Today, the USA leads.", &["ORG:USA Today", "ORG:Russia Today", "LOC:USA"]);
t!(compound_off002, "The Academy Award-winning film starred Ben Affleck. The Academy Award went to him. A Bergamo-based firm and a Saudi-led coalition.", &["MISC:Academy Award", "PER:Ben Affleck", "MISC:Academy Award", "LOC:Bergamo", "NORP:Saudi"]);
t!(hyphened_pair, "The US-China trade war and the Israeli-Palestinian conflict. He met Russian-American businessman Lev Parnas. The Franco-German deal.", &["LOC:US", "LOC:China", "NORP:Israeli", "NORP:Palestinian", "NORP:Russian", "NORP:American", "PER:Lev Parnas", "MISC:Franco-German"]);
t!(illness002, "She had Parkinson's disease and Tourette syndrome. The Ebola virus disease (EVD) spread in Congo. Alzheimer's is common. Michael Parkinson said so.", &["LOC:Congo", "PER:Michael Parkinson"]);
t!(web_name001, "The news site Znak.com reported it. Amazon.com said sales rose. He wrote for Meduza.io and U.S. papers.", &["ORG:Znak.com", "ORG:Amazon.com", "ORG:Meduza.io", "LOC:U.S."]);
t!(prefix_off005, "Thousands joined an anti-Brexit march. A pro-Russian rebel spoke. Anti-Putin protests spread, said Vladimir Putin's critics. Brexit is near.", &["MISC:Brexit", "NORP:Russian", "PER:Putin", "PER:Vladimir Putin", "MISC:Brexit"]);
t!(contraction008, "Doris Day said, \"I've been through everything. I've always been like that. I've always said it.\"", &["PER:Doris Day"]);
t!(storm_not_person, "He rescued animals from Hurricane Katrina. Storm Ciarán hit Cornwall, and Tropical Storm Alberto weakened.", &["MISC:Hurricane Katrina", "MISC:Storm Ciarán", "LOC:Cornwall", "MISC:Tropical Storm Alberto"]);
t!(wildfire_not_org, "Firefighters battled the Ridgeline Fire and the Palisades Fire near Los Angeles.", &["MISC:Ridgeline Fire", "MISC:Palisades Fire", "LOC:Los Angeles"]);
t!(grand_prix_whole, "Lando Norris won the Hungarian Grand Prix after the British Grand Prix.", &["PER:Lando Norris", "MISC:Hungarian Grand Prix", "MISC:British Grand Prix"]);
t!(numbered_name017, "Area 51 has for decades been rumored to hold aliens. He vowed to revoke Article 50 soon.", &["LOC:Area 51", "MISC:Article 50"]);
t!(post_nominal_off, "Prosecutor James Whitfield KC said so. Defending, Anna Reid QC told the court. Reid added more.", &["PER:James Whitfield", "PER:Anna Reid", "PER:Reid"]);
t!(prefix_inside_name, "The Anti-Defamation League said so. China's virus death toll rose.", &["ORG:Anti-Defamation League", "LOC:China"]);
t!(business_by_its_last_word, "Her debut sold 4 million copies for Island Records. Warner Bros Pictures passed.", &["ORG:Island Records", "ORG:Warner Bros Pictures"]);
t!(police_rank_off_name, "Insp Laura Hobbs spoke. Det Ch Insp Mark Lee, of the police, spoke. Cllr Ann Bell agreed.", &["PER:Laura Hobbs", "PER:Mark Lee", "PER:Ann Bell"]);
t!(person_after_place_and_comma, "Those at the meeting in Leeds, Robert Gardner, Ann Bell and Tom Hale, agreed.", &["LOC:Leeds", "PER:Robert Gardner", "PER:Ann Bell", "PER:Tom Hale"]);
t!(people_nouns_are_norp, "The Spaniard beat the Welshman, and the Brits cheered.", &["NORP:Spaniard", "NORP:Welshman", "NORP:Brits"]);
t!(plural_peoples_are_norp, "Afghans and Pakistanis made up the largest groups, followed by Eritreans, Somalis and Bangladeshis. The Cleveland Indians lost. They won six of nine meetings against the Indians.", &["NORP:Afghans", "NORP:Pakistanis", "NORP:Eritreans", "NORP:Somalis", "NORP:Bangladeshis", "ORG:Cleveland Indians", "ORG:Indians"]);
t!(online_service010, "He posted on Twitter. Twitter said it would act.", &["ORG:Twitter", "ORG:Twitter"]);
#[test]
fn org_short_name_and_branch() {
    let canonical = |text: &str, name: &str| {
        let found = crate::Annotator::new().annotate(text);
        found.iter().find(|a| &text[a.span.range()] == name).and_then(|a| match &a.details {
            crate::annotation::Details::Entity(e) => Some(e.canonical.clone()),
            _ => None,
        })
    };
    let fed = "The Federal Reserve raised rates. The Fed said more rises were likely.";
    assert_eq!(canonical(fed, "Fed").as_deref(), Some("Federal Reserve"));
    let widow = "John Smith has died. His wife, Lady Smith, paid tribute. Sarah Jones was jailed. Mr Jones wept. Ms Jones will appeal.";
    let all = crate::Annotator::new().annotate(widow);
    let ids: Vec<(&str, usize)> = all
        .iter()
        .filter_map(|a| match &a.details {
            crate::annotation::Details::Entity(e) => Some((&widow[a.span.range()], e.id as usize)),
            _ => None,
        })
        .collect();
    let id = |k: usize| ids[k].1;
    assert_eq!(ids.iter().map(|x| x.0).collect::<Vec<_>>(), ["John Smith", "Smith", "Sarah Jones", "Jones", "Jones"]);
    assert!(id(1) != id(0) && id(3) != id(2) && id(4) == id(2), "{ids:?}");
    let dallas = "The Federal Reserve raised rates. Lorie Logan, of the Federal Reserve Bank of Dallas, spoke.";
    assert_eq!(canonical(dallas, "Federal Reserve").as_deref(), Some("Federal Reserve"));
    // Another body of its field, not the same: but the same body of its country.
    let field = "She led the Royal Society of Chemistry. He led the Royal Society.";
    assert_eq!(canonical(field, "Royal Society").as_deref(), Some("Royal Society"));
    let country = "The Rubber Board of India met on Monday. Prices set by the Rubber Board rose.";
    assert_eq!(canonical(country, "Rubber Board").as_deref(), Some("Rubber Board of India"));
}
t!(modifier_rail, "Network Rail said services would start late. Rail passengers face disruption.", &["ORG:Network Rail"]);
t!(modifier_court, "The Supreme Court ruled on Friday. Court officials said the hearing was over.", &["ORG:Supreme Court"]);
t!(modifier_ocean, "The Pacific Ocean is warming. Ocean temperatures rose.", &["LOC:Pacific Ocean"]);
t!(modifier_keeps_subject, "Goldman Sachs cut jobs. Sachs said the cuts were needed. Manchester United lost. United fans were angry.", &["ORG:Goldman Sachs", "ORG:Sachs", "ORG:Manchester United", "ORG:United"]);
t!(holiday_misc, "The probe passed the Sun on Christmas Eve. It happened on Good Friday and Easter Sunday.", &["MISC:Sun", "MISC:Christmas Eve", "MISC:Easter Sunday"]);
t!(paper_guardian, "She told the Guardian that the plan would fail.", &["ORG:Guardian"]);
t!(paper_telegraph_independent, "He wrote in the Telegraph on Sunday, and told the Independent the same.", &["ORG:Telegraph", "ORG:Independent"]);
t!(paper_economist_opens, "The Economist said the bank was wrong.", &["ORG:Economist"]);
t!(paper_not_before_a_name, "The Guardian Council rejected the law.", &["ORG:Guardian Council"]);
t!(member_of_is_a_title014, "The vote was lost.\n\nMember of Parliament (MP) Yvette Cooper of the Labour Party spoke.", &["ORG:Parliament", "PER:Yvette Cooper", "ORG:Labour Party"]);

/// (mention, canonical) pairs with the same id for every mention of one canonical name.
fn groups(text: &str) -> Vec<(String, String)> {
    let found = Annotator::new().annotate(text);
    let mut ids: Vec<(u32, String)> = Vec::new();
    let mut out = Vec::new();
    for a in &found {
        if let Details::Entity(d) = &a.details {
            match ids.iter().find(|(id, _)| *id == d.id) {
                Some((_, c)) => assert_eq!(*c, d.canonical, "one id, one canonical name"),
                None => {
                    assert!(ids.iter().all(|(_, c)| *c != d.canonical), "one canonical name, one id");
                    ids.push((d.id, d.canonical.clone()));
                }
            }
            out.push((text[a.span.range()].to_string(), d.canonical.clone()));
        }
    }
    out
}

#[test]
fn grouping_table() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "Khalid Alrawi fled to Baghdad. Later, Khalid said Alrawi was safe.",
            &[("Khalid Alrawi", "Khalid Alrawi"), ("Baghdad", "Baghdad"), ("Khalid", "Khalid Alrawi"), ("Alrawi", "Khalid Alrawi")],
        ),
        (
            "They fled the Islamic State (IS) group in 2015. Even more than IS, they fear militias.",
            &[("Islamic State", "Islamic State"), ("IS", "Islamic State"), ("IS", "Islamic State")],
        ),
        (
            "Khalid Alrawi and Mamdooh Alrawi fled. It is safe, said Khalid. Alrawi added more.",
            &[
                ("Khalid Alrawi", "Khalid Alrawi"),
                ("Mamdooh Alrawi", "Mamdooh Alrawi"),
                ("Khalid", "Khalid Alrawi"),
                ("Alrawi", "Khalid Alrawi"),
            ],
        ),
        (
            "The Iraqi Parliament voted. Unlike laws, resolutions of Parliament are not binding.",
            &[("Iraqi Parliament", "Iraqi Parliament"), ("Parliament", "Iraqi Parliament")],
        ),
        (
            "Emily Spanton, 39, spoke. The court found that Mme Spanton did not lie. Assemblywoman Selena Torres said it would pass. Pope Francis met Prince Charles.",
            &[
                ("Emily Spanton", "Emily Spanton"),
                ("Spanton", "Emily Spanton"),
                ("Selena Torres", "Selena Torres"),
                ("Pope Francis", "Pope Francis"),
                ("Prince Charles", "Prince Charles"),
            ],
        ),
        (
            "Speakers included First Minister of Scotland Nicola Sturgeon and Labour MP Tom Watson. Nicola Sturgeon said it was over.",
            &[
                ("Scotland", "Scotland"),
                ("Nicola Sturgeon", "Nicola Sturgeon"),
                ("Labour", "Labour"),
                ("Tom Watson", "Tom Watson"),
                ("Nicola Sturgeon", "Nicola Sturgeon"),
            ],
        ),
        (
            "Lincoln County Sheriff Kerry Lee said one man was held. Sheriff Lee said more came.",
            &[("Lincoln County", "Lincoln County"), ("Kerry Lee", "Kerry Lee"), ("Lee", "Kerry Lee")],
        ),
        (
            "The United Kingdom voted. The UK left and Britain cheered. The U.S. agreed with the United States.",
            &[
                ("United Kingdom", "United Kingdom"),
                ("UK", "United Kingdom"),
                ("Britain", "United Kingdom"),
                ("U.S.", "United States"),
                ("United States", "United States"),
            ],
        ),
        (
            "Tony Mendez left. His wife Jonna Mendez spoke. Later Tony Mendez returned. Then Mendez died.",
            &[
                ("Tony Mendez", "Tony Mendez"),
                ("Jonna Mendez", "Jonna Mendez"),
                ("Tony Mendez", "Tony Mendez"),
                ("Mendez", "Tony Mendez"),
            ],
        ),
        (
            "Leaders signed the African Continental Free Trade Area (AfCFTA) in Kigali. The AfCFTA starts in July.",
            &[
                ("African Continental Free Trade Area", "African Continental Free Trade Area"),
                ("AfCFTA", "African Continental Free Trade Area"),
                ("Kigali", "Kigali"),
                ("AfCFTA", "African Continental Free Trade Area"),
            ],
        ),
        // A place is not the longer place or organisation holding its name.
        (
            "The UK Parliament was suspended. The UK would cease to be part of the European Union.",
            &[("UK Parliament", "UK Parliament"), ("UK", "UK"), ("European Union", "European Union")],
        ),
        (
            "Abortion is legal in New South Wales and South Australia but not in Australia as a whole.",
            &[
                ("New South Wales", "New South Wales"),
                ("South Australia", "South Australia"),
                ("Australia", "Australia"),
            ],
        ),
        (
            "Storms hit North Carolina and Charlotte on Monday. In Carolina, schools closed.",
            &[("North Carolina", "North Carolina"), ("Charlotte", "Charlotte"), ("Carolina", "Carolina")],
        ),
        (
            "The Western District of Texas court ruled. Texas will appeal, the Western District said.",
            &[
                ("Western District of Texas", "Western District of Texas"),
                ("Texas", "Texas"),
                ("Western District", "Western District of Texas"),
            ],
        ),
        // Nor is a body the part of it or the thing named after it.
        (
            "The House of Commons Library published figures. The House of Commons voted. The United Nations Special Commission left Iraq, the United Nations said.",
            &[
                ("House of Commons Library", "House of Commons Library"),
                ("House of Commons", "House of Commons"),
                ("United Nations Special Commission", "United Nations Special Commission"),
                ("Iraq", "Iraq"),
                ("United Nations", "United Nations"),
            ],
        ),
        // "the Queen" is the person the document names with that title.
        (
            "Queen Elizabeth agrees to suspend UK Parliament\n\nThursday, August 29, 2019\n\nYesterday, the United Kingdom's Queen Elizabeth II announced she will comply with the request of Prime Minister Boris Johnson. He is trying to use the Queen to concentrate power.",
            &[
                ("Elizabeth", "Elizabeth II"),
                ("UK Parliament", "UK Parliament"),
                ("United Kingdom", "United Kingdom"),
                ("Elizabeth II", "Elizabeth II"),
                ("Boris Johnson", "Boris Johnson"),
                ("Queen", "Elizabeth II"),
            ],
        ),
        // An acronym spells a name the text gives, in brackets or not.
        (
            "Tony Mendez worked for the United States Central Intelligence Agency. The CIA praised him. The Federal Security Service (FSB) said so. Ebola spread in the Democratic Republic of the Congo, and the DRC asked for help.",
            &[
                ("Tony Mendez", "Tony Mendez"),
                ("United States Central Intelligence Agency", "United States Central Intelligence Agency"),
                ("CIA", "United States Central Intelligence Agency"),
                ("Federal Security Service", "Federal Security Service"),
                ("FSB", "Federal Security Service"),
                ("Ebola", "Ebola"),
                ("Democratic Republic of the Congo", "Democratic Republic of the Congo"),
                ("DRC", "Democratic Republic of the Congo"),
            ],
        ),
        // Not a dateline's agency after a place, nor a person's initials.
        (
            "ABU DHABI (AFP) - The talks ended. AFP said so. Emma Ulrich spoke. The EU agreed.",
            &[
                ("ABU DHABI", "ABU DHABI"),
                ("AFP", "AFP"),
                ("AFP", "AFP"),
                ("Emma Ulrich", "Emma Ulrich"),
                ("EU", "EU"),
            ],
        ),
        // A people's plural is the people.
        (
            "Six Mexican nationals were killed. Eight Mexicans died in the attack.",
            &[("Mexican", "Mexican"), ("Mexicans", "Mexican")],
        ),
        // A town before its state is no surname, and the person keeps theirs.
        (
            "Greg Allen spoke in Allen, Texas. Later Allen said no.",
            &[("Greg Allen", "Greg Allen"), ("Allen", "Allen"), ("Texas", "Texas"), ("Allen", "Greg Allen")],
        ),
        (
            "U.S. officials identified the suspect as 21-year-old Patrick Crusius of Allen, Texas, near the city of Dallas. El Paso's police chief Greg Allen said late Sunday the police were attributing the document to Crusius.",
            &[
                ("U.S.", "U.S."),
                ("Patrick Crusius", "Patrick Crusius"),
                ("Allen", "Allen"),
                ("Texas", "Texas"),
                ("Dallas", "Dallas"),
                ("El Paso", "El Paso"),
                ("Greg Allen", "Greg Allen"),
                ("Crusius", "Patrick Crusius"),
            ],
        ),
    ];
    for (text, want) in cases {
        let got = groups(text);
        let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(&got, want, "{text:?}");
    }
}

#[test]
fn odd_inputs_do_not_panic() {
    let cases = [
        "", "'s", "\u{2019}s", "-", "A-", "-A", "U.S", "U.S.", "A.B.C.D", "X's's", "Mr.", "\u{301}",
        "\u{1F600} Paris \u{1F600}", "ÉLYSÉE PALACE", "İstanbul", "a\u{0}b", "Al-\nAnbar", "(IS)", "( IS )",
        "\"\"\"", "1996-08-22", "New York-based", "Ahmed\u{2019}s", "\u{FEFF}Berlin",
    ];
    for text in cases {
        let found = Annotator::new().annotate(text);
        crate::check_invariants(text, &found).unwrap_or_else(|e| panic!("{text:?}: {e}"));
    }
    let long = "Paris ".repeat(5000);
    assert!(!Annotator::new().annotate(&long).is_empty());
}
t!(decode100, "\"What benefits from Iran in Iraq?\" questions Ammar, a protester.", &["LOC:Iran", "LOC:Iraq", "PER:Ammar"]);
t!(decode110, "SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .", &["LOC:JAPAN", "LOC:CHINA"]);

mod prop {
    use proptest::prelude::*;

    /// Pieces that steer the word grouping and the refinements.
    const PIECES: &[&str] = &[
        "Al", "-", "Anbar", "'s", "\u{2019}s", "U", ".", "(", "IS", ")", " ", "\n", ",", "a", "protester",
        "Khalid", "group", "\u{c9}", "\u{301}", "_", "the", "\u{1F600}", "Mr",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn any_text_keeps_invariants(parts in proptest::collection::vec(prop_oneof![
            prop::sample::select(PIECES).prop_map(String::from),
            "[A-Za-z\u{e9}\u{2019}'., ()-]{0,6}",
        ], 0..40)) {
            let text: String = parts.concat();
            let found = crate::Annotator::new().annotate(&text);
            prop_assert!(crate::check_invariants(&text, &found).is_ok());
        }
    }
}

/// Collects each word's parts as buckets ([`super::features::Parts`]), checking that one
/// key always stands for the same buckets.
#[derive(Default)]
struct Collect {
    words: Vec<Vec<u32>>,
    word: Vec<u32>,
    by_key: std::collections::HashMap<u64, Vec<u32>>,
}

impl super::features::Parts for Collect {
    fn part(&mut self, key: u64, buckets: &mut dyn FnMut(&mut Vec<u32>)) {
        let mut b = Vec::new();
        buckets(&mut b);
        assert_eq!(self.by_key.entry(key).or_insert_with(|| b.clone()), &b, "key {key:x}");
        self.word.extend(b);
    }
    fn end_word(&mut self) {
        self.words.push(std::mem::take(&mut self.word));
    }
}

#[test]
fn parts_and_paired_buckets_make_the_whole() {
    use super::features::{DocStats, Extractor, Lexicon, NONE, PAIRED_PER_WORD, PER_WORD};
    let lex = Lexicon::shared();
    // Forms come back with other flags (first word, headline, table, and in the second
    // document other document flags) and other neighbours, so a key that leaves out
    // something its part reads fails. One `Collect` sees both documents, as the detector's
    // cache does.
    let documents: &[&[&[&str]]] = &[
        &[
            &["Khalid", "Alrawi", "fled", "the", "Islamic", "State", "(", "IS", ")", "in", "2015", "."],
            &["BAGHDAD", "1996-08-22"],
            &["\u{201C}", "Ça", "va", "\u{201D}", ",", "said", "Mr.", "Müller-Lüdenscheidt", "of", "U.S.", "Steel"],
            &["a"],
            &["State", "Khalid", "said", "in", "Baghdad", "after", "the", "Islamic", "State", "fled", "."],
            &["KHALID", "ALRAWI", "FLED", "U.S.", "STATE"],
            &["Bolton", "3", "Khalid", "1", "Steel", "2"],
        ],
        &[
            &["the", "head", "of", "the", "Bank", "of", "England", ",", "a", "bank", ",", "in", "Baghdad"],
            &["Mr.", "Khalid", "Steel", "said", "the", "state", "of", "Baghdad", "Bank", "fled", "."],
            &["Alrawi", ",", "the", "Khalid", "of", "England", "Islamic", "party", "."],
            &["Islamic", "State", "said", "the", "state", "fled", "."],
        ],
        // A form in capitals ("NATO") and a lower-case one next to names ("state") in
        // other contexts than in the documents before.
        &[&["Talks", "in", "NATO", "ended", "."], &["the", "State", "met", "Bank", "state", "Fund", "."]],
        &[&["Talks", "with", "NATO", "ended", "."], &["in", "State", "met", "Bank", "state", "Fund", "."]],
    ];
    let mut ex = Extractor::new();
    let mut parts = Collect::default();
    let mut words_seen = 0;
    for sentences in documents {
        let mut stats = DocStats::new();
        sentences.iter().for_each(|s| stats.add(s));
        for (k, words) in sentences.iter().enumerate() {
            let (mut whole, mut paired) = (Vec::new(), Vec::new());
            ex.sentence(words, None, lex, stats.sentence(k), 18, &mut whole);
            parts.words.clear();
            ex.parts(words, None, lex, stats.sentence(k), 18, &mut paired, &mut parts);
            assert_eq!(parts.words.len(), words.len());
            words_seen += words.len();
            for (i, w) in words.iter().enumerate() {
                let mut want: Vec<u32> =
                    whole[i * PER_WORD..][..PER_WORD].iter().copied().filter(|&b| b != NONE).collect();
                let mut got: Vec<u32> =
                    paired[i * PAIRED_PER_WORD..][..PAIRED_PER_WORD].iter().copied().filter(|&b| b != NONE).collect();
                got.extend_from_slice(&parts.words[i]);
                want.sort_unstable();
                got.sort_unstable();
                assert_eq!(got, want, "{w:?} in {words:?}");
            }
        }
    }
    assert!(parts.by_key.len() < 4 * words_seen, "keys repeat");
}

#[test]
fn clusters_load_and_group_names() {
    use super::features::{exact_hash, Lexicon};
    let lex = Lexicon::shared();
    let path = |w: &str| lex.cluster(w, exact_hash(w));
    assert_ne!(path("Paris"), 0);
    assert_eq!(path("Paris"), path("London"));
    assert_eq!(path("GERMANY"), path("Germany"));
    assert_eq!(path("paris"), 0, "only capitalised forms are listed");
    assert_eq!(path("Xqzvjkw"), 0);
}

#[test]
fn malformed_cluster_tables_are_refused() {
    use super::features::{Clusters, CLUSTER_BYTES};
    assert!(Clusters::read(CLUSTER_BYTES).is_some());
    let with = |at: usize, bytes: &[u8]| {
        let mut b = CLUSTER_BYTES.to_vec();
        b[at..at + bytes.len()].copy_from_slice(bytes);
        b
    };
    let count = u16::from_le_bytes([CLUSTER_BYTES[6], CLUSTER_BYTES[7]]) as usize;
    let cases: Vec<Vec<u8>> = vec![
        Vec::new(),
        CLUSTER_BYTES[..CLUSTER_BYTES.len() / 2].to_vec(),
        with(0, b"XXXX"),
        with(5, &[0]),
        with(5, &[33]),
        with(8, &u32::MAX.to_le_bytes()),
        with(12 + 4 * count, &[200]),
    ];
    for b in &cases {
        assert!(Clusters::read(b).is_none(), "{} bytes", b.len());
    }
}

#[test]
fn kept_words_get_the_buckets_they_get_when_all_are_kept() {
    // train_ner computes every word's buckets; the tagger only the scored words': the two
    // must agree, or training would pick its epochs on other scores than run time sees.
    use super::features::{DocStats, Extractor, Lexicon, PAIRED_PER_WORD, PER_WORD};
    use super::tagger::scored;
    let lex = Lexicon::shared();
    let text = "the head of the Bank of England said so . It rose 5 per cent in TOKYO , \
                said Mr. de Gaulle of Schalke 04 , who won 3 - 1 ( Reuters ) in a cocker spaniel show";
    let words: Vec<&str> = text.split(' ').collect();
    let mut stats = DocStats::new();
    stats.add(&words);
    let mut keep = Vec::new();
    scored(&words, &mut keep);
    assert!(keep.contains(&false) && keep.contains(&true));
    let mut ex = Extractor::new();
    let kept = |v: Vec<Vec<u32>>| -> Vec<Vec<u32>> { v.into_iter().zip(&keep).filter(|(_, &k)| k).map(|(f, _)| f).collect() };
    let (mut all, mut some) = (Vec::new(), Vec::new());
    ex.sentence(&words, None, lex, stats.sentence(0), 18, &mut all);
    ex.sentence(&words, Some(&keep), lex, stats.sentence(0), 18, &mut some);
    assert_eq!(some.chunks(PER_WORD).map(<[u32]>::to_vec).collect::<Vec<_>>(), kept(all.chunks(PER_WORD).map(<[u32]>::to_vec).collect()));
    let (mut all_parts, mut some_parts) = (Collect::default(), Collect::default());
    let (mut all, mut some) = (Vec::new(), Vec::new());
    ex.parts(&words, None, lex, stats.sentence(0), 18, &mut all, &mut all_parts);
    ex.parts(&words, Some(&keep), lex, stats.sentence(0), 18, &mut some, &mut some_parts);
    let paired = |v: &[u32]| v.chunks(PAIRED_PER_WORD).map(<[u32]>::to_vec).collect::<Vec<_>>();
    assert_eq!(paired(&some), kept(paired(&all)));
    assert_eq!(some_parts.words, kept(all_parts.words));
}
t!(court_and_council_after_a_place, "The trial at Birmingham crown court lasted two weeks. Leeds city council agreed. Kent Police and Kent county council warned. The Labour council leader quit.", &["ORG:Birmingham crown court", "ORG:Leeds city council", "ORG:Kent Police", "ORG:Kent county council", "ORG:Labour"]);
t!(place_before_region_word, "The Kharkiv regional governor, Oleh Syniehubov, said so. He wrote on Telegram. The Kurdish region voted.", &["LOC:Kharkiv", "PER:Oleh Syniehubov", "ORG:Telegram", "NORP:Kurdish"]);
t!(washington_dc_is_one_place, "She lives in Washington DC. He flew to Washington, DC, on Monday.", &["LOC:Washington DC", "LOC:Washington, DC"]);
t!(employer_after_analysts_at, "Analysts at Jefferies estimated sales. An analyst at Moscow brokerage Rinaco said so.", &["ORG:Jefferies", "LOC:Moscow", "ORG:Rinaco"]);
t!(awards_and_festivals, "She won the Booker prize. He won two Olivier awards. Tickets for Glastonbury festival sold out. The Edinburgh festival opens.", &["MISC:Booker prize", "MISC:Olivier", "MISC:Glastonbury festival", "LOC:Edinburgh"]);
t!(no_place_before_organisation_adjective, "The Taliban provincial governor said so. Researchers at London's Imperial College found it.", &["ORG:Taliban", "LOC:London", "ORG:Imperial College"]);
t!(companies_and_shares_in, "Ryanair said it would cancel flights. Shares in Ocado rose, while shares in London fell and Nvidia gained.", &["ORG:Ryanair", "ORG:Ocado", "LOC:London", "ORG:Nvidia"]);
t!(initials_joined_by_ampersand, "AT&T said it would cut jobs at M&S and spend more on R&D.", &["ORG:AT&T", "ORG:M&S"]);
t!(market_indices_are_one_name, "The Euro Stoxx 50, the Stoxx 600 and the S&P 500 fell 1.4%, the tech-heavy Nasdaq Composite slid and the FTSE 100 rose in London.", &["MISC:Euro Stoxx 50", "MISC:Stoxx 600", "MISC:S&P 500", "MISC:Nasdaq Composite", "MISC:FTSE 100", "LOC:London"]);
t!(market_indices_in_capitals, "The pan-European STOXX Europe 600 index fell 0.4% and the small-cap Russell 2000 rose.", &["MISC:pan-European", "MISC:STOXX Europe 600", "MISC:Russell 2000"]);
t!(summits, "Leaders met at the G20 and at Cop29 in Baku, after COP28 in Dubai and the G-7. Gold rose; COP is a word.", &["ORG:G20", "MISC:Cop29", "LOC:Baku", "MISC:COP28", "LOC:Dubai", "ORG:G-7"]);
t!(lower_case_brand, "Cabin crew at easyJet's bases in Spain voted to strike.", &["ORG:easyJet", "LOC:Spain"]);
t!(public_bodies_by_one_word, "ScotRail cancelled all trains. Ofcom said it would act; talks at Acas failed, Flightradar24 showed.", &["ORG:ScotRail", "ORG:Ofcom", "ORG:Acas", "ORG:Flightradar24"]);
t!(ampersand_name_ends_sentence, "PwC and KPMG audited M&S. Hang Seng Bank said profits rose. Shares in New York rose. The G7 met.", &["ORG:PwC", "ORG:KPMG", "ORG:M&S", "ORG:Hang Seng Bank", "LOC:New York", "ORG:G7"]);
t!(royal_titles_are_people, "The Prince of Wales and the Princess of Wales met the Duke of Edinburgh. The Princess Royal visited. The King and Queen Camilla met. The Prince of Wales Bridge was closed.", &["PER:Prince of Wales", "PER:Princess of Wales", "PER:Duke of Edinburgh", "PER:Princess Royal", "PER:Queen Camilla", "LOC:Prince of Wales Bridge"]);
t!(forms_of_address_name_nobody, "Their Royal Highnesses arrived in Brazil. His Majesty spoke. Her Royal Highness the Princess Royal smiled.", &["LOC:Brazil", "PER:Princess Royal"]);
t!(royal_title_of_a_long_place_and_a_ship, "The Crown Prince of Saudi Arabia met the president. The liner Queen Mary 2 docked.", &["PER:Prince of Saudi Arabia", "ORG:Queen Mary"]);
t!(plural_title_before_names, "Justice Elena Kagan, joined by Justices Sonia Sotomayor and Ketanji Brown Jackson, dissented.", &["PER:Elena Kagan", "PER:Sonia Sotomayor", "PER:Ketanji Brown Jackson"]);
t!(awards_are_other_names, "She won her first Oscar in 1970, two Academy Awards, three Emmys and a string of Baftas. Commander Oscar told La Jornada.", &["MISC:Oscar", "MISC:Academy Awards", "MISC:Emmys", "MISC:Baftas", "PER:Oscar", "ORG:La Jornada"]);
t!(bodies_named_for_a_nation, "The figures came from NHS England. Historic England said it was considering listing the site. Natural England and Police Scotland agreed.", &["ORG:NHS England", "ORG:Historic England", "ORG:Natural England", "ORG:Police Scotland"]);
t!(amendments_are_laws, "He pleaded the Fifth Amendment. The Second Amendment protects it, and the 14th Amendment was cited.", &["MISC:Fifth Amendment", "MISC:Second Amendment", "MISC:14th Amendment"]);
t!(platform_x, "He said in a post on X. Malcolm X. spoke. She wrote on X, then shared it to X on Monday. The letter X is the 24th.", &["ORG:X", "PER:Malcolm X.", "ORG:X", "ORG:X"]);
t!(rating_agencies, "He works at Fitch Ratings in New York. Fitch Ratings said growth would slow, as did S&P Global Ratings.", &["ORG:Fitch Ratings", "LOC:New York", "ORG:Fitch Ratings", "ORG:S&P Global Ratings"]);
t!(ward_and_award_acronyms, "Patients waited 12 hours in A&E departments. The reigning MVP scored 41 at Paycom Center.", &["LOC:Paycom Center"]);
t!(eras_are_no_names, "A coin of 200 BC was found near the fort built in AD 43 by the Romans, who held it until the fifth century AD.", &["MISC:Romans"]);
t!(places_are_not_institutions_named_for_them, "Roman remains were found beneath Kent farmland by the University of Kent. Canterbury Archaeological Trust led the dig, and the finds go on display at Canterbury's Beaney House. The Republic of Ireland beat Wales; Ireland scored twice.", &["LOC:Kent", "ORG:University of Kent", "ORG:Canterbury Archaeological Trust", "LOC:Canterbury", "LOC:Beaney House", "LOC:Republic of Ireland", "LOC:Wales", "LOC:Ireland"]);
t!(place_first_parties, "Labour won 38% in New Zealand. New Zealand First failed to reach the 5% threshold. Winston Peters, leader of New Zealand First, conceded.", &["ORG:Labour", "LOC:New Zealand", "ORG:New Zealand First", "PER:Winston Peters", "ORG:New Zealand First"]);
t!(possessive_institutions, "Dr Sarah Whitfield, a lecturer at King's College London, spoke. She studied at St John's College, Oxford. Patients saw their GP before the PhD student arrived.", &["PER:Sarah Whitfield", "ORG:King's College London", "ORG:St John's College", "LOC:Oxford"]);
t!(kinds_of_firm_before_names, "Developer Barratt Homes will contribute £6.8m. Chipmaker Nvidia rose. Carmaker Stellantis said sales fell. Publisher John Blake agreed.", &["ORG:Barratt Homes", "ORG:Nvidia", "ORG:Stellantis", "PER:John Blake"]);
t!(fellows_and_prize_fields, "She is a Fellow of the Royal Society. She won the Wolf Prize in Chemistry and he the Nobel Prize in Physiology or Medicine. The Booker Prize in London went to her.", &["ORG:Royal Society", "MISC:Wolf Prize in Chemistry", "MISC:Nobel Prize in Physiology or Medicine", "MISC:Booker Prize", "LOC:London"]);

#[test]
fn club_by_the_last_word_of_its_name() {
    let text = "Arsenal beat Aston Villa on Sunday. \"It is never easy against a team like Villa,\" Arteta said. Villa host Brentford next.";
    let villas: Vec<_> = crate::Annotator::new()
        .annotate(text)
        .into_iter()
        .filter(|a| &text[a.span.range()] == "Villa")
        .map(|a| match a.details {
            crate::annotation::Details::Entity(e) => (a.label, e.canonical.to_string()),
            _ => unreachable!("an entity"),
        })
        .collect();
    let club = (crate::annotation::Label::Org, "Aston Villa".to_string());
    assert_eq!(villas, [club.clone(), club]);
}
t!(buildings_named_by_their_whole_run, "The concert is at London's Royal Albert Hall. Ngata spoke at Auckland's Viaduct Events Centre. She spoke to Jerry Hall.", &["LOC:London", "LOC:Royal Albert Hall", "LOC:Auckland", "LOC:Viaduct Events Centre", "PER:Jerry Hall"]);
t!(journals_and_agencies, "The study was published in Nature. It appeared in The Lancet Public Health, and was published in London. She works at the Jet Propulsion Laboratory, he at the US Geological Survey. He pleaded the Twenty-first Amendment.", &["ORG:Nature", "ORG:The Lancet Public Health", "LOC:London", "ORG:Jet Propulsion Laboratory", "ORG:US Geological Survey", "MISC:Twenty-first Amendment"]);
t!(instruments_are_other_names, "Astronomers using the James Webb Space Telescope found it with Webb's Near Infrared Spectrograph. The Hubble Space Telescope was launched in 1990.", &["MISC:James Webb Space Telescope", "PER:Webb", "MISC:Near Infrared Spectrograph", "MISC:Hubble Space Telescope"]);
t!(the_institution_opening_a_sentence, "The Commission said it would act. The European Commission fined Google. The Times reported it.", &["ORG:Commission", "ORG:European Commission", "ORG:Google", "ORG:The Times"]);
t!(titles_of_works, "She will release her 11th studio album, The Tortured Poets Department, on April 19. His film The Grand Budapest Hotel won. The novel, The Remains of the Day, sold well.", &["MISC:The Tortured Poets Department", "MISC:The Grand Budapest Hotel", "MISC:The Remains of the Day"]);
t!(rulers_before_names, "The emperor Hadrian built the wall.", &["PER:Hadrian"]);

#[test]
fn crude_grade_reads_a_paragraph_of_wide_characters() {
    // The paragraph is cut 600 bytes either side of the name, never inside a character.
    for pad in 0..4 {
        let text = format!("{}é{} Brent crude rose. {}", "x".repeat(pad), "é".repeat(400), "ü".repeat(400));
        let found = Annotator::new().annotate(&text);
        assert!(found.iter().any(|a| a.label == crate::annotation::Label::Misc && &text[a.span.range()] == "Brent"), "{pad}");
    }
}
t!(an_edition_of_an_event, "The 164th Hospices de Beaune auction raised a record. The 14th Dalai Lama spoke.", &["MISC:Hospices de Beaune", "PER:Dalai Lama"]);
t!(the_place_a_name_is_named_for, "Visitors descended on Beaune for the 164th Hospices de Beaune wine auction.", &["LOC:Beaune", "MISC:Hospices de Beaune"]);
t!(numbered_products, "Strong sales of its PlayStation 5 console lifted earnings. Microsoft will end support for Windows 10 in October.", &["MISC:PlayStation 5", "ORG:Microsoft", "MISC:Windows 10"]);
t!(a_dated_work_in_quotes, "\"Nymphéas\" (1914-17) had been estimated at $60 million. He painted \"Guernica\" (1937) there.", &["MISC:Nymphéas", "MISC:Guernica"]);
t!(italian_and_indian_landmarks, "He spoke outside Vidhan Bhavan and Rashtrapati Bhavan. An underpass near Castel Sant'Angelo opened.", &["LOC:Vidhan Bhavan", "LOC:Rashtrapati Bhavan", "LOC:Castel Sant'Angelo"]);
t!(the_head_of_a_body_is_a_person, "\"AI will change phones,\" TM Roh, the head of Samsung's mobile business, said.", &["PER:TM Roh", "ORG:Samsung"]);
t!(phones_by_their_product_line, "Samsung unveiled the Galaxy Z Fold6 and the Galaxy Z Flip6 in Paris.", &["ORG:Samsung", "MISC:Galaxy Z Fold6", "MISC:Galaxy Z Flip6", "LOC:Paris"]);
t!(indian_schemes_and_parties, "The Ladki Bahin Yojana pays women. The Shiv Sena opposed it.", &["MISC:Ladki Bahin Yojana", "ORG:Shiv Sena"]);
t!(initials_and_a_given_name, "KL Rahul made a century. AC Milan won. ST LOUIS 4 CHICAGO 2", &["PER:KL Rahul", "ORG:AC Milan", "ORG:ST LOUIS", "ORG:CHICAGO"]);
t!(titles_after_a_work_noun, "Her last album, Let It Be Roberta, came out in 2012. His film Play Misty for Me is old. The song I love is old. Roberta Flack died.", &["MISC:Let It Be Roberta", "MISC:Play Misty for Me", "PER:Roberta Flack"]);
t!(possessive_places, "He prayed in St Peter's Basilica and crossed St Peter's Square. He studied at King's College.", &["LOC:St Peter's Basilica", "LOC:St Peter's Square", "ORG:King's College"]);
t!(common_acronyms_are_no_names, "ALS is a disease. The ETF and two ETFs rose.", &[]);
t!(arabic_articles_go_on, "Ships avoid the Bab el-Mandeb strait. Leaders met in Sharm el-Sheikh. Fighting in Deir ez-Zor went on. The Nablus-based al-Risala bookshop shut.", &["LOC:Bab el-Mandeb", "LOC:Sharm el-Sheikh", "LOC:Deir ez-Zor", "LOC:Nablus", "LOC:al-Risala"]);
t!(other_names_that_speak_are_bodies, "Anglo American said profits fell. The opposition Social Democrats said in a statement it was wrong. Christians said they prayed.", &["ORG:Anglo American", "ORG:Social Democrats", "NORP:Christians"]);
t!(parties_named_for_members, "The Liberal Democrats won the by-election. House Democrats objected.", &["ORG:Liberal Democrats", "ORG:House", "NORP:Democrats"]);
t!(a_storm_kind_before_a_name, "Hurricane Delphine strengthened. Typhoon Haiyan hit. Tropical Storm Alberto formed.", &["MISC:Hurricane Delphine", "MISC:Typhoon Haiyan", "MISC:Tropical Storm Alberto"]);
t!(a_storm_named_again, "Hurricane Delphine struck the coast. Delphine weakened overnight, forecasters said.", &["MISC:Hurricane Delphine", "MISC:Delphine"]);
t!(an_acronym_opens_an_organisation, "TAP Air Portugal cancelled 40 flights. CEO Tim Cook spoke. KLM Royal Dutch Airlines agreed.", &["ORG:TAP Air Portugal", "PER:Tim Cook", "ORG:KLM Royal Dutch Airlines"]);
t!(credited_at_the_end, "Reporting by Jane Smith; Editing by Lincoln Feast and Mark Potter.", &["PER:Jane Smith", "PER:Lincoln Feast", "PER:Mark Potter"]);
t!(an_agency_and_a_pollster, "SYDNEY (AAP) - A Gallup poll found support.", &["LOC:SYDNEY", "ORG:AAP", "ORG:Gallup"]);
t!(a_town_of_a_state, "The storm hit Cedar Key, Florida, on Monday.", &["LOC:Cedar Key", "LOC:Florida"]);
t!(a_radio_station_by_number, "He spoke on BBC Radio 4 on Monday.", &["ORG:BBC Radio 4"]);
