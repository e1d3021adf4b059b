//! Small cases, each a real-looking news sentence and what a reader must see.
//!
//! `check(input, expected)`: each expected line is
//! `kind | claimant | cue | content` (claimant is the entity's canonical
//! name, `-` for none; content spans are joined with ` … `). Unattributed
//! claims are left out of the comparison unless a line asks for them.

use claim_reader::report::model::{Figure, FigureKind, Relation};
use claim_reader::report::{json, parse, ClaimKind, Report};

fn describe(r: &Report, with_unattributed: bool) -> Vec<String> {
    r.claims
        .iter()
        .filter(|c| with_unattributed || c.kind != ClaimKind::Unattributed)
        .map(|c| {
            let who = r.claimant_name(c).unwrap_or_else(|| "-".into());
            let cue = c
                .cue
                .map(|q| r.slice(q.span).to_string())
                .unwrap_or_else(|| "-".into());
            let content: Vec<&str> = c.content.iter().map(|s| r.slice(*s)).collect();
            format!(
                "{} | {} | {} | {}",
                c.kind.as_str(),
                who,
                cue,
                content.join(" … ")
            )
        })
        .collect()
}

#[track_caller]
fn check(input: &str, expected: &[&str]) {
    let r = parse(input);
    let with_un = expected.iter().any(|e| e.starts_with("unattributed"));
    let got = describe(&r, with_un);
    assert_eq!(got, expected, "\ninput: {input}\n");
}

#[track_caller]
fn no_claims(input: &str) {
    let r = parse(input);
    let got = describe(&r, false);
    assert!(
        got.is_empty(),
        "input: {input}\nunexpected claims: {got:#?}"
    );
}

/// `text = value qualifier` for every figure of every claim.
#[track_caller]
fn figures(input: &str, expected: &[&str]) {
    figures_as(input, expected, |f| {
        format!("{} {}", f.value, f.qualifier.as_str())
    });
}

/// `text = measure` for every figure of every claim.
#[track_caller]
fn figures_with_measures(input: &str, expected: &[&str]) {
    figures_as(input, expected, |f| f.measure.clone().unwrap_or_default());
}

/// `text = what` for every figure of every claim.
#[track_caller]
fn figures_as(input: &str, expected: &[&str], what: impl Fn(&Figure) -> String) {
    let r = parse(input);
    let got: Vec<String> = r
        .claims
        .iter()
        .flat_map(|c| c.figures.iter())
        .map(|f| format!("{} = {}", r.slice(f.span), what(f)))
        .collect();
    assert_eq!(got, expected, "\ninput: {input}\n");
}

#[track_caller]
fn dates(input: &str, expected: &[&str]) {
    let r = parse(input);
    let got: Vec<&str> = r
        .claims
        .iter()
        .flat_map(|c| c.dates.iter())
        .map(|d| r.slice(d.span))
        .collect();
    assert_eq!(got, expected, "\ninput: {input}\n");
}

/// The first `no_evidence` relation: the claim it points at, the words
/// that say so, and whether a claim of the report says it.
/// The relations of `kind` ("disputes", "no_evidence") in a report.
fn relations_of<'r>(r: &'r Report, kind: &str) -> Vec<&'r Relation> {
    r.relations
        .iter()
        .filter(|x| x.kind.as_str() == kind)
        .collect()
}

#[track_caller]
fn no_evidence(input: &str) -> (String, String, bool) {
    let r = parse(input);
    let rel = r
        .relations
        .iter()
        .find(|x| x.kind.as_str() == "no_evidence")
        .unwrap_or_else(|| panic!("no no_evidence relation in {input:?}: {:?}", r.relations));
    (
        rel.to.label(),
        r.slice(rel.span).to_string(),
        rel.from.is_some(),
    )
}

fn entity_names(input: &str) -> Vec<String> {
    parse(input)
        .entities
        .iter()
        .map(|e| e.name.clone())
        .collect()
}

// ---- Speaker before the content -------------------------------------------

#[test]
fn said_that() {
    check(
        "The ministry said that the bridge would reopen in May.",
        &["indirect | ministry | said | the bridge would reopen in May"],
    );
}

#[test]
fn said_without_that() {
    check(
        "Police said three men were arrested.",
        &["indirect | Police | said | three men were arrested"],
    );
}

#[test]
fn has_said_with_auxiliary() {
    check(
        "The World Bank has said growth will slow next year.",
        &["indirect | World Bank | said | growth will slow next year"],
    );
}

#[test]
fn said_in_a_statement_on_a_date_that() {
    check(
        "Amnesty International said in a statement on Monday that the trial was unfair.",
        &["indirect | Amnesty International | said | the trial was unfair"],
    );
}

#[test]
fn told_reporters_that() {
    check(
        "The mayor told reporters that the water was safe to drink.",
        &["indirect | mayor | told | the water was safe to drink"],
    );
}

#[test]
fn told_a_named_outlet() {
    check(
        "Maria Lopez told Reuters the vote had been rigged.",
        &["indirect | Maria Lopez | told | the vote had been rigged"],
    );
}

#[test]
fn colon_then_quote() {
    check(
        "The minister said: \"We will not negotiate.\"",
        &["direct | minister | said | We will not negotiate."],
    );
}

#[test]
fn adverb_between_speaker_and_cue() {
    check(
        "President Ana Silva has publicly blamed foreign agents for the riots.",
        &["indirect | Ana Silva | blamed | foreign agents for the riots"],
    );
}

#[test]
fn insist_that() {
    check(
        "Opposition activists insist that the election was stolen.",
        &["indirect | Opposition activists | insist | the election was stolen"],
    );
}

#[test]
fn called_out_is_one_cue() {
    check(
        "Transparency International has called out the government for its secrecy.",
        &["indirect | Transparency International | called out | the government for its secrecy"],
    );
}

#[test]
fn warned_that() {
    check(
        "Doctors warned that hospitals were running out of oxygen.",
        &["indirect | Doctors | warned | hospitals were running out of oxygen"],
    );
}

#[test]
fn denied_that() {
    check(
        "The company denied that it had polluted the river.",
        &["indirect | company | denied | it had polluted the river"],
    );
}

#[test]
fn accused_object() {
    check(
        "Rebel leaders accused the army of shelling civilian areas.",
        &["indirect | Rebel leaders | accused | the army of shelling civilian areas"],
    );
}

#[test]
fn alleged_that() {
    check(
        "Prosecutors alleged that the funds were diverted.",
        &["indirect | Prosecutors | alleged | the funds were diverted"],
    );
}

#[test]
fn claimed_that() {
    check(
        "The group claimed that it had downed a drone.",
        &["indirect | group | claimed | it had downed a drone"],
    );
}

#[test]
fn reported_present_tense() {
    check(
        "The agency reports that prices rose sharply.",
        &["indirect | agency | reports | prices rose sharply"],
    );
}

#[test]
fn argued_and_stressed() {
    check(
        "Economists argued that the tax would hurt the poor.",
        &["indirect | Economists | argued | the tax would hurt the poor"],
    );
    check(
        "The envoy stressed that talks must continue.",
        &["indirect | envoy | stressed | talks must continue"],
    );
}

#[test]
fn speaker_after_an_opening_adjunct() {
    check(
        "On Tuesday, the health ministry said 40 new cases were recorded.",
        &["indirect | health ministry | said | 40 new cases were recorded"],
    );
}

#[test]
fn earlier_this_year_before_that() {
    check(
        "Local officials said earlier this year that two schools had closed.",
        &["indirect | Local officials | said | two schools had closed"],
    );
}

// ---- Speaker after the content ---------------------------------------------

#[test]
fn quote_then_speaker_then_said() {
    check(
        "\"We are still waiting for answers,\" Jane Doe said.",
        &["direct | Jane Doe | said | We are still waiting for answers"],
    );
}

#[test]
fn quote_then_said_then_speaker() {
    check(
        "\"The situation is critical,\" said Omar Haddad, a spokesman for the Red Crescent.",
        &["direct | Omar Haddad | said | The situation is critical"],
    );
}

#[test]
fn reported_speech_then_speaker() {
    check(
        "The economy will grow by 3 percent, the central bank said.",
        &["indirect | central bank | said | The economy will grow by 3 percent"],
    );
}

#[test]
fn quote_then_pronoun() {
    // "he" is the person the sentence before is about, though he made no
    // claim before.
    let t = "Tom Reed is a farmer. \"We lost everything,\" he said.";
    check(t, &["direct | Tom Reed | said | We lost everything"]);
    // Not across a sentence in between.
    let t = "Tom Reed is a farmer. The storm hit at night. \"We lost everything,\" he said.";
    check(t, &["direct | he | said | We lost everything"]);
    // Nor when the sentence names someone else before the pronoun.
    let t =
        "Tom Reed is a farmer. Last week, when Royal was told of the loss, he said: \"We lost everything.\"";
    let r = parse(t);
    assert!(
        r.claims
            .iter()
            .all(|c| r.claimant_name(c).as_deref() != Some("Tom Reed")),
        "{:?}",
        describe(&r, false)
    );
}

#[test]
fn he_after_a_sentence_about_a_named_person() {
    check(
        "President William Ruto, who withdrew the bill last week, has visited the police. In a televised address on Sunday, he said he had no blood on his hands.",
        &["indirect | William Ruto | said | he had no blood on his hands"],
    );
}

#[test]
fn role_possessive_and_name_after_quote() {
    let t = "\"The evidence is overwhelming,\" Amnesty's regional director Lena Park said.";
    check(
        t,
        &["direct | Lena Park | said | The evidence is overwhelming"],
    );
    let r = parse(t);
    let lena = r.entities.iter().find(|e| e.name == "Lena Park").unwrap();
    assert_eq!(lena.role.as_deref(), Some("regional director"));
    let aff = lena.affiliation.and_then(|a| r.entity(a)).unwrap();
    assert_eq!(aff.name, "Amnesty");
}

#[test]
fn apposition_before_cue() {
    let t = "Hugh Hill, a doctor, said the clinic had no power.";
    check(
        t,
        &["indirect | Hugh Hill | said | the clinic had no power"],
    );
    let r = parse(t);
    assert_eq!(r.entities[0].role.as_deref(), Some("doctor"));
}

#[test]
fn inverted_speaker_with_initials_and_two_appositions() {
    check(
        "The deficit is 4.4 million dollars, said C. Virgil Martin, president of Carson Pirie Scott & Co., committee chairman.",
        &["indirect | C. Virgil Martin | said | The deficit is 4.4 million dollars"],
    );
}

#[test]
fn a_relative_clause_between_speaker_and_cue() {
    check(
        "Jane Reama, who retired from the bench in 1955, said the parties were alike.",
        &["indirect | Jane Reama | said | the parties were alike"],
    );
    check(
        "Jane Reama, who retired from the bench in 1955 said the parties were alike.",
        &["indirect | Jane Reama | said | the parties were alike"],
    );
}

#[test]
fn the_report_found_that() {
    check(
        "The report found that guards had beaten at least 30 detainees.",
        &["indirect | report | found | guards had beaten at least 30 detainees"],
    );
    no_claims("Police found a body near the river.");
}

#[test]
fn put_the_number_at() {
    check(
        "Police put the number at five.",
        &["indirect | Police | put | the number at five"],
    );
    no_claims("Lawmakers put the bill to a vote on Friday.");
}

#[test]
fn a_dateline_is_not_part_of_the_speaker() {
    check(
        "MOSCOW (Reuters) - The foreign ministry said on Friday it had summoned the ambassador.",
        &["indirect | foreign ministry | said | it had summoned the ambassador"],
    );
}

#[test]
fn question_mark_inside_quote() {
    check(
        "\"Where is the money?\" asked Carla Ruiz.",
        &["direct | Carla Ruiz | asked | Where is the money?"],
    );
}

// ---- Split quotes and continuations ----------------------------------------

#[test]
fn split_quote_around_attribution() {
    check(
        "\"We have done nothing wrong,\" Ben Ode said, \"and we will prove it in court.\"",
        &["direct | Ben Ode | said | We have done nothing wrong … and we will prove it in court."],
    );
}

#[test]
fn quote_paragraph_continues_the_previous_speaker() {
    // Right after the claim, the quotation is more of it.
    check(
        "\"The cuts are cruel,\" Sara Lind said.\n\"They hurt the weakest first.\"",
        &["direct | Sara Lind | said | The cuts are cruel … They hurt the weakest first."],
    );
    // After the report's own sentence, a claim of its own by the same speaker.
    let t = "\"The cuts are cruel,\" Sara Lind said. The council voted on Monday.\n\"They hurt the weakest first.\"";
    check(
        t,
        &[
            "direct | Sara Lind | said | The cuts are cruel",
            "direct | Sara Lind | - | They hurt the weakest first.",
        ],
    );
    let r = parse(t);
    let c2 = r
        .claims
        .iter()
        .find(|c| c.cue.is_none() && c.kind == ClaimKind::Direct)
        .unwrap();
    assert_eq!(
        r.slice(c2.claimant.as_ref().unwrap().span),
        "Sara Lind",
        "claimant span is the last mention"
    );
}

#[test]
fn quote_left_open_across_paragraphs() {
    let t = "Ali Khan said: \"We waited for hours.\n\"Nobody came to help us,\" he added.";
    let r = parse(t);
    assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
    let got = describe(&r, false);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert!(got.iter().all(|g| g.contains("Ali Khan")), "{got:#?}");
}

#[test]
fn adding_that_continues_the_speaker() {
    check(
        "The union said wages had fallen, adding that a strike was likely.",
        &[
            "indirect | union | said | wages had fallen",
            "indirect | union | adding | a strike was likely",
        ],
    );
}

#[test]
fn quote_without_any_speaker_has_no_claimant() {
    let r = parse("\"Nobody will be spared.\"");
    assert_eq!(r.claims.len(), 1);
    assert!(r.claims[0].claimant.is_none());
    assert_eq!(r.claims[0].kind, ClaimKind::Direct);
    assert_eq!(r.diagnostics.len(), 1);
}

// ---- According to ----------------------------------------------------------

#[test]
fn according_to_first() {
    check(
        "According to the United Nations, 2 million people have fled.",
        &["indirect | United Nations | According to | 2 million people have fled"],
    );
}

#[test]
fn according_to_in_the_middle_splits_the_content() {
    check(
        "The payments, according to federal prosecutors, were made twice a month.",
        &["indirect | federal prosecutors | according to | The payments … were made twice a month"],
    );
}

#[test]
fn according_to_last() {
    check(
        "Turnout was low, according to election monitors.",
        &["indirect | election monitors | according to | Turnout was low"],
    );
}

// ---- Two claims in one sentence --------------------------------------------

#[test]
fn while_joins_two_claimants() {
    check(
        "The army said 12 fighters were killed, while local residents said most of the dead were civilians.",
        &[
            "indirect | army | said | 12 fighters were killed",
            "indirect | local residents | said | most of the dead were civilians",
        ],
    );
}

#[test]
fn a_cue_inside_the_content_with_the_same_speaker_is_part_of_it() {
    check(
        "The governor blamed what he said were outside agitators.",
        &["indirect | governor | blamed | what he said were outside agitators"],
    );
}

// ---- Claimants -------------------------------------------------------------

#[test]
fn acronym_in_parentheses_is_an_alias() {
    let t =
        "The World Health Organization (WHO) said cases were rising. WHO added that vaccines work.";
    check(
        t,
        &[
            "indirect | World Health Organization | said | cases were rising",
            "indirect | World Health Organization | added | vaccines work",
        ],
    );
    let r = parse(t);
    assert_eq!(r.entities.len(), 1);
    assert_eq!(r.entities[0].aliases, ["WHO"]);
}

#[test]
fn surname_resolves_to_the_full_name() {
    let t = "Defence analyst Marta Nowak said the drills were routine. Nowak added that tensions remain.";
    check(
        t,
        &[
            "indirect | Marta Nowak | said | the drills were routine",
            "indirect | Marta Nowak | added | tensions remain",
        ],
    );
}

#[test]
fn it_resolves_to_the_last_organisation() {
    check(
        "The Red Cross said supplies were low. It added that roads were blocked.",
        &[
            "indirect | Red Cross | said | supplies were low",
            "indirect | Red Cross | added | roads were blocked",
        ],
    );
}

#[test]
fn he_resolves_to_the_last_person() {
    check(
        "Prime Minister Karl Berg said the plan was sound. He added that it would pass.",
        &[
            "indirect | Karl Berg | said | the plan was sound",
            "indirect | Karl Berg | added | it would pass",
        ],
    );
}

#[test]
fn he_prefers_the_person_named_earlier_in_the_same_sentence() {
    check(
        "Officials said the bill was sound.\nDewey Lawrence, a banker, opposed the bill when he said it would hurt lenders.",
        &[
            "indirect | Officials | said | the bill was sound",
            "indirect | Dewey Lawrence | opposed | the bill",
            "indirect | Dewey Lawrence | said | it would hurt lenders",
        ],
    );
}

#[test]
fn the_group_refers_back_to_the_organisation() {
    check(
        "Amnesty International on Tuesday accused the army of killing civilians. The group said in a report that survivors described \"a massacre\".",
        &[
            "indirect | Amnesty International | accused | the army of killing civilians",
            "mixed | Amnesty International | said | survivors described \"a massacre\"",
            "direct | survivors | described | a massacre",
        ],
    );
}

#[test]
fn the_group_never_refers_back_to_a_report_or_a_ministry() {
    check(
        "The ministry said it would review the case. The report found that 40 people were jailed. The group called for an inquiry.",
        &[
            "indirect | ministry | said | it would review the case",
            "indirect | report | found | 40 people were jailed",
            "indirect | group | called for | an inquiry",
        ],
    );
}

#[test]
fn did_not_provide_evidence_points_at_the_claim() {
    let (to, words, _) = no_evidence("Spokesman Legesse Tulu said the victims were armed. He did not provide evidence for his claim.");
    assert_eq!(
        (to.as_str(), words.as_str()),
        ("c1", "not provide evidence")
    );
}

#[test]
fn no_evidence_inside_someone_elses_claim_is_their_claim() {
    let r = parse(
        "Officials said the fire was an accident. Police said there was no evidence of arson.",
    );
    assert!(r.relations.is_empty(), "{:?}", r.relations);
}

#[test]
fn title_is_a_role_not_part_of_the_name() {
    let r = parse("President Ana Silva said the border would stay open.");
    assert_eq!(r.entities[0].name, "Ana Silva");
    assert_eq!(r.entities[0].role.as_deref(), Some("President"));
    assert_eq!(r.entities[0].aliases, ["Silva"], "the surname is an alias");
    assert_eq!(r.entities[0].kind, claim_reader::report::EntityKind::Person);
}

#[test]
fn honorific_is_dropped() {
    assert_eq!(entity_names("Mr. Jones said he was innocent."), ["Jones"]);
}

#[test]
fn a_possessive_inside_an_organisation_name_stays() {
    assert_eq!(
        entity_names("The Attorney General's Office has said the case is closed."),
        ["Attorney General's Office"]
    );
}

#[test]
fn groups_keep_their_modifier() {
    assert_eq!(
        entity_names("Human rights groups say the figure is too low."),
        ["Human rights groups"]
    );
}

#[test]
fn a_shorter_group_name_is_the_same_group() {
    let r =
        parse("Local officials said the dam held. The officials added that repairs would start.");
    assert_eq!(r.entities.len(), 1, "{:?}", r.entities);
}

#[test]
fn different_people_stay_apart() {
    let r = parse("John Smith said yes. Mary Smith said no.");
    // A shared surname alone does not merge two full names, and is no alias.
    assert_eq!(r.entities.len(), 2);
    assert!(
        r.entities.iter().all(|e| e.aliases.is_empty()),
        "{:?}",
        r.entities
    );
}

#[test]
fn impersonal_passive_has_no_entity() {
    let r = parse("It was reported that the talks had collapsed.");
    let c = &r.claims[0];
    assert_eq!(c.kind, ClaimKind::Indirect);
    assert!(c.claimant.as_ref().unwrap().entity.is_none());
    assert_eq!(r.slice(c.content[0]), "the talks had collapsed");
}

// ---- Mixed, direct, indirect -----------------------------------------------

#[test]
fn scare_quotes_make_a_mixed_claim() {
    check(
        "The monitors said the count was \"deeply flawed\" in several districts.",
        &["mixed | monitors | said | the count was \"deeply flawed\" in several districts"],
    );
}

#[test]
fn straight_opening_closed_by_curly() {
    check(
        "The panel said the report was \"a whitewash” of the facts.",
        &["mixed | panel | said | the report was \"a whitewash” of the facts"],
    );
}

#[test]
fn guillemets_are_quotes() {
    check(
        "« Nous resterons », a declared nothing. The envoy said: « Nous resterons ».",
        &["direct | envoy | said | Nous resterons"],
    );
}

#[test]
fn low_high_quotes_are_quotes() {
    check(
        "The chancellor said: „Wir schaffen das.“",
        &["direct | chancellor | said | Wir schaffen das."],
    );
}

#[test]
fn curly_single_quotes_inside_reported_speech() {
    check(
        "Critics said the ‘reform’ was a power grab.",
        &["mixed | Critics | said | the ‘reform’ was a power grab"],
    );
}

#[test]
fn apostrophes_do_not_open_quotes() {
    check(
        "Officials said the workers' union and the city’s council had agreed.",
        &["indirect | Officials | said | the workers' union and the city’s council had agreed"],
    );
}

#[test]
fn unbalanced_quote_gives_a_diagnostic_and_still_parses() {
    let r = parse("The senator said \"this is not over.\nThe vote is on Friday, aides said.");
    assert_eq!(r.diagnostics.len(), 1);
    let got = describe(&r, false);
    assert_eq!(got.len(), 2, "{got:#?}");
}

// ---- Sentences that are not claims -------------------------------------------

#[test]
fn the_said_document_is_no_claim() {
    no_claims("The said document was signed in 1990.");
}

#[test]
fn a_so_called_expert_is_no_claim() {
    no_claims("A so-called expert appeared on television.");
}

#[test]
fn a_noun_claim_is_no_cue() {
    no_claims("The claims were investigated by the committee.");
}

#[test]
fn a_fronted_place_is_not_part_of_the_speaker() {
    check(
        "In their cottage the police said the couple had hidden the papers.",
        &["indirect | police | said | the couple had hidden the papers"],
    );
}

#[test]
fn nouns_that_look_like_cues_are_no_claims() {
    no_claims("In the faculty report reference was made to the vote.");
    no_claims("The ministry's claims were rejected by the court.");
    no_claims("Their report contained nothing new.");
    check(
        "Critics claim the plan will fail.",
        &["indirect | Critics | claim | the plan will fail"],
    );
}

#[test]
fn an_allegation_the_commission_rejects() {
    check(
        "The opposition claims turnout was inflated, an allegation the electoral commission rejects.",
        &[
            "indirect | opposition | claims | turnout was inflated",
            // The rejection is the commission's own claim about it.
            "indirect | electoral commission | rejects | an allegation",
        ],
    );
}

#[test]
fn an_added_bonus_is_no_cue() {
    no_claims("The deal came with an added bonus for investors.");
}

#[test]
fn the_united_states_is_no_cue() {
    no_claims("The United States sent aid to the region.");
}

#[test]
fn reports_as_a_noun_is_no_cue() {
    no_claims("Reports of looting spread across the city.");
}

#[test]
fn a_noted_author_is_no_cue_but_said_is() {
    check(
        "A noted author said the book was banned.",
        &["indirect | noted author | said | the book was banned"],
    );
}

#[test]
fn negated_and_hypothetical_cues_are_no_claims() {
    no_claims("The senator would not comment on the proposal.");
    no_claims("He did not say how much the plan would cost.");
    no_claims("The governor could tell the legislature nothing new.");
}

#[test]
fn cue_words_used_as_nouns_are_no_claims() {
    no_claims("The controversial remark was first made in a speech.");
    no_claims("The Mayor's reported plan drew criticism.");
}

#[test]
fn a_fronted_clause_is_not_the_content() {
    // The fronted participle is a claim of its own, of the same speaker.
    check(
        "While stressing that details were unsettled, Ana Pelham said her plan would cut taxes.",
        &[
            "indirect | Ana Pelham | stressing | details were unsettled",
            "indirect | Ana Pelham | said | her plan would cut taxes",
        ],
    );
}

#[test]
fn an_attribution_in_the_middle_splits_the_content() {
    check(
        "The United States, State Department officials explain, now wants talks.",
        &["indirect | State Department officials | explain | The United States … now wants talks"],
    );
    // A fronted clause of condition or purpose is the first part of it; a
    // time is the narrator's, and a quotation after the verb is all of it.
    check(
        "If the levy fails, Mr. Ortiz argues, there are other tools.",
        &["indirect | Ortiz | argues | If the levy fails … there are other tools"],
    );
    check(
        "To see the real town, the mayor said, one should walk the harbour.",
        &["indirect | mayor | said | To see the real town … one should walk the harbour"],
    );
    check(
        "On Monday, the mayor said, the bridge will reopen.",
        &["indirect | mayor | said | the bridge will reopen"],
    );
}

#[test]
fn plain_narration_is_unattributed() {
    check(
        "The protests began in the capital and spread to three cities.",
        &["unattributed | - | - | The protests began in the capital and spread to three cities."],
    );
}

#[test]
fn short_headings_are_not_assertions() {
    let r = parse("Breaking news\n\nThe river burst its banks overnight.");
    assert_eq!(r.claims.len(), 1);
}

// ---- Segmentation ------------------------------------------------------------

#[test]
fn abbreviations_do_not_split_claims() {
    check(
        "Dr. Ruth Alma of the U.S. Geological Survey said the quake was a magnitude 6.1 event.",
        &["indirect | Ruth Alma | said | the quake was a magnitude 6.1 event"],
    );
}

#[test]
fn month_abbreviation_before_a_day() {
    dates(
        "Officials said on Jan. 5 that the road was closed.",
        &["Jan. 5"],
    );
}

#[test]
fn two_sentences_two_claims() {
    check(
        "Police said two people died. Firefighters said the blaze was out.",
        &[
            "indirect | Police | said | two people died",
            "indirect | Firefighters | said | the blaze was out",
        ],
    );
}

#[test]
fn a_multi_sentence_quote_is_one_claim() {
    check(
        "\"We stayed. We had nowhere to go,\" said Fatima Noor.",
        &["direct | Fatima Noor | said | We stayed. We had nowhere to go"],
    );
}

// ---- Figures -----------------------------------------------------------------

#[test]
fn figure_with_more_than() {
    figures(
        "Officials said more than 200 people died.",
        &["more than 200 people = 200 more_than"],
    );
}

#[test]
fn figure_with_over_and_thousands_separator() {
    figures(
        "The court said over 1,000 convictions were handed down.",
        &["over 1,000 convictions = 1000 more_than"],
    );
}

#[test]
fn figure_with_nearly() {
    figures(
        "The agency said nearly 50 villages were flooded.",
        &["nearly 50 villages = 50 approximately"],
    );
}

#[test]
fn figure_with_at_least_and_up_to() {
    figures(
        "Medics said at least 12 people were hurt and up to 30 homes destroyed.",
        &[
            "at least 12 people = 12 at_least",
            "up to 30 homes = 30 at_most",
        ],
    );
}

#[test]
fn figure_with_only_one() {
    figures(
        "Critics said only one police officer had been charged.",
        &["only one police officer = 1 exact"],
    );
}

#[test]
fn number_words() {
    figures(
        "Police said six people were detained.",
        &["six people = 6 exact"],
    );
    figures(
        "Police said twenty-five people were detained.",
        &["twenty-five people = 25 exact"],
    );
}

#[test]
fn scale_words() {
    figures(
        "The UN said 2 million people had fled.",
        &["2 million people = 2000000 exact"],
    );
}

#[test]
fn decimals() {
    figures(
        "The bank said inflation reached 7.5 percent.",
        &["7.5 percent = 7.5 exact"],
    );
}

#[test]
fn part_whole_figures() {
    let r = parse("Officials said 238 people, including 19 police officers, died.");
    let f = &r.claims[0].figures;
    assert_eq!(f.len(), 2);
    assert_eq!(f[1].part_of, Some(0));
    assert_eq!(f[0].measure.as_deref(), Some("deaths"));
}

#[test]
fn one_sided_is_not_a_figure() {
    figures("Observers said the trial was one-sided.", &[]);
}

#[test]
fn no_one_is_not_a_figure() {
    figures("Police said no one was hurt.", &[]);
}

#[test]
fn years_and_days_are_not_figures() {
    figures(
        "The ministry said on December 20 that the plan for 2022 was ready.",
        &[],
    );
}

#[test]
fn a_duration_that_dates_something_is_not_a_figure() {
    figures(
        "\"Two months after the crackdown, families still wait,\" she said.",
        &[],
    );
    figures(
        "The court said he was sentenced to 10 years in prison.",
        &["10 years = 10 exact"],
    );
}

#[test]
fn hundreds_of_is_approximate() {
    figures(
        "Witnesses said hundreds of people gathered.",
        &["hundreds of people = 100 approximately"],
    );
}

#[test]
fn labels_are_not_counts() {
    figures("Police said (1) the road was shut.", &[]);
    figures("Police said the driver, Jane Doe, 41, was unhurt.", &[]);
    figures("Police said the fire began at 637 Elm St. overnight.", &[]);
    figures(
        "Police said the fire began at 4 p.m. on the top floor.",
        &[],
    );
}

#[test]
fn more_qualifiers() {
    figures(
        "Officials said no fewer than six ships were seized.",
        &["no fewer than six ships = 6 at_least"],
    );
    figures(
        "Officials said as many as 40 ships were seized.",
        &["as many as 40 ships = 40 at_most"],
    );
    figures(
        "Officials said 300 ships or more were seized.",
        &["300 ships = 300 at_least"],
    );
    figures(
        "Officials said hundreds of thousands of people fled.",
        &["hundreds of thousands of people = 100000 approximately"],
    );
}

// ---- Dates -------------------------------------------------------------------

#[test]
fn absolute_dates() {
    dates(
        "The ministry said on December 20 that the plan was ready.",
        &["December 20"],
    );
    dates(
        "Officials said in January that talks had stalled.",
        &["January"],
    );
    dates(
        "The court said on 3 March 2021 that the law was void.",
        &["3 March 2021"],
    );
}

#[test]
fn a_month_used_as_a_name_is_no_date() {
    dates("Survivors said the January events changed everything.", &[]);
}

#[test]
fn relative_dates() {
    dates(
        "Officials said earlier this year that six schools closed.",
        &["earlier this year"],
    );
    dates(
        "The group said last week that it would appeal.",
        &["last week"],
    );
    dates(
        "Relatives said a year on, nothing had changed.",
        &["a year on"],
    );
    dates("Police said on Monday that the suspect fled.", &["Monday"]);
}

// ---- Relations ---------------------------------------------------------------

#[test]
fn a_higher_count_disputes_the_official_figure() {
    let r = parse(
        "Government officials said 40 people were killed in the clashes.\nOpposition groups insist that the number of people killed is much higher.",
    );
    assert_eq!(r.relations.len(), 1, "{:?}", r.relations);
    let rel = &r.relations[0];
    assert_eq!(rel.kind.as_str(), "disputes");
    assert_eq!(rel.from.map(|c| c.label()).as_deref(), Some("c2"));
    assert_eq!(rel.to.label(), "c1");
}

#[test]
fn incompatible_figures_dispute_each_other() {
    let r = parse(
        "The army said 12 civilians were killed.\nLocal medics said 80 civilians were killed.",
    );
    assert_eq!(r.relations.len(), 1, "{:?}", r.relations);
    assert_eq!(r.relations[0].kind.as_str(), "disputes");
}

/// `from -> to` for every disputes relation.
fn disputes(input: &str) -> Vec<String> {
    let r = parse(input);
    r.relations
        .iter()
        .filter(|x| x.kind.as_str() == "disputes")
        .map(|x| {
            format!(
                "{} -> {}",
                x.from.map(|c| c.label()).unwrap_or_default(),
                x.to.label()
            )
        })
        .collect()
}

#[test]
fn the_number_counts_what_the_claim_before_it_counted() {
    assert_eq!(
        disputes("At least 14 people were arrested at the rally, according to a monitoring group.\nPolice put the number at five."),
        ["c2 -> c1"]
    );
    assert_eq!(
        disputes("At least 700 people have been killed since the coup, according to an advocacy group.\nThe military disputes that figure, saying the true number is 248."),
        ["c3 -> c1"]
    );
    check(
        "The military disputes that figure.",
        &["indirect | military | disputes | that figure"],
    );
}

#[test]
fn a_count_of_soldiers_is_not_a_count_of_people() {
    assert!(disputes("At least 700 people have been killed by troops, according to activists.\nState media reported that 11 soldiers had died.").is_empty());
    // Civilians and people are counted alike.
    assert_eq!(
        disputes("Amnesty said at least 40 civilians were killed.\nThe spokesman said only 12 people had died."),
        ["c2 -> c1"]
    );
}

#[test]
fn military_ranks_do_not_end_sentences_and_the_media_speak() {
    check(
        "A spokesman, Maj. Gen. Zaw Tun, rejected the accusations.",
        &["indirect | Zaw Tun | rejected | the accusations"],
    );
    check(
        "State media reported that 11 soldiers had died.",
        &["indirect | State media | reported | 11 soldiers had died"],
    );
}

#[test]
fn a_wire_dateline_is_not_part_of_the_claim() {
    check(
        "WASHINGTON (Reuters) - The United States will impose new sanctions, a senior official said on Friday.",
        &["indirect | senior official | said | The United States will impose new sanctions"],
    );
    check(
        "KYIV, Ukraine — Russian forces shelled the city overnight, killing at least five people.",
        &["unattributed | - | - | Russian forces shelled the city overnight, killing at least five people."],
    );
    // A capitalised word before a dash inside a sentence is no dateline:
    // the dashes set off an apposition.
    check(
        "NATO - the alliance - said on Friday that it would send more troops.",
        &["indirect | NATO | said | it would send more troops"],
    );
    check(
        "UN officials — speaking in Geneva — said the talks had failed.",
        &["indirect | UN officials | said | the talks had failed"],
    );
}

#[test]
fn said_to_and_believed_to_have_no_named_source() {
    check(
        "Some member states are said to be sceptical.",
        &["indirect | are said | said | Some member states … to be sceptical"],
    );
    check(
        "The former minister is believed to have fled the country.",
        &["indirect | is believed | believed | The former minister … to have fled the country"],
    );
    check(
        "He was told that his visa had been revoked.",
        &["indirect | He was told | told | his visa had been revoked"],
    );
    check(
        "Reporters were told the meeting had been cancelled.",
        &["indirect | Reporters were told | told | the meeting had been cancelled"],
    );
    // Asking not to be named is no claim; the source's "said" is.
    check(
        "A police source, who asked not to be named, said the suspect was a foreigner.",
        &["indirect | police source | said | the suspect was a foreigner"],
    );
    // A passive with its agent is someone else's claim, or none.
    no_claims("The bill was said aloud in the chamber.");
}

#[test]
fn according_to_estimates_names_who_made_them() {
    check(
        "More than one million people were detained, according to UN estimates.",
        &["indirect | UN | according to | More than one million people were detained"],
    );
    figures(
        "The agency estimated that 27.6 million people worldwide are in forced labour.",
        &["27.6 million people = 27600000 exact"],
    );
}

#[test]
fn a_possessive_pronoun_is_not_part_of_the_name() {
    check(
        "Its foreign ministry said the allegations were lies.",
        &["indirect | foreign ministry | said | the allegations were lies"],
    );
}

#[test]
fn more_cue_verbs_and_their_limits() {
    check(
        "Protesters chanted that the election was stolen.",
        &["indirect | Protesters | chanted | the election was stolen"],
    );
    check(
        "\"Go home!\" the crowd shouted.",
        &["direct | crowd | shouted | Go home!"],
    );
    check(
        "The UN envoy expressed concern that the fighting could spread.",
        &["indirect | UN envoy | expressed concern | the fighting could spread"],
    );
    no_claims("He shouted at the crowd and left.");
    no_claims("The group posted a video online.");
    no_claims("The minister expressed the letter to the embassy.");
}

#[test]
fn a_bare_weekday_after_the_cue_is_not_content() {
    check(
        "The jury said Friday an investigation had found no fraud.",
        &["indirect | jury | said | an investigation had found no fraud"],
    );
    // A weekday that is the subject stays.
    check(
        "The minister said Tuesday was a holiday.",
        &["indirect | minister | said | Tuesday was a holiday"],
    );
}

#[test]
fn a_speaker_introduced_with_a_colon_owns_the_next_quotation() {
    check(
        "Reporters asked the mayor about the report.\n\nThe mayor said:\n\n\"It did not come from me.\"",
        &[
            "indirect | Reporters | asked | the mayor about the report",
            "direct | mayor | said | It did not come from me.",
        ],
    );
    // The introduction itself is no assertion of the report.
    let r =
        parse("In a statement, the ministry said:\n\n\"The strike hit military targets only.\"");
    assert_eq!(r.claims.len(), 1, "{:?}", r.claims);
    // Without a quotation after it, nothing is carried over.
    check(
        "The ministry said:\n\nThe weather was fine and the roads were clear.",
        &["unattributed | - | - | The weather was fine and the roads were clear."],
    );
}

#[test]
fn absurd_figures_are_not_counts() {
    let many = format!("Officials said one{} people came.", " million".repeat(40));
    figures(&many, &[]);
    let r = parse(&many);
    let j = json::to_json_string(&r);
    assert!(
        !j.contains("\"value\":null"),
        "every figure value is finite: {j}"
    );
    assert!(
        claim_reader::import::json::from_json(&j).is_ok(),
        "the export reads back"
    );
    figures(
        "Officials said 5 billion dollars were spent.",
        &["5 billion dollars = 5000000000 exact"],
    );
}

#[test]
fn compatible_figures_do_not_dispute() {
    let r = parse("Activists said more than 200 people died.\nOfficials said 238 people died.");
    assert!(r.relations.is_empty(), "{:?}", r.relations);
}

#[test]
fn no_evidence_sentence_points_at_the_claim() {
    let (to, words, _) = no_evidence(
        "Governor Tim Bell blamed foreign agents for the fires. He has not produced any evidence to back up the claim.",
    );
    assert_eq!(
        (to.as_str(), words.as_str()),
        ("c1", "not produced any evidence")
    );
}

#[test]
fn without_evidence_inside_the_claim_sentence() {
    let (to, words, from_claim) =
        no_evidence("The minister claimed without evidence that the protests were paid for.");
    assert_eq!((to.as_str(), words.as_str()), ("c1", "without evidence"));
    assert!(!from_claim, "the phrase is inside the claim's own sentence");
}

#[test]
fn a_second_predicate_about_evidence_ends_the_claim() {
    check(
        "The government has claimed that the protesters were armed, but has not produced any evidence.",
        &["indirect | government | claimed | the protesters were armed"],
    );
    let (to, words, _) = no_evidence(
        "The government has claimed that the protesters were armed, but has not produced any evidence.",
    );
    assert_eq!(
        (to.as_str(), words.as_str()),
        ("c1", "not produced any evidence")
    );
    // A coordinated predicate inside what was admitted stays in it.
    check(
        "Wexler admitted that he issued subpoenas, but did not take them before the jury.",
        &["indirect | Wexler | admitted | he issued subpoenas, but did not take them before the jury"],
    );
}

// ---- Appositions and coordinated speakers ---------------------------------------

#[test]
fn an_age_or_an_adverb_between_commas_is_not_a_role() {
    check(
        "Mr. Lee, 54, said he had never seen anything like it.",
        &["indirect | Lee | said | he had never seen anything like it"],
    );
    check(
        "John Smith, 61, a farmer from the north, said the crops had failed.",
        &["indirect | John Smith | said | the crops had failed"],
    );
    check(
        "The minister, however, said the plan would go ahead.",
        &["indirect | minister | said | the plan would go ahead"],
    );
    // An address is not an apposition: no claim for the resident named
    // before it (the sentence is left to the report).
    no_claims("The board, after a plea from Mrs. Ann Cole, 1409 Elm St., said it would act.");
}

#[test]
fn two_speakers_joined_by_and_speak_together() {
    check(
        "Smith and Jones told reporters the deal was off.",
        &["indirect | Smith and Jones | told | the deal was off"],
    );
    check(
        "The senator and the governor said they would meet next week.",
        &["indirect | senator and the governor | said | they would meet next week"],
    );
    // Not across a clause: the second speaker alone.
    check(
        "Prices rose and the minister said the budget would change.",
        &["indirect | minister | said | the budget would change"],
    );
}

#[test]
fn described_as_is_a_cue_and_a_participle_with_its_agent_is_not() {
    check(
        "He described the decision as \"a betrayal of voters\".",
        &["mixed | He | described | the decision as \"a betrayal of voters\""],
    );
    no_claims("The events described by witnesses were confirmed by the police.");
}

// ---- Cue strength --------------------------------------------------------------

#[test]
fn cue_strengths() {
    use claim_reader::report::CueStrength::*;
    let strength = |t: &str| parse(t).claims[0].cue.unwrap().strength;
    assert_eq!(strength("Police said the road was shut."), Neutral);
    assert_eq!(strength("Police insisted the road was shut."), Assertive);
    assert_eq!(strength("Police alleged the road was shut."), Doubting);
    assert_eq!(strength("Police blamed the storm."), Assertive);
}

// ---- Input of any shape ----------------------------------------------------------

#[test]
fn empty_and_blank_inputs() {
    assert!(parse("").claims.is_empty());
    assert!(parse(" \n\n\t ").claims.is_empty());
}

#[test]
fn crlf_line_ends() {
    let r = parse("Police said the road was shut.\r\n\r\nFirefighters said the fire was out.\r\n");
    assert_eq!(describe(&r, false).len(), 2);
}

#[test]
fn emoji_and_combining_marks_keep_spans_on_boundaries() {
    let t = "The café owner said 👩‍👩‍👧 families were welcome. José said: \"Ça va.\"";
    let r = parse(t);
    assert_eq!(describe(&r, false).len(), 2);
    let j = json::to_json(&r);
    for c in &j.claims {
        for p in &c.content {
            let s: String = j
                .text
                .chars()
                .skip(p.span[0])
                .take(p.span[1] - p.span[0])
                .collect();
            assert_eq!(s, p.text, "code-point offsets point at the text");
        }
    }
}

#[test]
fn a_described_speaker_after_the_cue() {
    check(
        "\"We will appeal,\" said the regional magistrate.",
        &["direct | regional magistrate | said | We will appeal"],
    );
    check(
        "\"We will appeal,\" said the old man.",
        &["direct | old man | said | We will appeal"],
    );
    // Not a speaker: a clause after the cue.
    no_claims("The fund, said to be worth more than the building itself, was sold.");
}

#[test]
fn a_time_or_place_after_an_inverted_speaker() {
    check(
        "\"The road is closed,\" said the spokesman on Tuesday.",
        &["direct | spokesman | said | The road is closed"],
    );
    check(
        "\"We are ready\", said Jane Doe in Lagos.",
        &["direct | Jane Doe | said | We are ready"],
    );
}

#[test]
fn a_name_in_apposition_to_an_inverted_description() {
    let r = parse("\"No bail for any of them\", said the magistrate, K. J. Moore.");
    let got = describe(&r, false);
    assert_eq!(
        got,
        ["direct | K. J. Moore | said | No bail for any of them"]
    );
    let e = &r.entities[r.claims[0]
        .claimant
        .as_ref()
        .and_then(|c| c.entity)
        .unwrap()
        .index()];
    assert_eq!(e.role.as_deref(), Some("magistrate"));
}

#[test]
fn an_impersonal_passive_after_the_content() {
    let r = parse("When arrested, he had the plans on a roll of film, it was testified.");
    let c = &r.claims[0];
    assert!(
        c.claimant.as_ref().unwrap().entity.is_none(),
        "no one is named"
    );
    assert_eq!(r.slice(c.cue.unwrap().span), "testified");
    assert_eq!(
        r.slice(c.content[0]),
        "When arrested, he had the plans on a roll of film"
    );
}

#[test]
fn pleading_that_is_a_claim_and_asking_for_is_a_request() {
    check(
        "Her lawyer, James Dunlop, pleaded that she was needed at home.",
        &["indirect | James Dunlop | pleaded | she was needed at home"],
    );
    no_claims("Only Miss Gee asked for bail.");
    no_claims("All five pleaded innocent.");
}

#[test]
fn titles_before_a_name_are_its_role() {
    check(
        "Assistant Prosecutor Fred Lewis said he did not know what would be done.",
        &["indirect | Fred Lewis | said | he did not know what would be done"],
    );
    check(
        "Principal Clayton W. Pohly said classes would resume on Monday.",
        &["indirect | Clayton W. Pohly | said | classes would resume on Monday"],
    );
}

#[test]
fn asking_someone_to_act_is_a_request_of_the_one_who_asks() {
    check(
        "The jury asked Judge Cash to send in his written definition of murder.",
        &["indirect | jury | asked | Judge Cash to send in his written definition of murder"],
    );
}

#[test]
fn a_cue_in_a_fronted_subordinate_clause_is_no_attribution() {
    check(
        "Before he testified for 20 minutes, Stein admitted to reporters that he knew the men.",
        &["indirect | Stein | admitted | he knew the men"],
    );
    check("When the mayor spoke, the crowd fell silent.", &[]);
}

#[test]
fn a_name_in_apposition_after_according_to() {
    check(
        "This is not true of many homemakers, according to decorator consultant, Leland Alden.",
        &["indirect | Leland Alden | according to | This is not true of many homemakers"],
    );
}

#[test]
fn a_quotation_far_from_any_speaker_continues_no_one() {
    let t = "\"We will rebuild,\" said Ann Lee.\n\nThe town was quiet.\n\nShops opened late.\n\nRain fell all day.\n\n\"Why don't you walk to school then?\"";
    let r = parse(t);
    let last = r.claims.last().unwrap();
    assert_eq!(last.kind, ClaimKind::Direct);
    assert!(last.claimant.is_none(), "no speaker is named near it");
    // Close by, it still continues the speaker.
    let r = parse("\"We will rebuild,\" said Ann Lee.\n\n\"The school opens in May.\"");
    assert_eq!(
        r.claimant_name(r.claims.last().unwrap()).as_deref(),
        Some("Ann Lee")
    );
}

#[test]
fn what_a_quotation_was_said_of() {
    check(
        "\"We are just real happy for the players\", Coach Bill Meek said of the 9-7 victory over the Air Force Academy.",
        &["direct | Bill Meek | said | We are just real happy for the players"],
    );
}

#[test]
fn an_answer_needs_what_was_answered() {
    no_claims("American Catholics have responded generously to appeals for support.");
    check(
        "The minister replied that the figures were wrong.",
        &["indirect | minister | replied | the figures were wrong"],
    );
    check(
        "\"No,\" the minister replied on Tuesday.",
        &["direct | minister | replied | No"],
    );
}

#[test]
fn a_pronoun_does_not_reach_back_many_paragraphs() {
    let t = "Edward Roos said the sheriff should be a lawyer.\n\nThe vacancy opened in May.\n\nA warden retired after 36 years.\n\nHe joined the department in 1925.\n\nHe expanded the radio system.\n\nRichard Hughes made his debut last night.\n\nHe said the party would win in November.";
    let r = parse(t);
    let last = r
        .claims
        .iter()
        .rev()
        .find(|c| c.kind != ClaimKind::Unattributed)
        .unwrap();
    assert_ne!(r.claimant_name(last).as_deref(), Some("Edward Roos"));
    // Nearby, it does.
    let r =
        parse("Edward Roos said the sheriff should be a lawyer.\n\nHe said the party would win.");
    assert_eq!(
        r.claimant_name(r.claims.last().unwrap()).as_deref(),
        Some("Edward Roos")
    );
}

#[test]
fn a_comparative_about_the_number_disputes_the_count_before_it() {
    assert_eq!(
        disputes("According to the UN human rights office, more than 100 people have been arrested since January.\nOfficials say the number is much lower."),
        ["c2 -> c1"]
    );
    // Without a comparative, no dispute.
    assert!(disputes("According to the UN human rights office, more than 100 people have been arrested since January.\nOfficials say the number is growing.").is_empty());
}

#[test]
fn the_one_told_is_not_the_speaker() {
    check(
        "\"This is just the beginning,\" one protester, who asked not to be named, told the BBC.",
        &["direct | one protester | told | This is just the beginning"],
    );
}

#[test]
fn a_past_participle_phrase_is_not_a_role() {
    let r = parse(
        "The report, published on Tuesday, found that at least 1,200 homes had been destroyed.",
    );
    let c = r
        .claims
        .iter()
        .find(|c| c.kind != ClaimKind::Unattributed)
        .unwrap();
    let e = &r.entities[c.claimant.as_ref().and_then(|w| w.entity).unwrap().index()];
    assert_eq!(e.role, None);
    assert_eq!(
        r.slice(c.content[0]),
        "at least 1,200 homes had been destroyed"
    );
}

#[test]
fn a_count_named_in_a_compound_or_a_verb_is_still_a_count() {
    assert_eq!(
        disputes("Police said 12 people died in the clashes.\nDoctors said the death-toll was much higher."),
        ["c2 -> c1"]
    );
    assert_eq!(
        disputes("The ministry said 30 people were killed.\nLocal groups said the deaths were undercounted."),
        ["c2 -> c1"]
    );
}

#[test]
fn a_word_that_only_contains_proof_says_nothing_about_evidence() {
    let r = parse("The mayor said the new flood wall was not foolproof.");
    assert!(r.relations.is_empty(), "{:?}", r.relations);
    let (_, words, _) =
        no_evidence("The mayor said the wall was safe. He offered no proof for the claim.");
    assert_eq!(words, "no proof");
}

#[test]
fn people_placed_somewhere_speak_as_themselves_not_the_place() {
    check(
        "Police in the capital said at least 14 people were detained overnight.",
        &["indirect | Police in the capital | said | at least 14 people were detained overnight"],
    );
    check(
        "Witnesses in Mariupol said the shelling went on all night.",
        &["indirect | Witnesses in Mariupol | said | the shelling went on all night"],
    );
    check(
        "Local officials in Donetsk told reporters the bridge was closed.",
        &["indirect | Local officials in Donetsk | told | the bridge was closed"],
    );
    // Where they are is an organisation: it is their affiliation.
    let r = parse("Doctors at Al-Shifa Hospital said the water was unsafe.");
    let who = &r.entities[0];
    assert_eq!(who.name, "Doctors at Al-Shifa Hospital");
    let aff = who.affiliation.expect("an affiliation");
    assert_eq!(r.entities[aff.index()].name, "Al-Shifa Hospital");
}

#[test]
fn calling_something_in_quoted_words_is_a_claim() {
    check(
        "Senate Majority Leader Chuck Schumer called the vote \"a historic moment.\"",
        &["mixed | Chuck Schumer | called | the vote \"a historic moment.\""],
    );
    // A title's stop is part of the object named.
    check(
        "Mina Moss called Dr. Vale's remarks on Saturday \"a true wake-up call\" for the party.",
        &["mixed | Mina Moss | called | Dr. Vale's remarks on Saturday \"a true wake-up call\" for the party"],
    );
    // A label in quoted words after "as" is the labeller's claim too.
    check(
        "The senator has been steadily pounding Dunn as a \"con artist.\"",
        &["mixed | senator | pounding | Dunn as a \"con artist.\""],
    );
    check(
        "The governor heralded the deal with the port as a \"breakthrough.\"",
        &["mixed | governor | heralded | the deal with the port as a \"breakthrough.\""],
    );
    // Not a role in scare quotes.
    no_claims("He worked as a \"consultant\" for years.");
    // Without quoted words a name is only a name.
    no_claims("They called him Bob.");
    no_claims("The chairman called the meeting to order.");
}

#[test]
fn a_currency_sign_is_part_of_the_figure() {
    figures(
        "The ministry said the package would cost about $60 billion.",
        &["about $60 billion = 60000000000 approximately"],
    );
    figures(
        "Officials said the fund held £3 million and more than €1.2 billion.",
        &[
            "£3 million = 3000000 exact",
            "more than €1.2 billion = 1200000000 more_than",
        ],
    );
}

#[test]
fn a_capitalised_name_in_quotation_marks_is_no_claim() {
    no_claims("Farmers called their mule-drawn pickup trucks \"Hoover carts\".");
    check(
        "Officials called him \"evasive\".",
        &["mixed | Officials | called | him \"evasive\""],
    );
}

#[test]
fn an_organisation_named_first_is_what_the_organisation_later_in_the_sentence_means() {
    check(
        "Amnesty International has documented at least 12 cases of torture since March, the organisation said.",
        &["indirect | Amnesty International | said | Amnesty International has documented at least 12 cases of torture since March"],
    );
    check(
        "The World Food Programme has cut rations by half, it said on Monday.",
        &["indirect | World Food Programme | said | The World Food Programme has cut rations by half"],
    );
}

#[test]
fn the_real_number_disputes_an_official_count() {
    assert_eq!(
        disputes("According to official figures, 2,300 people remain in custody.\nRights groups believe the real number is much higher."),
        ["c2 -> c1"]
    );
}

#[test]
fn a_figure_others_rejected_is_not_part_of_the_claim() {
    check(
        "Amnesty International said security forces had killed at least 45 protesters since March, a figure the government rejected as \"exaggerated\".",
        &[
            "indirect | Amnesty International | said | security forces had killed at least 45 protesters since March",
            "mixed | government | rejected | as \"exaggerated\"",
        ],
    );
    // Without a reaction it is the speaker's own apposition.
    check(
        "The agency said 30 people had died, a figure that includes four children.",
        &["indirect | agency | said | 30 people had died, a figure that includes four children"],
    );
}

#[test]
fn a_dispute_reads_as_a_sentence() {
    let notes = |input: &str| -> Vec<String> {
        parse(input)
            .relations
            .iter()
            .map(|x| x.note.clone())
            .collect()
    };
    assert_eq!(
        notes("Officials said 40 people were killed.\nRights groups say the death toll is far higher."),
        ["Rights groups say the deaths figure is higher than Officials' 40 people"]
    );
    assert_eq!(
        notes("Officials said 40 people were killed.\nRights groups say the death toll is underestimated."),
        ["Rights groups say the deaths figure is underestimated, against Officials' 40 people"]
    );
}

#[test]
fn a_scale_letter_after_a_number_is_its_scale() {
    figures(
        "The company said profits fell to £1.3bn and it would cut 2,500 jobs.",
        &["£1.3bn = 1300000000 exact", "2,500 jobs = 2500 exact"],
    );
    figures(
        "The charity said it had raised $5m and signed up 10k donors.",
        &["$5m = 5000000 exact", "10k donors = 10000 exact"],
    );
    // Not a number with a scale: a model name, a distance unit.
    figures("Officials said the A4 road was closed.", &[]);
}

#[test]
fn the_company_is_not_the_army_named_before_it() {
    check(
        "The Israeli military said it had struck targets overnight.\nThe company, which employs 4,000 people, said profits fell.",
        &[
            "indirect | Israeli military | said | it had struck targets overnight",
            "indirect | company | said | profits fell",
        ],
    );
    check(
        "Acme Corp said sales rose. The company said it would hire 200 staff.",
        &[
            "indirect | Acme Corp | said | sales rose",
            "indirect | Acme Corp | said | it would hire 200 staff",
        ],
    );
}

#[test]
fn a_second_speaker_after_a_quotation_closed_on_its_comma() {
    check(
        "Senate Majority Leader Chuck Schumer called the plan \"a non-starter,\" while House Speaker Mike Johnson said Democrats were \"refusing to negotiate in good faith.\"",
        &[
            "mixed | Chuck Schumer | called | the plan \"a non-starter,\"",
            "mixed | Mike Johnson | said | Democrats were \"refusing to negotiate in good faith.\"",
        ],
    );
}

#[test]
fn a_trailing_speaker_with_a_time_and_a_participle() {
    check(
        "Russian forces launched more than 100 drones overnight, Ukraine's air force said Sunday, adding that 87 had been shot down.",
        &[
            "indirect | air force | said | Russian forces launched more than 100 drones overnight",
            "indirect | air force | adding | 87 had been shot down",
        ],
    );
    figures(
        "Russian forces launched more than 100 drones overnight, the air force said.",
        &["more than 100 drones = 100 more_than"],
    );
    // A time then the rest of the content is still a split claim.
    check(
        "The plan, officials said on Tuesday, will fail.",
        &["indirect | officials | said | The plan … will fail"],
    );
}

#[test]
fn a_place_in_parentheses_before_a_dash_is_a_dateline() {
    check(
        "(Beirut) – Government forces used cluster munitions in at least 14 attacks, Human Rights Watch said today.",
        &["indirect | Human Rights Watch | said | Government forces used cluster munitions in at least 14 attacks"],
    );
    // Parentheses that are part of the sentence stay.
    check(
        "(In a statement) the ministry said the talks had failed.",
        &["indirect | ministry | said | the talks had failed"],
    );
}

#[test]
fn a_resident_of_a_place_is_the_claimant() {
    check(
        "One resident of Idlib, a 34-year-old teacher, said that \"the bomblets fell like rain on the market.\"",
        &["direct | resident of Idlib | said | the bomblets fell like rain on the market."],
    );
}

#[test]
fn an_acronym_spelled_like_a_pronoun_opens_a_speaker() {
    check(
        "\"We are deeply concerned,\" WHO Director-General Tedros Adhanom Ghebreyesus told a news conference.",
        &["direct | Tedros Adhanom Ghebreyesus | told | We are deeply concerned"],
    );
}

#[test]
fn the_number_of_something_named_is_no_count_of_the_dead_before_it() {
    // "the number of people in need" names what it counts: not the dead
    // of the sentence before, and so no dispute with the police's count.
    let input = "Police put the number of dead at 12. The agency puts the number of people in need at 1.2 million.";
    figures_with_measures(input, &["12 = deaths", "1.2 million = "]);
    assert_eq!(disputes(input), Vec::<String>::new());
    // Vacancies are a count of posts, like posts said to be vacant.
    assert_eq!(
        disputes("The union said 9,200 nursing posts were vacant.\n\nThe ministry put the number of vacancies at 5,300."),
        ["c2 -> c1"]
    );
}

#[test]
fn a_word_in_ing_before_a_plural_is_part_of_the_counted_noun() {
    let input = "The union said hospitals had 9,200 vacant nursing posts. Monitors said 46 polling stations opened late and 12 people waiting outside left.";
    figures_as(
        input,
        &[
            "9,200 vacant nursing posts = vacant nursing posts",
            "46 polling stations = polling stations",
            "12 people = people",
        ],
        |f| f.unit.map(|u| u.of(input).to_string()).unwrap_or_default(),
    );
}

#[test]
fn each_figure_keeps_its_own_measure_and_deaths_count_people() {
    let input = "The agency said 1,200 suspected cases and 85 deaths had been reported.\nThe minister disputed the figures, saying only 40 people had died.";
    figures_with_measures(
        input,
        &[
            "1,200 suspected cases = cases",
            "85 deaths = deaths",
            "only 40 people = deaths",
        ],
    );
    let r = parse(input);
    let notes: Vec<&str> = r.relations.iter().map(|x| x.note.as_str()).collect();
    assert_eq!(
        notes,
        ["minister gives only 40 people deaths where agency gives 85 deaths"]
    );
}

#[test]
fn a_document_speaks_for_its_author_or_for_itself() {
    check(
        "According to a statement from the Ministry of Defence, two soldiers were wounded.",
        &["indirect | Ministry of Defence | According to | two soldiers were wounded"],
    );
    check(
        "A study published in The Lancet found that air pollution caused 8.1 million deaths in 2021.",
        &["indirect | study published in The Lancet | found | air pollution caused 8.1 million deaths in 2021"],
    );
    // Finding a thing is no claim.
    no_claims("Police found a body in the river.");
}

#[test]
fn quoted_as_saying() {
    check(
        "The minister was quoted by state media as saying the situation was \"under control.\"",
        &["mixed | minister | saying | the situation was \"under control.\""],
    );
    check(
        "Smith was cited as saying that the deal was dead.",
        &["indirect | Smith | saying | the deal was dead"],
    );
    // Not a quotation of anyone: "as saying" needs "quoted" or "cited".
    no_claims("He was known as saying little in meetings.");
}

#[test]
fn a_second_verb_of_the_same_speaker() {
    check(
        "Opposition leader Raila Odinga urged calm but said the government must listen to young people.",
        &[
            "indirect | Raila Odinga | urged | calm",
            "indirect | Raila Odinga | said | the government must listen to young people",
        ],
    );
    check(
        "The company denied wrongdoing and said it would appeal.",
        &[
            "indirect | company | denied | wrongdoing",
            "indirect | company | said | it would appeal",
        ],
    );
    // Far from the first cue, "and said" belongs to someone inside the content.
    check(
        "Witnesses said the soldiers entered the village at dawn and said nothing to anyone.",
        &["indirect | Witnesses | said | the soldiers entered the village at dawn and said nothing to anyone"],
    );
}

#[test]
fn organisations_on_a_subject_and_described_spokespeople() {
    check(
        "At least 23 people were killed, the Kenya National Commission on Human Rights said.",
        &["indirect | Kenya National Commission on Human Rights | said | At least 23 people were killed"],
    );
    let r = parse("Amnesty International Kenya's executive director, Irungu Houghton, said officers had used live ammunition.");
    let e = &r.entities[0];
    assert_eq!(e.name, "Irungu Houghton");
    assert_eq!(e.role.as_deref(), Some("executive director"));
}

#[test]
fn a_qualified_figure_at_the_start_is_content_not_an_adjunct() {
    check(
        "At least 23 people were killed, officials said.",
        &["indirect | officials | said | At least 23 people were killed"],
    );
    check(
        "Over 200 protesters were detained, police said.",
        &["indirect | police | said | Over 200 protesters were detained"],
    );
    // An adjunct still is one.
    check(
        "At the meeting, the minister said the plan would go ahead.",
        &["indirect | minister | said | the plan would go ahead"],
    );
}

#[test]
fn where_and_how_it_was_said_is_not_content() {
    check(
        "The European Commission said on Monday in a statement posted on its website that it would open an inquiry.",
        &["indirect | European Commission | said | it would open an inquiry"],
    );
    check(
        "The spokesman told a regular briefing that the talks had stalled.",
        &["indirect | spokesman | told | the talks had stalled"],
    );
}

#[test]
fn page_furniture_is_no_claim_of_the_report() {
    let r = parse(
        "Protesters clash with police in capital\n\nBy Jane Smith, Reuters\n\nPolice said they arrested 15 people.\n\n(Reporting by Jane Smith; Editing by Alex Richardson)\n\nPhoto: Protesters gather in the main square on Saturday. (AP Photo/John Doe)\n\nRead more: Why the protests matter\n\nCopyright 2024 The Associated Press. All rights reserved.",
    );
    assert_eq!(
        describe(&r, true),
        [
            "unattributed | - | - | Protesters clash with police in capital",
            "indirect | Police | said | they arrested 15 people",
        ]
    );
    // A sentence that opens with "By" is not a byline.
    check(
        "By 2030 the country will need twice as many nurses.",
        &["unattributed | - | - | By 2030 the country will need twice as many nurses."],
    );
}

#[test]
fn a_surname_takes_the_full_name_given_earlier_outside_a_claim() {
    let r = parse(
        "Ukrainian President Volodymyr Zelensky met German Chancellor Olaf Scholz in Berlin on Friday. Zelensky said Ukraine needed more air defence systems.",
    );
    assert_eq!(
        describe(&r, false),
        ["indirect | Volodymyr Zelensky | said | Ukraine needed more air defence systems"]
    );
    assert_eq!(r.entities[0].role.as_deref(), Some("Ukrainian President"));
    // An address is no first name.
    let r = parse("The family lives at 637 E. Pelham Road.\n\"We are moving,\" Pelham said.");
    assert_eq!(
        describe(&r, false),
        ["direct | Pelham | said | We are moving"]
    );
}

#[test]
fn a_figure_keeps_the_measure_of_its_own_words() {
    figures_with_measures(
        "At least 60 people were killed and hundreds injured, according to the commission.",
        &["At least 60 people = deaths", "hundreds injured = injuries"],
    );
    figures_with_measures(
        "Officials said 12 people died and 200 wounded were taken to hospital.",
        &["12 people = deaths", "200 wounded = injuries"],
    );
}

#[test]
fn the_head_noun_of_an_organisation_refers_back_to_it() {
    check(
        "According to the Independent Policing Oversight Authority, 34 cases are open.\nThe authority said it had not received records from the police.",
        &[
            "indirect | Independent Policing Oversight Authority | According to | 34 cases are open",
            "indirect | Independent Policing Oversight Authority | said | it had not received records from the police",
        ],
    );
    check(
        "The National Commission on Human Rights said 60 people died.\nThe commission said police had fired live rounds.",
        &[
            "indirect | National Commission on Human Rights | said | 60 people died",
            "indirect | National Commission on Human Rights | said | police had fired live rounds",
        ],
    );
    // Not a word the name does not end on, and not "the state".
    check(
        "The Islamic State said it carried out the attack.\nThe state said the attackers were foreign.",
        &[
            "indirect | Islamic State | said | it carried out the attack",
            "indirect | state | said | the attackers were foreign",
        ],
    );
}

#[test]
fn missing_evidence_is_held_against_the_one_the_sentence_names() {
    // The government, named by the sentence, not the agency that spoke last.
    let (to, words, _) = no_evidence(
        "The government said only 500 people had died.\nThe World Food Programme estimates that 3.5 million people need food aid.\nThe government has not provided evidence for its claim.",
    );
    assert_eq!(
        (to.as_str(), words.as_str()),
        ("c1", "not provided evidence")
    );
    // Nobody who made a claim here: no claim is marked.
    let r = parse(
        "The World Food Programme estimates that 3.5 million people need food aid.\nThe army has not provided evidence for its claim.",
    );
    assert!(
        relations_of(&r, "no_evidence").is_empty(),
        "{:?}",
        r.relations
    );
}

#[test]
fn an_organisation_named_with_of_the_is_one_name() {
    check(
        "The International Committee of the Red Cross warned that hospitals were running out of supplies.",
        &["indirect | International Committee of the Red Cross | warned | hospitals were running out of supplies"],
    );
    // A title followed by "for …" is one title, not a title and a name.
    check(
        "The Office of the High Commissioner for Human Rights said 20 people died.",
        &["indirect | Office of the High Commissioner for Human Rights | said | 20 people died"],
    );
    // "a member of the …": the role is "member", without its "of the".
    let r = parse("A member of the Kenya Defence Forces said troops had withdrawn.");
    let roles: Vec<&str> = r
        .entities
        .iter()
        .filter_map(|e| e.role.as_deref())
        .collect();
    assert_eq!(roles, ["member"], "{:?}", r.entities);
}

#[test]
fn a_stretch_of_time_that_says_when_is_no_figure() {
    figures(
        "The UN said 1,400 civilians were killed in the first two months of the year.",
        &["1,400 civilians = 1400 exact"],
    );
    figures(
        "Officials said 300 people had been detained over the past three years.",
        &["300 people = 300 exact"],
    );
    // A duration that is what is counted stays: a prison term.
    figures(
        "The court said he was sentenced to 10 years in prison.",
        &["10 years = 10 exact"],
    );
}

#[test]
fn a_duration_after_the_verb_last_is_still_a_figure() {
    figures(
        "Officials said the talks, which are to last three days, begin on Monday.",
        &["three days = 3 exact"],
    );
}

#[test]
fn according_to_a_source_described_by_a_clause() {
    check(
        "Foreign fighters are behind the violence, according to diplomats who spoke on condition of anonymity.",
        &["indirect | diplomats | according to | Foreign fighters are behind the violence"],
    );
    check(
        "According to the official, who asked not to be named, 40 soldiers died.",
        &["indirect | official | According to | 40 soldiers died"],
    );
}

#[test]
fn a_verb_with_a_long_object_then_and_said_is_the_same_speaker() {
    check(
        "A spokesman, Colonel Ahmed Saleh, dismissed the U.N. report as \"biased and unprofessional\" and said the army only targeted armed groups.",
        &[
            "mixed | Ahmed Saleh | dismissed | the U.N. report as \"biased and unprofessional\"",
            "indirect | Ahmed Saleh | said | the army only targeted armed groups",
        ],
    );
    // A verb of saying keeps its short reach: "and said" further on is in
    // what was said.
    check(
        "The mayor said the council had approved the budget after a long debate and said to be final.",
        &["indirect | mayor | said | the council had approved the budget after a long debate and said to be final"],
    );
}

#[test]
fn a_person_described_by_where_they_come_from_is_not_the_place() {
    check(
        "A 45-year-old trader from Bahir Dar told Human Rights Watch he was held for 40 days.",
        &["indirect | 45-year-old trader from Bahir Dar | told | he was held for 40 days"],
    );
    check(
        "A taxi driver in Kampala said the police had stopped him twice.",
        &["indirect | taxi driver in Kampala | said | the police had stopped him twice"],
    );
}

#[test]
fn disputing_the_figures_given_earlier_disputes_that_claim() {
    let r = parse(
        "The police said 12 people were arrested.\nThe Ethiopian Human Rights Commission reported that it had documented at least 1,000 arrests.\nThe government has disputed the commission's figures.",
    );
    let notes: Vec<(String, String, &str)> = r
        .relations
        .iter()
        .map(|x| {
            (
                x.from.map(|c| c.label()).unwrap_or_default(),
                x.to.label(),
                x.note.as_str(),
            )
        })
        .filter(|(f, _, _)| f == "c3")
        .collect();
    assert_eq!(
        notes,
        [(
            "c3".to_string(),
            "c2".to_string(),
            "government disputes Ethiopian Human Rights Commission's at least 1,000 arrests"
        )]
    );
    // A doubt about something else disputes no count.
    let r = parse(
        "The commission reported that it had documented at least 1,000 arrests.\nThe government denied the allegations.",
    );
    assert!(r.relations.is_empty(), "{:?}", r.relations);
}

#[test]
fn several_or_many_of_those_spoken_of_are_the_claimants() {
    check(
        "Several said guards beat them with sticks.",
        &["indirect | Several | said | guards beat them with sticks"],
    );
    check(
        "Many of those interviewed said they had been beaten.",
        &["indirect | Many of those interviewed | said | they had been beaten"],
    );
    // A quantifier before a noun is the usual phrase.
    check(
        "Some officials said the army had fired first.",
        &["indirect | Some officials | said | the army had fired first"],
    );
}

#[test]
fn a_report_by_an_author_released_at_a_time_speaks_for_the_author() {
    check(
        "A report by Amnesty International released on Tuesday found that civilian casualties rose.",
        &["indirect | Amnesty International | found | civilian casualties rose"],
    );
    check(
        "A report by Amnesty International released last month found that civilian casualties rose.",
        &["indirect | Amnesty International | found | civilian casualties rose"],
    );
    // "released last month" between commas tells of the report, not of who
    // wrote it.
    let r = parse(
        "A report by Amnesty International, released last month, found that civilian casualties rose.",
    );
    assert!(
        r.entities.iter().all(|e| e.role.is_none()),
        "{:?}",
        r.entities
    );
}

#[test]
fn the_owner_or_maker_of_a_document_or_figures_speaks() {
    check(
        "The union's statement added that 14 complaints had been filed since 2021.",
        &["indirect | union | added | 14 complaints had been filed since 2021"],
    );
    check(
        "According to figures from the labour ministry, 212 workers died last year.\nThe ministry's report said most deaths were preventable.",
        &[
            "indirect | labour ministry | According to | 212 workers died last year",
            "indirect | labour ministry | said | most deaths were preventable",
        ],
    );
}

#[test]
fn a_figure_someone_disputes_is_their_claim_and_disputes_it() {
    let r = parse(
        "The health ministry in Gaza said on Monday that the death toll had risen to 35,000, a figure Israel disputes.",
    );
    let got: Vec<String> = r
        .claims
        .iter()
        .map(|c| {
            format!(
                "{} | {}",
                r.claimant_name(c).unwrap_or_default(),
                c.content
                    .iter()
                    .map(|s| r.slice(*s))
                    .collect::<Vec<_>>()
                    .join(" … ")
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            "health ministry in Gaza | the death toll had risen to 35,000",
            "Israel | a figure"
        ]
    );
    let notes: Vec<&str> = r.relations.iter().map(|x| x.note.as_str()).collect();
    assert_eq!(notes, ["Israel disputes health ministry in Gaza's 35,000"]);
    let f = &r.claims[0].figures[0];
    assert_eq!(
        f.measure.as_deref(),
        Some("deaths"),
        "the death toll had risen to …"
    );
}

#[test]
fn time_ago_and_hyphenated_titles() {
    figures(
        "She said the hospital had run out of anaesthetics two weeks ago.",
        &[],
    );
    check(
        "Its director-general, Tedros Adhanom Ghebreyesus, wrote on X that only 10 hospitals were working.",
        &["indirect | Tedros Adhanom Ghebreyesus | wrote | only 10 hospitals were working"],
    );
}

#[test]
fn list_items_are_sentences_of_their_own() {
    let input = "Key findings\n\n- At least 120 people were detained without charge, according to lawyers interviewed by the group.\n- Officials said 40 detainees had been released.\n- Three journalists remain in custody.";
    check(
        input,
        &[
            "indirect | lawyers | according to | At least 120 people were detained without charge",
            "indirect | Officials | said | 40 detainees had been released",
        ],
    );
    let r = parse(input);
    // Each item is a paragraph; its marker is in the text but no sentence's.
    assert_eq!(r.paragraphs.len(), 4);
    assert!(r.sentences.iter().all(|s| !r.slice(*s).starts_with('-')));
    figures(
        "1. Police said 12 people were hurt.\n2. Medics said 30 people were hurt.",
        &["12 people = 12 exact", "30 people = 30 exact"],
    );
}

#[test]
fn the_noun_before_a_relative_clause_speaks() {
    check(
        "Officials who spoke to AFP said the talks had failed.",
        &["indirect | Officials | said | the talks had failed"],
    );
    check(
        "Residents who fled the town said the army had fired.",
        &["indirect | Residents | said | the army had fired"],
    );
    check(
        "The group that organised the protest said 3,000 people took part.",
        &["indirect | group | said | 3,000 people took part"],
    );
    // "that" before a speaker is no relative clause: the officials'
    // claim is reported inside the minister's.
    check(
        "The minister added that officials said the border was closed.",
        &[
            "indirect | minister | added | officials said the border was closed",
            "indirect | officials | said | the border was closed",
        ],
    );
}

#[test]
fn a_judge_who_ruled_that() {
    check(
        "Judge Peter Mwangi ruled that the case could proceed.",
        &["indirect | Peter Mwangi | ruled | the case could proceed"],
    );
    no_claims("The rules that govern the process are strict.");
}

#[test]
fn no_evidence_for_a_claim_told_in_the_same_sentence_marks_no_earlier_one() {
    let r = parse(
        "The government said only 500 people had died.\nThe government has not provided evidence for its claim that foreign fighters are behind the violence.",
    );
    assert!(
        relations_of(&r, "no_evidence").is_empty(),
        "{:?}",
        r.relations
    );
}

#[test]
fn a_role_of_a_named_place_or_body_before_the_name_in_apposition() {
    for (input, name, role) in [
        (
            "The mayor of Canoas, Jairo Jorge, estimated that about 150,000 residents had left their homes.",
            "Jairo Jorge",
            "mayor of Canoas",
        ),
        (
            "The leader of Hamas, Ismail Haniyeh, said the group would not negotiate.",
            "Ismail Haniyeh",
            "leader of Hamas",
        ),
        (
            "The Mayor of London, Sadiq Khan, said the city would recover.",
            "Sadiq Khan",
            "Mayor of London",
        ),
    ] {
        let r = parse(input);
        assert_eq!(r.claims.len(), 1, "{input}");
        assert_eq!(r.claimant_name(&r.claims[0]).as_deref(), Some(name), "{input}");
        let e = r.entities.iter().find(|e| e.name == name).expect(name);
        assert_eq!(e.role.as_deref(), Some(role), "{input}");
    }
}

#[test]
fn an_age_and_a_relative_clause_after_an_inverted_speaker() {
    check(
        "\"My house is gone. Everything is gone,\" said Maria Souza, 54, who was sheltering in a school gymnasium.",
        &["direct | Maria Souza | said | My house is gone. Everything is gone"],
    );
    let r = parse("\"We lost everything,\" said Maria Souza, 54, who was sheltering in a school.");
    let e = r
        .entities
        .iter()
        .find(|e| e.name == "Maria Souza")
        .expect("speaker");
    assert_eq!(e.role, None, "an age is no role");
}

#[test]
fn a_verb_before_a_figure_gives_its_measure_and_a_conjunction_ends_the_one_before() {
    figures_with_measures(
        "Floods have killed at least 120 people and displaced more than 400,000, the agency said.",
        &[
            "at least 120 people = deaths",
            "more than 400,000 = displaced people",
        ],
    );
    figures_with_measures(
        "The army said militants killed 40 soldiers and wounded 60 others in the attack.",
        &["40 soldiers = deaths", "60 others = injuries"],
    );
}

#[test]
fn hundreds_is_no_dispute_with_a_count_of_hundreds() {
    let r = parse(
        "Militias killed hundreds in the town, a rights group says.\n\nThe militias killed at least 800 people in the town, Amnesty International said.",
    );
    assert!(r.relations.is_empty(), "{:?}", r.relations);
    // Far below "hundreds" is still a dispute.
    let r = parse(
        "Activists said hundreds of protesters were killed. The government said 12 people died.",
    );
    assert_eq!(r.relations.len(), 1, "{:?}", r.relations);
}

#[test]
fn a_claim_in_a_clause_that_tells_when_after_a_comma() {
    check(
        "The government denied blocking aid, after the United Nations warned that millions of people faced famine.",
        &[
            "indirect | government | denied | blocking aid",
            "indirect | United Nations | warned | millions of people faced famine",
        ],
    );
    check(
        "The government denied blocking aid, but the United Nations warned that millions of people faced famine.",
        &[
            "indirect | government | denied | blocking aid",
            "indirect | United Nations | warned | millions of people faced famine",
        ],
    );
}

#[test]
fn a_dotted_acronym_keeps_its_possessive() {
    let r = parse(
        "The U.N.'s humanitarian chief, Martin Griffiths, told the Security Council that only 10% of supplies had arrived.",
    );
    assert_eq!(r.claims.len(), 1);
    assert_eq!(
        r.claimant_name(&r.claims[0]).as_deref(),
        Some("Martin Griffiths")
    );
    let e = r
        .entities
        .iter()
        .find(|e| e.name == "Martin Griffiths")
        .expect("speaker");
    assert_eq!(e.role.as_deref(), Some("humanitarian chief"));
}

#[test]
fn a_name_its_acronym_spells_keeps_its_possessive() {
    check(
        "In a statement, the Tigray People's Liberation Front (TPLF) accused federal forces of using starvation as a weapon.",
        &["indirect | Tigray People's Liberation Front | accused | federal forces of using starvation as a weapon"],
    );
}

#[test]
fn no_evidence_names_the_claimant_by_its_acronym() {
    let r = parse(
        "In a statement, the Rapid Support Forces (RSF) accused federal forces of using starvation as a weapon.\n\nThe RSF did not provide evidence for the allegation.",
    );
    let rel = relations_of(&r, "no_evidence");
    assert_eq!(rel.len(), 1, "{:?}", r.relations);
    assert_eq!(rel[0].to, r.claims[0].id);
}

#[test]
fn who_declined_to_comment_but_said_speaks() {
    check(
        "A spokesperson for the state government declined to comment on the number of deaths, but said officials were monitoring the situation.",
        &[
            "indirect | spokesperson for the state government | declined | to comment on the number of deaths",
            "indirect | spokesperson for the state government | said | officials were monitoring the situation",
        ],
    );
    check(
        "The company refused to give details but said 200 jobs would go.",
        &[
            "indirect | company | refused | to give details",
            "indirect | company | said | 200 jobs would go",
        ],
    );
}

#[test]
fn media_reports_are_the_claimant_not_the_cue() {
    check(
        "Local media reports put the toll higher.",
        &["indirect | Local media reports | put | the toll higher"],
    );
    check(
        "News reports say 40 people died.",
        &["indirect | News reports | say | 40 people died"],
    );
    check(
        "The ministry reports that 40 people died.",
        &["indirect | ministry | reports | 40 people died"],
    );
}

#[test]
fn a_common_phrase_opening_a_sentence_is_no_named_organisation_for_the_agency() {
    let r = parse(
        "Local media reports put the toll higher.\n\nThe country's weather agency has issued a red alert for five states. In a post on X, the agency wrote that temperatures would remain severe.",
    );
    let c = r
        .claims
        .iter()
        .find(|c| c.cue.is_some_and(|q| r.slice(q.span) == "wrote"))
        .expect("claim");
    assert_ne!(r.claimant_name(c).as_deref(), Some("Local media reports"));
}

#[test]
fn a_capitalised_modifier_is_part_of_the_counted_noun() {
    figures_as(
        "Russia's defence ministry said its air defences had destroyed 30 Ukrainian drones overnight.",
        &["30 Ukrainian drones = drones"],
        |f| f.measure.clone().unwrap_or_default(),
    );
    // Not a weekday, nor a verb after the noun.
    figures_as(
        "Police said 12 people were arrested on Friday. Officials said Martin, in office for 13 months spoke first.",
        &["12 people = arrests", "13 months = months"],
        |f| f.measure.clone().unwrap_or_default(),
    );
}

#[test]
fn accused_of_after_its_subject_is_passive() {
    no_claims("Kenya protests: police accused of killing dozens");
    check(
        "The opposition accused the police of killing dozens of protesters.",
        &["indirect | opposition | accused | the police of killing dozens of protesters"],
    );
}

#[test]
fn an_of_phrase_keeps_its_noun_and_during_tells_a_period() {
    figures_with_measures(
        "Police killed at least 39 people during two weeks of protests, the commission said.",
        &["at least 39 people = deaths"],
    );
    figures_with_measures(
        "The commission said it had recorded 32 cases of enforced disappearance.",
        &["32 cases = cases of enforced disappearance"],
    );
}

#[test]
fn a_clause_opening_a_sentence_is_no_person() {
    let r = parse("When Royal was told of the loss, he said the farm was gone.");
    assert!(
        r.claims
            .iter()
            .all(|c| r.claimant_name(c).as_deref() != Some("When Royal")),
        "{:?}",
        describe(&r, false)
    );
}

#[test]
fn a_second_verb_after_a_quotation_is_a_claim_of_its_own() {
    check(
        "The Israeli military said it was \"looking into the incident\" and accused Hamas of operating near humanitarian routes.",
        &[
            "mixed | Israeli military | said | it was \"looking into the incident\"",
            "indirect | Israeli military | accused | Hamas of operating near humanitarian routes",
        ],
    );
}

#[test]
fn a_people_named_by_a_plural_is_the_counted_noun() {
    figures_as(
        "According to the health ministry, more than 35,000 Palestinians have been killed.",
        &["more than 35,000 Palestinians = deaths"],
        |f| f.measure.clone().unwrap_or_default(),
    );
}

#[test]
fn a_claim_in_a_relative_clause_ends_with_the_clause() {
    check(
        "Kapata, who denied the charges throughout the trial, plans to appeal, her lawyer Makebi Zulu told reporters outside the court.",
        &[
            "indirect | Kapata | denied | the charges throughout the trial",
            "indirect | Makebi Zulu | told | plans to appeal",
        ],
    );
}

#[test]
fn calling_it_after_the_subject_s_verb() {
    check(
        "The Anti-Corruption Commission launched a review, calling it \"a victory for accountability\".",
        &["mixed | Anti-Corruption Commission | calling | it \"a victory for accountability\""],
    );
    // A verb of stance is a claim of its own, and the participle goes on
    // with the same speaker.
    check(
        "The Anti-Corruption Commission welcomed the ruling, calling it \"a victory for accountability\".",
        &[
            "indirect | Anti-Corruption Commission | welcomed | the ruling",
            "mixed | Anti-Corruption Commission | calling | it \"a victory for accountability\"",
        ],
    );
    // No subject that can speak: nothing is claimed.
    no_claims("The storm flattened the village, calling it \"a wasteland\".");
}

#[test]
fn a_decimal_with_a_scale_word_is_a_whole_count() {
    figures(
        "The number of unemployed people increased to 8.2 million, the agency said.",
        &["8.2 million = 8200000 exact"],
    );
}

// ---- Figures the way people mean them ------------------------------------------

/// `text = value..high | alternatives | vague | kind | measure` for every figure.
#[track_caller]
fn figures_in_full(input: &str, expected: &[&str]) {
    figures_as(input, expected, |f| {
        let mut v = match f.high {
            Some(h) => format!("{}..{}", f.value, h),
            None => format!("{}", f.value),
        };
        for a in &f.alternatives {
            v.push_str(&format!(" or {a}"));
        }
        if f.vague {
            v.push_str(" vague");
        }
        if f.kind != FigureKind::Count {
            v.push_str(&format!(" {}", f.kind.as_str()));
        }
        format!(
            "{v} {} {}",
            f.qualifier.as_str(),
            f.measure.clone().unwrap_or_else(|| "-".into())
        )
    });
}

#[test]
fn a_range_is_one_figure_with_a_low_and_a_high_end() {
    figures_in_full(
        "Police said between 200 and 225 people were arrested overnight.",
        &["between 200 and 225 people = 200..225 exact arrests"],
    );
    figures_in_full(
        "Lawyers said the court handed him a 30- to 60-year term.",
        &["30- to 60-year term = 30..60 exact years"],
    );
    figures_in_full(
        "Medics said 15 to 20 people were wounded in the blast.",
        &["15 to 20 people = 15..20 exact injuries"],
    );
    // The top's scale is the bottom's when the bottom has none.
    figures_in_full(
        "The firm said it would save between 350 and 380 million crowns.",
        &["between 350 and 380 million crowns = 350000000..380000000 money exact crowns"],
    );
    // The top may repeat the currency sign.
    figures_in_full(
        "The bank said the tax would raise between $600 million and $800 million.",
        &["between $600 million and $800 million = 600000000..800000000 money exact -"],
    );
    // Not when the scaled bottom would pass the top.
    figures_in_full(
        "Officials said between 2 and 3,000 people fled the fighting.",
        &["between 2 and 3,000 people = 2..3000 exact displaced people"],
    );
}

#[test]
fn a_change_or_a_descending_pair_is_no_range() {
    // "from 5 to 7" tells a change; "5 to 4" is a vote.
    figures_in_full(
        "The agency said the rate rose from 5 to 7 percent.",
        &["5 = 5 exact -", "7 percent = 7 percent exact -"],
    );
    figures_in_full(
        "Officials said the council voted 5 to 4 against the plan.",
        &["5 = 5 exact -", "4 = 4 exact -"],
    );
}

#[test]
fn alternatives_are_one_figure() {
    figures_in_full(
        "Witnesses said 40 or 45 people were injured.",
        &["40 or 45 people = 40 or 45 exact injuries"],
    );
    // "or more" is a qualifier, not an alternative.
    figures_in_full(
        "Organisers said 300 or more people marched.",
        &["300 = 300 at_least -"],
    );
}

#[test]
fn vague_quantities_are_approximate_never_exact() {
    figures_in_full(
        "Activists said dozens of people were killed and scores were wounded.",
        &[
            "dozens of people = 12 vague approximately deaths",
            "scores = 20 vague approximately injuries",
        ],
    );
    figures_in_full(
        "The army said it carried out hundreds of strikes.",
        &["hundreds of strikes = 100 vague approximately strikes"],
    );
    // Scores that are results are no quantity.
    figures_in_full("The ministry said test scores fell sharply this year.", &[]);
    figures_in_full("The coach said the scores were level at half time.", &[]);
}

#[test]
fn percentages_money_and_rates_say_what_they_are() {
    figures_in_full(
        "The agency said unemployment rose to 7.5 percent.",
        &["7.5 percent = 7.5 percent exact unemployment"],
    );
    figures_in_full(
        "The bank said inflation reached 12% in March.",
        &["12% = 12 percent exact inflation"],
    );
    figures_in_full(
        "The firm said it lost $4 million last quarter.",
        &["$4 million = 4000000 money exact -"],
    );
    figures_in_full(
        "Researchers said there were 3 deaths per 1,000 births.",
        &["3 deaths per 1,000 births = 3 rate exact deaths"],
    );
}

#[test]
fn a_part_counts_what_its_whole_counts() {
    figures_in_full(
        "Officials said only 140 of the 900 homes were rebuilt.",
        &["only 140 = 140 exact homes", "900 homes = 900 exact homes"],
    );
    figures_in_full(
        "The council said 12 of the schools had reopened.",
        &["12 = 12 exact schools"],
    );
}

#[test]
fn a_bare_figure_counts_what_the_sentence_before_named() {
    figures_in_full(
        "Heat waves killed people across the region in the past decade. Over those years, the study says at least 575,000.",
        &["at least 575,000 = 575000 at_least deaths"],
    );
    // Not from another paragraph.
    figures_in_full(
        "Heat waves killed people across the region.\n\nThe study says at least 575,000 was spent.",
        &["at least 575,000 = 575000 at_least -"],
    );
}

#[test]
fn clock_times_versions_text_units_and_names_are_not_figures() {
    figures_in_full(
        "The minister said the talks began at 1030 GMT and ended at 4:20 p.m.",
        &[],
    );
    figures_in_full(
        "The company said version 2.0 of the software fixed the bug.",
        &[],
    );
    figures_in_full(
        "The judge said two paragraphs of the ruling were struck out.",
        &[],
    );
    figures_in_full(
        "The airline said Flight Deck 7 and Gate 12 were closed.",
        &[],
    );
    figures_in_full(
        "Officials said the 82nd Airborne Division would deploy.",
        &[],
    );
    // A count after a capitalised word is still a count.
    figures_in_full(
        "Officials said Hamas lost 12 fighters.",
        &["12 fighters = 12 exact fighters"],
    );
}

// ---- The disputes a reporter would draw -----------------------------------------

#[test]
fn different_words_for_one_measure_dispute_across_paragraphs_and_verbs() {
    assert_eq!(
        disputes("Police put the toll at 12, a spokesman said on Sunday.\n\nThe opposition group said it counted at least 60 dead in the capital."),
        ["c2 -> c1"]
    );
    assert_eq!(
        disputes("The interior ministry said 35 people were detained.\n\nLawyers for the protesters said more than 300 remained in custody."),
        ["c2 -> c1"]
    );
    // Deaths and arrests are different measures: no dispute.
    assert_eq!(
        disputes("Police said 12 people died in the clashes.\n\nThe opposition group said at least 60 people were arrested."),
        Vec::<String>::new()
    );
}

#[test]
fn calling_the_same_dead_civilians_or_fighters_is_a_dispute() {
    assert_eq!(
        disputes("Local officials said 40 people were killed, all civilians.\n\nThe army said at least 22 militants were killed in the raid."),
        ["c2 -> c1"]
    );
    // Both sides agree they were fighters: no dispute.
    assert_eq!(
        disputes("Local officials said 22 militants were killed.\n\nThe army said at least 20 militants were killed in the raid."),
        Vec::<String>::new()
    );
}

#[test]
fn telling_the_dead_apart_without_a_count_is_a_dispute() {
    assert_eq!(
        disputes("The navy said its sailors had killed 14 pirates near the cape.\n\nThe harbour master said the dead were fishermen from the town of Velsa."),
        ["c2 -> c1"]
    );
    assert_eq!(
        disputes("Border guards said the men they detained were traffickers.\n\nA church group said the men were all of them shepherds who had lost their way."),
        ["c2 -> c1"]
    );
    // "They were not fighters": told as civilians.
    assert_eq!(
        disputes("The army said 30 insurgents were killed in the strike.\n\nThe village elder said they were not fighters."),
        ["c2 -> c1"]
    );
    // A part told as children is no claim about all of them.
    assert_eq!(
        disputes("The army said 30 insurgents were killed in the strike.\n\nA clinic said it had treated 40 people, about half of them children."),
        Vec::<String>::new()
    );
    // Both sides tell them as civilians: no dispute.
    assert_eq!(
        disputes("The mayor said the dead were farmers.\n\nThe governor said they were all villagers from the valley."),
        Vec::<String>::new()
    );
    // One unarmed man tells nothing of those the other side calls
    // extremists.
    assert_eq!(
        disputes("The monitors said only one officer had been charged for shooting an unarmed man.\n\nThe minister blamed what he said were extremists for the riots."),
        Vec::<String>::new()
    );
}

#[test]
fn rejecting_the_higher_figure_points_at_the_claim_that_gave_it() {
    let r = disputes("A rights group said 90 people were killed.\nA local monitor said 45 people were killed.\nThe ministry said only 20 people died, and the ministry rejected the higher figure.");
    assert!(r.contains(&"c4 -> c1".to_string()), "{r:?}");
    let r = disputes("A rights group said 90 people were killed.\nA local monitor said 45 people were killed.\nThe ministry said only 20 people died, and the ministry rejected the lower figure.");
    assert!(r.contains(&"c4 -> c2".to_string()), "{r:?}");
}

#[test]
fn one_claim_may_dispute_several() {
    assert_eq!(
        disputes("The army said 5 people were killed.\nA hospital director said 9 people were killed.\nThe rights group said at least 70 people were killed."),
        ["c2 -> c1", "c3 -> c2", "c3 -> c1"]
    );
}

#[test]
fn no_evidence_in_a_named_speakers_own_mouth_points_at_the_figure_it_doubts() {
    let r = parse("The rebels said 37 soldiers died in the ambush.\nArmy spokeswoman Lina Moreau said there is no evidence for 37 deaths.");
    let rel = relations_of(&r, "no_evidence");
    assert_eq!(rel.len(), 1, "{:?}", r.relations);
    assert_eq!(rel[0].to.label(), "c1");
    assert_eq!(rel[0].from.map(|c| c.label()).as_deref(), Some("c2"));
    // Without a figure that anyone gave, nothing is pointed at.
    let r = parse("The rebels said 37 soldiers died in the ambush.\nArmy spokeswoman Lina Moreau said there is no evidence for 50 deaths.");
    assert!(
        relations_of(&r, "no_evidence").is_empty(),
        "{:?}",
        r.relations
    );
}

#[test]
fn speakers_described_at_length_before_the_cue() {
    // A relative clause with a year in the apposition.
    check(
        "Maria Lopez, a former city aide who worked with her in 2011, said the bridge plan mattered more.",
        &["indirect | Maria Lopez | said | the bridge plan mattered more"],
    );
    // A town and its state.
    check(
        "Tom Baker, of Eugene, Ore., said he had worked at the mill for twenty years.",
        &["indirect | Tom Baker | said | he had worked at the mill for twenty years"],
    );
    // A dash written as two hyphens.
    check(
        "Hart -- co-author of a book on ferry safety -- said the company ignored warnings.",
        &["indirect | Hart | said | the company ignored warnings"],
    );
    // Experts on something, joined by "and".
    check(
        "Experts on river pollution and fisheries said the new dam could change that.",
        &["indirect | Experts on river pollution and fisheries | said | the new dam could change that"],
    );
    // The people the writer interviewed.
    check(
        "All the engineers I interviewed said the design was sound.",
        &["indirect | engineers I interviewed | said | the design was sound"],
    );
    // A name in apposition stays a person, not a state: "Canoas, Jairo Jorge".
    check(
        "The mayor of Canoas, Jairo Jorge, said the river had peaked.",
        &["indirect | Jairo Jorge | said | the river had peaked"],
    );
}

#[test]
fn inverted_speakers_with_a_description_or_a_party_tag() {
    check(
        "\"The fees are unfair,\" said retired nurse Helen Park.",
        &["direct | Helen Park | said | The fees are unfair"],
    );
    check(
        "\"The levy is too high,\" said Rep. Dan Hume (D-Ore.), a critic of the tax.",
        &["direct | Dan Hume | said | The levy is too high"],
    );
    // A verb after the quotation is no description: an object follows.
    no_claims("\"Rebuild,\" read signs carried by the marchers.");
}

#[test]
fn calling_something_what_it_is_is_a_claim() {
    check(
        "The mayor's office called the charges unsubstantiated and false.",
        &["indirect | office | called | the charges unsubstantiated and false"],
    );
    check(
        "The senator called her vote for the bill a mistake.",
        &["indirect | senator | called | her vote for the bill a mistake"],
    );
    no_claims("The governor called a meeting for Monday.");
    check(
        "The senator called Ruiz a danger to the party.",
        &["indirect | senator | called | Ruiz a danger to the party"],
    );
    check(
        "The union is calling for the board to resign.",
        &["indirect | union | calling for | the board to resign"],
    );
    check(
        "Farmers called him a careerist who has neglected the valley.",
        &["indirect | Farmers | called | him a careerist who has neglected the valley"],
    );
    no_claims("She called her mother a day later.");
    no_claims("She called Ruiz a day later when she landed.");
    no_claims("She called Ruiz a day later.");
    no_claims("He called the police.");
    no_claims("The group is called Friends of the River.");
}

#[test]
fn a_refusal_to_comment_is_attributed() {
    check(
        "Through a spokesman, he declined to comment.",
        &["indirect | he | declined | to comment"],
    );
    // A refusal to act is a stand taken, as annotators of news mark it;
    // a refusal to come is not yet one.
    check(
        "The company refused to pay the fine.",
        &["indirect | company | refused | to pay the fine"],
    );
    no_claims("The company may refuse to pay the fine.");
}

#[test]
fn evidence_with_its_subject_described_or_after_the_content() {
    check(
        "The latest Gallup poll released Friday shows that the governor leads by 5 points.",
        &["indirect | latest Gallup poll | shows | the governor leads by 5 points"],
    );
    check(
        "A Herald poll last month showed the mayor leading Ruiz, 45 percent to 38 percent.",
        &["indirect | Herald poll | showed | the mayor leading Ruiz, 45 percent to 38 percent"],
    );
    check(
        "Spending on ads rose sharply, a Tribune analysis of filings shows.",
        &["indirect | Tribune analysis of filings | shows | Spending on ads rose sharply"],
    );
    check(
        "Prices rose sharply, records show.",
        &["indirect | records | show | Prices rose sharply"],
    );
    // A participle clause before the speaker is not the content.
    check(
        "Speaking on condition of anonymity, the official said the talks had failed.",
        &["indirect | official | said | the talks had failed"],
    );
}

#[test]
fn according_to_outranks_a_verb_of_stance_inside() {
    check(
        "Dale Mercer repeatedly insulted guests, according to insiders.",
        &["indirect | insiders | according to | Dale Mercer repeatedly insulted guests"],
    );
}

#[test]
fn a_verb_of_saying_joined_to_the_speakers_other_verb() {
    check(
        "Police announced on Friday the arrest of a man in the shooting and said a curfew would continue.",
        &[
            "indirect | Police | announced | the arrest of a man in the shooting",
            "indirect | Police | said | a curfew would continue",
        ],
    );
    check(
        "His aides say it is too early to discuss a run but noted that the mayor won two races.",
        &[
            "indirect | aides | say | it is too early to discuss a run",
            "indirect | aides | noted | the mayor won two races",
        ],
    );
}

#[test]
fn a_fronted_occasion_with_a_title_in_quotation_marks() {
    check(
        "In an interview on NBC's \"Meet the Press,\" Senator Ann Cole said the bill would pass.",
        &["indirect | Ann Cole | said | the bill would pass"],
    );
    check(
        "Wednesday on the channel's \"Nightly,\" Ron Gale said the nominee would win.",
        &["indirect | Ron Gale | said | the nominee would win"],
    );
    // A real quotation after a fronted adjunct stays the content.
    check(
        "In the end, \"we won,\" she said.",
        &["mixed | she | said | In the end, \"we won,\""],
    );
}

#[test]
fn a_name_before_two_appositions_speaks() {
    check(
        "Ana Ruiz, the attorney general of Ohio, one of the states suing the agency, said the rule was unlawful.",
        &["indirect | Ana Ruiz | said | the rule was unlawful"],
    );
}

#[test]
fn a_ruling_speaks_and_according_to_after_a_whole_clause() {
    check(
        "\"A state cannot purge voters for failing to vote,\" said the ruling.",
        &["direct | ruling | said | A state cannot purge voters for failing to vote"],
    );
    // A fronted clause and a main clause before "according to": the
    // content is before it, not the description after the source.
    check(
        "When the training is tailored to the patient, it works well, according to Maria Ortiz, head of the Center for Addiction Studies.",
        &["indirect | Maria Ortiz | according to | When the training is tailored to the patient, it works well"],
    );
    check(
        "In Ohio, according to the mayor, the bridge is safe.",
        &["indirect | mayor | according to | the bridge is safe"],
    );
}

#[test]
fn the_group_is_the_organisation_the_text_introduced_by_its_shape() {
    // Introduced as "Full Name (ACR)" in a sentence that claims nothing.
    check(
        "Lawyers Without Borders (LWB) published a report on Monday about the prisons.\n\nThe group said at least 40 detainees had died in custody.",
        &["indirect | Lawyers Without Borders | said | at least 40 detainees had died in custody"],
    );
    // A public body is not "the group".
    check(
        "The Ministry of Health (MoH) released new figures on Monday.\n\nThe group said at least 40 detainees had died in custody.",
        &["indirect | group | said | at least 40 detainees had died in custody"],
    );
}

#[test]
fn a_role_named_later_is_one_person() {
    check(
        "The country's finance minister said the deficit would shrink.\n\nFinance Minister Ruth Abebe said the budget would come in May. Abebe added that taxes would not rise.",
        &[
            "indirect | Ruth Abebe | said | the deficit would shrink",
            "indirect | Ruth Abebe | said | the budget would come in May",
            "indirect | Ruth Abebe | added | taxes would not rise",
        ],
    );
    check(
        "The club's lawyer says the contract is void. The lawyer, Piet Venter, said the club would appeal.",
        &[
            "indirect | Piet Venter | says | the contract is void",
            "indirect | Piet Venter | said | the club would appeal",
        ],
    );
    // Another minister is another person.
    check(
        "The finance minister said the deficit would shrink. Health Minister Ana Ruiz said clinics would stay open.",
        &[
            "indirect | finance minister | said | the deficit would shrink",
            "indirect | Ana Ruiz | said | clinics would stay open",
        ],
    );
}

#[test]
fn a_role_after_a_name_is_that_person() {
    check(
        "Ruth Abebe, the finance minister, said the deficit would shrink. The minister said taxes would not rise.",
        &[
            "indirect | Ruth Abebe | said | the deficit would shrink",
            "indirect | Ruth Abebe | said | taxes would not rise",
        ],
    );
    // Not an indefinite one, nor a role nobody named holds.
    check(
        "Ruth Abebe, the finance minister, said the deficit would shrink. A minister said taxes would rise. The mayor said the port would reopen.",
        &[
            "indirect | Ruth Abebe | said | the deficit would shrink",
            "indirect | minister | said | taxes would rise",
            "indirect | mayor | said | the port would reopen",
        ],
    );
}

#[test]
fn short_forms_and_initials_of_an_organisation() {
    check(
        "Oxfam International said 2,000 families had lost their homes. Oxfam said aid was too slow. Oxfam America said it would send water.",
        &[
            "indirect | Oxfam International | said | 2,000 families had lost their homes",
            "indirect | Oxfam International | said | aid was too slow",
            "indirect | Oxfam America | said | it would send water",
        ],
    );
    check(
        "The United Nations said the camps were full. The UN said more tents were needed. The UK said it would help.",
        &[
            "indirect | United Nations | said | the camps were full",
            "indirect | United Nations | said | more tents were needed",
            "indirect | UK | said | it would help",
        ],
    );
    check(
        "The WHO said cases were rising. The World Health Organization said vaccines would arrive.",
        &[
            "indirect | WHO | said | cases were rising",
            "indirect | WHO | said | vaccines would arrive",
        ],
    );
}

#[test]
fn the_company_is_a_company_known_by_a_bare_name() {
    check(
        "The United Nations said the port was closed. Siemens said orders rose 12 percent. The company said margins would improve.",
        &[
            "indirect | United Nations | said | the port was closed",
            "indirect | Siemens | said | orders rose 12 percent",
            "indirect | Siemens | said | margins would improve",
        ],
    );
    let r = parse("Siemens said orders rose. The company said margins would improve.");
    let e = r
        .entities
        .iter()
        .find(|e| e.name == "Siemens")
        .expect("Siemens");
    assert_eq!(e.kind, claim_reader::report::EntityKind::Organization);
}

#[test]
fn a_company_named_by_its_line_of_business_is_an_organisation() {
    let r = parse("Baltic Shipping said two vessels were held. It said the crews were safe.");
    let e = r
        .entities
        .iter()
        .find(|e| e.name == "Baltic Shipping")
        .expect("Baltic Shipping");
    assert_eq!(e.kind, claim_reader::report::EntityKind::Organization);
    // "It" is the company, not a claim of no one.
    assert!(r
        .claims
        .iter()
        .all(|c| c.claimant.as_ref().and_then(|w| w.entity) == Some(e.id)));
    assert_eq!(r.claims.len(), 2);
}

#[test]
fn a_document_speaks_for_its_author() {
    for (input, author) in [
        (
            "In a statement from the Ministry of Health, officials said 40 clinics had closed. The statement said staff were unpaid.",
            "Ministry of Health",
        ),
        (
            "Oxfam said in a statement on Monday that 300 wells were dry. The statement said more were at risk.",
            "Oxfam",
        ),
        (
            "Amnesty International's report was published on Tuesday. The report said 12 people were detained.",
            "Amnesty International",
        ),
        (
            "A report by Doctors Without Borders was released in May. The report said 60 clinics were shut.",
            "Doctors Without Borders",
        ),
    ] {
        let r = parse(input);
        let last = r.claims.last().expect(input);
        assert_eq!(r.claimant_name(last).as_deref(), Some(author), "{input}");
    }
    // With no document named before, the document is the claimant.
    check(
        "The statement said staff were unpaid.",
        &["indirect | statement | said | staff were unpaid"],
    );
}

#[test]
fn more_and_other_before_the_counted_noun() {
    figures_with_measures(
        "Police said protests spread to three more cities. Medics said 12 other victims were found.",
        &["three more cities = cities", "12 other victims = victims"],
    );
    // "more than" is a qualifier, not a modifier of the noun.
    figures_with_measures(
        "Medics said more than 40 people were hurt.",
        &["more than 40 people = injuries"],
    );
}

#[test]
fn the_coalition_is_the_coalition_of_groups_named_before() {
    check(
        "A coalition of indigenous organisations said 15 people had died. The coalition accused police of firing on a march.",
        &[
            "indirect | coalition of indigenous organisations | said | 15 people had died",
            "indirect | coalition of indigenous organisations | accused | police of firing on a march",
        ],
    );
}

#[test]
fn a_count_called_false_disputes_the_claim_that_gave_it() {
    let r = parse(
        "The Interior Ministry said eight people had died.\n\nThe ombudsman, Julio Paredes, said the ministry's figure was \"not credible\".",
    );
    let d = relations_of(&r, "disputes");
    assert_eq!(d.len(), 1, "{:?}", r.relations);
    assert_eq!((d[0].from, d[0].to), (Some(r.claims[1].id), r.claims[0].id));
    // A figure called right, or a report called false, disputes no count.
    for other in ["the ministry's figure was correct", "the report was false"] {
        let r = parse(&format!(
            "The Interior Ministry said eight people had died.\n\nJulio Paredes said {other}."
        ));
        assert!(
            relations_of(&r, "disputes").is_empty(),
            "{other}: {:?}",
            r.relations
        );
    }
}

#[test]
fn a_surname_of_two_words() {
    check(
        "\"People are disappearing,\" said Amira Ben Salem, a regional director. Ben Salem said the figure was too low.",
        &[
            "direct | Amira Ben Salem | said | People are disappearing",
            "indirect | Amira Ben Salem | said | the figure was too low",
        ],
    );
}

#[test]
fn people_held_and_in_detention_are_detained() {
    figures_with_measures(
        "The group said 300 people had been held without charge. The ministry said 112 people remained in detention.",
        // Those held or who remain are those held now, not all ever
        // arrested.
        &["300 people = people still held", "112 people = people still held"],
    );
    // People who held a vigil were not held.
    let r = parse("Organisers said 40 people held a vigil.");
    let f = &r.claims[0].figures[0];
    assert_ne!(f.measure.as_deref(), Some("arrests"));
}

#[test]
fn no_evidence_for_a_claimants_figure_in_someone_elses_mouth() {
    let r = parse(
        "The Ministry of Justice said 112 people remained in detention.\n\nAmira Ben Salem, a lawyer, said 300 people were held.\n\nBen Salem said the ministry had offered no evidence for its figure.",
    );
    let ne = relations_of(&r, "no_evidence");
    assert_eq!(ne.len(), 1, "{:?}", r.relations);
    assert_eq!(
        (ne[0].from, ne[0].to),
        (Some(r.claims[2].id), r.claims[0].id)
    );
    let r = parse(
        "The Ministry of Justice said 112 people remained in detention.\n\nBen Salem said there was no evidence of torture.",
    );
    assert!(
        relations_of(&r, "no_evidence").is_empty(),
        "{:?}",
        r.relations
    );
}

#[test]
fn a_short_first_line_is_the_title_not_a_claim() {
    // The title names no speaker, even in the shape of an attribution.
    let r = parse("Army says rebels were the target\n\nThe army said 12 rebels were killed.");
    let attributed: Vec<_> = r
        .claims
        .iter()
        .filter(|c| c.kind.as_str() != "unattributed")
        .map(|c| r.slice(c.content[0]).to_string())
        .collect();
    assert_eq!(attributed, ["12 rebels were killed"]);
    let r = parse(
        "Harbin: Ferry service cut after storm\n\nThe port said ferries would resume Monday.",
    );
    assert_eq!(r.claims[0].kind.as_str(), "unattributed");
    // A first sentence with its stop is no title; nor is a text of one paragraph.
    check(
        "The army said 12 rebels were killed.\n\nThe hospital said the dead were farmers.",
        &[
            "indirect | army | said | 12 rebels were killed",
            "indirect | hospital | said | the dead were farmers",
        ],
    );
    check(
        "Army says rebels were the target",
        &["indirect | Army | says | rebels were the target"],
    );
    // A first line that closes a quotation after its stop is a sentence,
    // whichever quotation mark closes it.
    check(
        "Mayor Dunn: ‘We Will Rebuild The Bridge.’\n\nThe mayor spoke at the river on Friday.",
        &["direct | Dunn | : | We Will Rebuild The Bridge."],
    );
}

#[test]
fn a_name_in_apposition_after_its_role_speaks() {
    check(
        "That witness, former bank clerk Oren Talby, testified that he had moved the money.",
        &["indirect | Oren Talby | testified | he had moved the money"],
    );
    check(
        "The head of the delegation, former senator Ines Varga, said the count was orderly.",
        &["indirect | Ines Varga | said | the count was orderly"],
    );
    check(
        "The head of the delegation, former Chilean senator Ines Varga, said the count was orderly.",
        &["indirect | Ines Varga | said | the count was orderly"],
    );
    // A description with no name after it stays the speaker.
    check(
        "The head of the delegation, a former senator, said the count was orderly.",
        &["indirect | head of the delegation | said | the count was orderly"],
    );
}

#[test]
fn an_official_of_a_place_is_the_official_named_later() {
    let r = parse(
        "The chief medical officer in the western district of Loma Verde said nine people were killed.\n\n\"We have nine bodies,\" the officer, Dr Teo Marin, told reporters.",
    );
    let names: Vec<String> = r.claims.iter().filter_map(|c| r.claimant_name(c)).collect();
    assert_eq!(names, ["Teo Marin", "Teo Marin"], "{:?}", r.entities);
    // The place is no claimant.
    assert!(r.entities.iter().all(|e| e.name != "Loma Verde"));
}

#[test]
fn what_an_apposition_calls_a_name_makes_it_an_organisation() {
    for (text, name) in [
        (
            "Stone Harbour Relief, a volunteer network, said 30 homes were lost. It said 12 more were damaged.",
            "Stone Harbour Relief",
        ),
        (
            "Baltic shipping group Norvale Lines said profit fell. It said costs rose.",
            "Norvale Lines",
        ),
    ] {
        let r = parse(text);
        let names: Vec<String> = r
            .claims
            .iter()
            .filter_map(|c| r.claimant_name(c))
            .collect();
        assert_eq!(names, [name, name], "{text}");
        assert_eq!(r.entities[0].kind.as_str(), "organization", "{text}");
    }
}

#[test]
fn the_company_is_not_the_union_that_spoke_last() {
    let r = parse(
        "Baltic shipping group Norvale Lines said it would cut 300 jobs. The Dockworkers Union said 450 posts would go. The company said contractors were not counted.",
    );
    let names: Vec<String> = r.claims.iter().filter_map(|c| r.claimant_name(c)).collect();
    assert_eq!(
        names,
        ["Norvale Lines", "Dockworkers Union", "Norvale Lines"]
    );
    // Jobs and posts are one measure: the counts dispute.
    let d = relations_of(&r, "disputes");
    assert!(
        d.iter()
            .any(|x| (x.from, x.to) == (Some(r.claims[1].id), r.claims[0].id)),
        "{:?}",
        r.relations
    );
}

#[test]
fn a_denial_points_at_the_claims_about_the_one_who_denies() {
    let r = parse(
        "Judge Ana Rocha ruled that Piet Dalman had taken $2 million in bribes.\n\nProsecutors said Dalman had signed off on 300 shipments.\n\nDalman denied taking any money. \"I have never accepted a bribe,\" he told the court.",
    );
    let d: Vec<(String, String)> = relations_of(&r, "disputes")
        .iter()
        .map(|x| (x.from.unwrap().label(), x.to.label()))
        .collect();
    for want in [("c3", "c1"), ("c3", "c2"), ("c4", "c1"), ("c4", "c2")] {
        assert!(
            d.contains(&(want.0.to_string(), want.1.to_string())),
            "{want:?} in {d:?}"
        );
    }
    // "denied X's account" points at X's claim.
    let r = parse(
        "Dr Lena Oduya said the dead were all farmers.\n\nThe army said 20 rebels were killed.\n\nColonel Abel Ferro denied Oduya's account that the dead were farmers.",
    );
    let d = relations_of(&r, "disputes");
    assert!(
        d.iter()
            .any(|x| (x.from, x.to) == (Some(r.claims[2].id), r.claims[0].id)),
        "{:?}",
        r.relations
    );
    // A denial about nothing said before disputes nothing.
    let r = parse("The mayor said the bridge would reopen in May. The Kremlin denied interfering in the vote.");
    assert!(relations_of(&r, "disputes").is_empty(), "{:?}", r.relations);
    // A claim that reports the denial is not what is denied.
    let r = parse("British officials said the ambassador had rejected the accusations.");
    assert!(relations_of(&r, "disputes").is_empty(), "{:?}", r.relations);
}

#[test]
fn a_figure_restated_to_be_denied_disputes_the_claim_that_gave_it() {
    let r = parse(
        "The union said the ministry offered 4 percent.\n\nThe minister said: \"We never offered 4 percent. The offer is 7 percent.\"",
    );
    let d = relations_of(&r, "disputes");
    assert_eq!(d.len(), 1, "{:?}", r.relations);
    assert_eq!(d[0].to, r.claims[0].id);
    // The same duration, or the same figure said again without a denial, is no dispute.
    for text in [
        "The envoy said the talks would last three days.\n\nThe prince said no deal was likely in three days.",
        "The union said the ministry offered 4 percent.\n\nThe minister said the offer of 4 percent stood.",
    ] {
        let r = parse(text);
        assert!(relations_of(&r, "disputes").is_empty(), "{text}: {:?}", r.relations);
    }
}

#[test]
fn bodies_recovered_count_the_dead() {
    let r = parse(
        "The agency said at least 31 people were killed.\n\nPolice said 24 bodies had been recovered.",
    );
    let d = relations_of(&r, "disputes");
    assert_eq!(d.len(), 1, "{:?}", r.relations);
    assert_eq!(r.claims[1].figures[0].measure.as_deref(), Some("deaths"));
    // "a boy of four" is an age, not a count.
    figures("He said the youngest of the dead was a boy of four.", &[]);
}

#[test]
fn put_a_measure_at_a_figure() {
    check(
        "The commission put turnout at 71 percent.",
        &["indirect | commission | put | turnout at 71 percent"],
    );
    check(
        "Porto Limpo, a watchdog, put the revenue lost at about $60 million.",
        &["indirect | Porto Limpo | put | the revenue lost at about $60 million"],
    );
    // Not a cue without a figure after "at".
    no_claims("The council put the plan on hold.");
    no_claims("The mayor put the matter at the top of the agenda.");
}

#[test]
fn what_researchers_found() {
    check(
        "Most of the deaths were from stroke, the researchers found.",
        &["indirect | researchers | found | Most of the deaths were from stroke"],
    );
    no_claims("Police found the car near the river.");
}

#[test]
fn a_transcript_turn_is_its_speakers_and_the_hosts_questions_are_none() {
    let r = parse(
        "Interview\n\nThe programme spoke to Ama Serwaa, the health minister.\n\nHOST: Minister, how many clinics are open? Is that enough?\n\nSERWAA: About 400 clinics are open. We will open 50 more by June.\n\nHOST: Thank you.",
    );
    let attributed: Vec<_> = r
        .claims
        .iter()
        .filter(|c| c.kind.as_str() != "unattributed")
        .collect();
    assert_eq!(attributed.len(), 1, "{:?}", r.claims);
    let c = attributed[0];
    assert_eq!(r.claimant_name(c).as_deref(), Some("Ama Serwaa"));
    assert_eq!(c.kind.as_str(), "direct");
    assert_eq!(c.content.len(), 2);
    assert_eq!(c.figures.len(), 2);
    // Nothing of the host's is a claim, not even of the report's own.
    assert!(
        r.claims.iter().all(
            |c| !r.slice(c.sentence).contains("HOST") && !r.slice(c.sentence).contains("Thank")
        ),
        "{:?}",
        r.claims
    );
}

#[test]
fn a_recorded_clip_in_a_transcript_is_its_speakers() {
    let r = parse(
        "HOST: Good evening.\n\nREPORTER: The harbour master, Tomas Weller, spoke to us this morning.\n\nWELLER (recorded): Three ships ran aground in the night. Nobody was hurt.\n\nOKONJO (on tape): The port was never safe.",
    );
    let clip = r
        .claims
        .iter()
        .find(|c| r.slice(c.sentence).contains("Three ships"))
        .expect("the clip is a claim");
    assert_eq!(r.claimant_name(clip).as_deref(), Some("Tomas Weller"));
    assert_eq!(clip.kind.as_str(), "direct");
    let other = r
        .claims
        .iter()
        .find(|c| r.slice(c.sentence).contains("never safe"))
        .expect("the second clip is a claim");
    assert_eq!(r.claimant_name(other).as_deref(), Some("OKONJO"));
    // A note in capitals is no clip: "NOTE (updated): …" is page furniture.
    no_claims("NOTE (updated): The figures were revised on Monday.");
}

#[test]
fn an_organisation_named_after_the_lead_is_the_one_the_lead_described() {
    let r = parse(
        "At least 30 miners are trapped, a federation of mining unions said on Monday.\n\nThe Federation of Mine Workers in Teruna (FMWT) said rescuers had reached the second shaft.\n\nThe federation said it would strike on Friday.",
    );
    let names: Vec<_> = r
        .claims
        .iter()
        .map(|c| r.claimant_name(c).unwrap_or_default())
        .collect();
    assert_eq!(
        names,
        [
            "Federation of Mine Workers in Teruna",
            "Federation of Mine Workers in Teruna",
            "Federation of Mine Workers in Teruna"
        ]
    );
    // A person described in the lead is no organisation named later.
    let r = parse(
        "Prices will rise, a union official said.\n\nThe National Union of Bakers (NUB) said bread would cost more.",
    );
    assert_ne!(
        r.claimant_name(&r.claims[0]).as_deref(),
        Some("National Union of Bakers")
    );
    // Another noun: no takeover.
    let r = parse(
        "Prices will rise, a coalition of shops said.\n\nThe National Union of Bakers (NUB) said bread would cost more.",
    );
    assert_eq!(
        r.claimant_name(&r.claims[0]).as_deref(),
        Some("coalition of shops")
    );
}

#[test]
fn a_preposition_opening_a_sentence_is_no_part_of_a_name() {
    let r = parse(
        "\"We were never told,\" said the harbour master, Ilse Moreau.\n\nFor Moreau, the inquiry came too late. The port had lost 40 jobs, she said.",
    );
    assert!(
        r.entities.iter().all(|e| !e.name.starts_with("For ")),
        "{:?}",
        r.entities
    );
    let last = r.claims.last().expect("a claim");
    assert_eq!(r.claimant_name(last).as_deref(), Some("Ilse Moreau"));
}

#[test]
fn a_range_after_a_dateline_keeps_its_low_end() {
    figures(
        "TUNIS, Sept. 12 - Between 300 and 350 people have been held, the group said.",
        &["Between 300 and 350 people = 300 exact"],
    );
}

#[test]
fn about_a_round_figure_is_within_a_tenth_and_alternatives_span_their_values() {
    // "about 400" against "450 or 500": a dispute.
    let r = parse("Norvale Lines said it would cut about 400 jobs. The Dockworkers Union said 450 or 500 posts would go.");
    assert_eq!(relations_of(&r, "disputes").len(), 1, "{:?}", r.relations);
    // "about 400" against "420": the same count, told roughly.
    let r = parse("Norvale Lines said it would cut about 400 jobs. The Dockworkers Union said 420 posts would go.");
    assert!(relations_of(&r, "disputes").is_empty(), "{:?}", r.relations);
}

#[test]
fn a_share_is_not_a_count_to_dispute() {
    let r = parse(
        "The study says at least 174,000 people died. Dr Lena Kabir said children accounted for about 9 percent of the deaths.\n\nThe ministry said the study overstated the toll.",
    );
    let d = relations_of(&r, "disputes");
    assert_eq!(d.len(), 1, "{:?}", r.relations);
    assert_eq!(d[0].to, r.claims[0].id);
}

#[test]
fn a_count_disputed_where_its_claimant_first_gave_it() {
    let r = parse(
        "Dr Samir Haddad said 40 people were killed.\n\n\"We have counted 40 bodies,\" Haddad told reporters.\n\nThe United Nations said its staff had counted 46 dead.",
    );
    let d = relations_of(&r, "disputes");
    assert_eq!(d.len(), 1, "{:?}", r.relations);
    assert_eq!((d[0].from, d[0].to), (Some(r.claims[2].id), r.claims[0].id));
}

#[test]
fn the_party_and_the_london_based_group_refer_back() {
    for (text, name) in [
        (
            "Civic Rights Watchers (CRW) said 190 people died. The London-based group said most had been shot.",
            "Civic Rights Watchers",
        ),
        (
            "The opposition Alliance for Change (AFC) rejected the count. The party said its agents saw fraud.",
            "Alliance for Change",
        ),
    ] {
        let r = parse(text);
        let names: Vec<String> = r.claims.iter().filter_map(|c| r.claimant_name(c)).collect();
        assert_eq!(names, [name, name], "{text}");
    }
}

#[test]
fn the_report_a_group_presented_speaks_for_the_group() {
    let r = parse(
        "The Coastal Detention Monitor (CDM) said 300 people were held.\n\nIn a 48-page report presented in Tunis, the group said 40 detainees were beaten.\n\nAccording to the report, a student was held for 23 days.",
    );
    let names: Vec<String> = r.claims.iter().filter_map(|c| r.claimant_name(c)).collect();
    assert_eq!(names, ["Coastal Detention Monitor"; 3]);
}

#[test]
fn no_evidence_of_what_a_claim_alleged_points_at_it() {
    let r = parse(
        "The party said turnout had been pushed above 95 percent by ballot stuffing.\n\nThere was \"no evidence whatsoever\" of ballot stuffing, the chairwoman, Esther Banda, told reporters.",
    );
    let ne = relations_of(&r, "no_evidence");
    assert_eq!(ne.len(), 1, "{:?}", r.relations);
    assert_eq!(
        (ne[0].from, ne[0].to),
        (Some(r.claims[1].id), r.claims[0].id)
    );
    // Evidence of something nobody alleged points at nothing.
    let r = parse(
        "The party said turnout had been pushed above 95 percent.\n\nThere was no evidence of ballot stuffing, the chairwoman, Esther Banda, told reporters.",
    );
    assert!(
        relations_of(&r, "no_evidence").is_empty(),
        "{:?}",
        r.relations
    );
}

#[test]
fn shares_of_the_vote_dispute_only_for_the_same_candidate() {
    let r = parse(
        "The commission said President Ada Mensah won 54.6 percent of the vote.\n\nThe opposition party said its tally showed Mensah with no more than 48 percent of the vote.",
    );
    assert_eq!(relations_of(&r, "disputes").len(), 1, "{:?}", r.relations);
    let r = parse(
        "The commission said President Ada Mensah won 54.6 percent of the vote.\n\nThe opposition party said its candidate, Kofi Boateng, won 40 percent of the vote.",
    );
    assert!(relations_of(&r, "disputes").is_empty(), "{:?}", r.relations);
}

#[test]
fn a_spokeswoman_for_a_body_named_later_is_one_person() {
    let r = parse(
        "A spokeswoman for the company said it had received no complaint.\n\nThe spokeswoman, Lucia Ferrer, said the shaft was sealed.",
    );
    let names: Vec<String> = r.claims.iter().filter_map(|c| r.claimant_name(c)).collect();
    assert_eq!(names, ["Lucia Ferrer", "Lucia Ferrer"]);
    // Another role named later is another person.
    let r = parse(
        "A spokeswoman for the company said it had received no complaint.\n\nThe engineer, Lucia Ferrer, said the shaft was sealed.",
    );
    let names: Vec<String> = r.claims.iter().filter_map(|c| r.claimant_name(c)).collect();
    assert_eq!(names, ["spokeswoman for the company", "Lucia Ferrer"]);
}

#[test]
fn the_trapped_and_those_under_the_rubble_are_missing_and_an_estimate_at_its_top_disputes() {
    // "Trapped" and "under the rubble" count the missing; "41 men" and
    // "20 others" count the same people.
    assert_eq!(
        disputes("Nine workers were killed and 20 others were trapped, the operator said.\n\nThe union said 41 men were still missing."),
        ["c2 -> c1"]
    );
    // "As many as 70" is the speaker's estimate at its top, against 30 or 35.
    assert_eq!(
        disputes("The agency said 30 or 35 people were still missing.\n\nA relief group said as many as 70 people could still be under the rubble."),
        ["c2 -> c1"]
    );
    // "No more than 70" is a bound that 30 or 35 meets.
    assert!(disputes("The agency said 30 or 35 people were still missing.\n\nA relief group said no more than 70 people could still be under the rubble.").is_empty());
}

#[test]
fn dead_said_to_be_unarmed_are_civilians_against_fighters() {
    assert_eq!(
        disputes("\"We have counted 31 bodies. Not one of them was carrying a weapon,\" the mayor said.\n\nThe army said at least 18 insurgents were killed in the raid."),
        ["c2 -> c1"]
    );
    assert!(disputes("\"We have counted 31 bodies,\" the mayor said.\n\nThe army said at least 18 insurgents were killed in the raid.").is_empty());
}

#[test]
fn saying_a_count_leaves_people_out_or_is_too_high_disputes_it() {
    // The coordinator speaks for the charity: the charity's own estimate is
    // not what he doubts.
    assert_eq!(
        disputes("The Interior Ministry said 64 people had died.\n\nThe charity Dry Rivers Trust estimated that more than 150 people had died. \"The official figures include only those who reach a hospital,\" said Omar Haidari, the charity's director."),
        ["c2 -> c1", "c3 -> c1"]
    );
    assert_eq!(
        disputes("A university study says at least 9,000 people died of heat stroke.\n\nA statistician, Ines Baal, said the study's total was probably too high."),
        ["c2 -> c1"]
    );
    // No count named, nothing to dispute.
    assert!(disputes("A university study says at least 9,000 people died of heat stroke.\n\nA statistician, Ines Baal, said the summer was probably too hot.").is_empty());
}

#[test]
fn a_representative_of_a_body_named_before_is_on_its_side() {
    let r = parse(
        "The Union of Dock Workers said 300 jobs would go.\n\n\"The company is shrinking the number,\" said Per Holm, the union's treasurer.",
    );
    let union = r
        .entities
        .iter()
        .find(|e| e.name == "Union of Dock Workers")
        .unwrap();
    let holm = r.entities.iter().find(|e| e.name == "Per Holm").unwrap();
    assert_eq!(holm.affiliation, Some(union.id));
    assert!(relations_of(&r, "disputes").is_empty(), "{:?}", r.relations);
    // "A ministry spokesman" speaks for the ministry named before.
    let r = parse(
        "The Ministry of Labour said 120 people were detained.\n\nA ministry spokesman, Ali Rami, said the figures of the monitors were wrong.",
    );
    let ministry = r
        .entities
        .iter()
        .find(|e| e.name == "Ministry of Labour")
        .unwrap();
    let rami = r.entities.iter().find(|e| e.name == "Ali Rami").unwrap();
    assert_eq!(rami.affiliation, Some(ministry.id));
}

#[test]
fn a_report_called_wrong_on_the_numbers_disputes_its_first_count() {
    assert_eq!(
        disputes("The Coastal Rights Monitor (CRM) said between 200 and 250 people had been held without charge. It said at least 30 detainees had been beaten.\n\nThe Interior Ministry said 90 people were in detention. A ministry spokesman, Ali Rami, said the report was \"wrong on the numbers\"."),
        ["c3 -> c1", "c4 -> c1"]
    );
}

#[test]
fn calling_what_was_denied_invented_denies_it_again() {
    assert_eq!(
        disputes("Senator Hal Pryce said the premier had offered two ministries for their votes.\n\nA cabinet spokeswoman, Eva Lind, denied that any post had been offered. \"Mr Pryce says seats are for sale. That is simply invented,\" she said."),
        ["c2 -> c1", "c3 -> c1"]
    );
}

#[test]
fn a_sum_cut_down_to_a_bound_disputes_a_larger_one() {
    assert_eq!(
        disputes("The judge ruled that Ivo Brand had taken at least $2.8 million in bribes.\n\nHis lawyer said investigators had traced no more than $150,000 to his accounts."),
        ["c2 -> c1"]
    );
    // A bound the other sum meets, another currency, or only "only": none.
    assert!(disputes("The judge ruled that Ivo Brand had taken at least $2.8 million in bribes.\n\nHis lawyer said investigators had traced no more than $3 million to his accounts.").is_empty());
    assert!(disputes("The judge ruled that Ivo Brand had taken at least $2.8 million in bribes.\n\nHis lawyer said investigators had traced no more than 150,000 euros to his accounts.").is_empty());
    assert!(disputes("The campaign said it spent $2.5 million on television.\n\nIts rivals said they spent only $1 million on radio.").is_empty());
}

#[test]
fn turnout_disputes_only_for_the_same_scope() {
    // Both told of some districts: a dispute.
    assert_eq!(
        disputes("The opposition said turnout in several districts had been pushed above 90 percent by ballot stuffing.\n\nThe commission's chairman, Ivo Tane, said the highest turnout in any district was 78 percent."),
        ["c2 -> c1"]
    );
    // Districts against the whole country: none.
    assert!(disputes("The commission put turnout at 64 percent.\n\nThe opposition said turnout in several districts had been pushed above 90 percent.").is_empty());
    // A rate of unemployment is often a goal or of another month: none.
    assert!(disputes("The ministry said unemployment fell to 4.1 percent in May.\n\nThe senator said she would bring unemployment down to 3 percent.").is_empty());
}

#[test]
fn rejecting_the_results_disputes_the_first_count_given() {
    assert_eq!(
        disputes("The commission said President Lea Moro won 55 percent of the vote. Her rival, Ben Ode of the Civic Front, took 38 percent, it said.\n\nThe Civic Front rejected the results as \"rigged\"."),
        ["c3 -> c1"]
    );
    // With its own count after it in the sentence, that count disputes.
    assert_eq!(
        disputes("The agency said 85 people had died.\n\nThe minister disputed the figures, saying only 40 people had died."),
        ["c3 -> c1"]
    );
}

#[test]
fn missing_evidence_of_what_a_recent_claim_told_points_at_that_claim() {
    // The sentence's subject is the government; what lacks evidence is
    // what the president told.
    let r = parse(
        "The government put the death toll at 80.\n\nPresident Ode Marr said the riots were a coup in which foreign-trained gunmen attacked the airport.\n\nHis government has produced no evidence that foreign fighters took part.",
    );
    let ne = relations_of(&r, "no_evidence");
    assert_eq!(ne.len(), 1, "{:?}", r.relations);
    assert_eq!(ne[0].to, r.claims[1].id);
    // Nothing told of it before: the sentence's subject's claim.
    let r = parse(
        "The government put the death toll at 80.\n\nHis government has produced no evidence that foreign fighters took part.",
    );
    let ne = relations_of(&r, "no_evidence");
    assert_eq!(ne.len(), 1, "{:?}", r.relations);
    assert_eq!(ne[0].to, r.claims[0].id);
}

#[test]
fn a_bound_disputes_a_floor_not_a_plain_sum() {
    assert!(disputes("The institute said the plan would raise $450 billion.\n\nA rival group said families earning less than $200,000 would pay nothing more.").is_empty());
}

#[test]
fn a_body_described_with_a_relative_clause_is_an_organisation_and_keeps_its_noun() {
    let r = parse(
        "Sabana Aid, a volunteer network that was first to reach the town, said 20 people had died. It said 90 homes were destroyed.\n\nThe weather agency said more rain would fall on Friday.",
    );
    let names: Vec<String> = r.claims.iter().filter_map(|c| r.claimant_name(c)).collect();
    assert_eq!(names, ["Sabana Aid", "Sabana Aid", "weather agency"]);
    // The body's own noun still refers back to it.
    let r = parse(
        "Sabana Aid, a volunteer network that was first to reach the town, said 20 people had died.\n\nThe network said 90 homes were destroyed.",
    );
    let names: Vec<String> = r.claims.iter().filter_map(|c| r.claimant_name(c)).collect();
    assert_eq!(names, ["Sabana Aid", "Sabana Aid"]);
}

#[test]
fn a_role_of_a_body_named_by_a_common_noun_keeps_its_possessor() {
    let r = parse("Six workers were hurt, the factory's owner said.");
    assert_eq!(
        r.claimant_name(&r.claims[0]).as_deref(),
        Some("factory's owner")
    );
    let r = parse("According to the attorney general's office, 300 people were charged.");
    assert_eq!(
        r.claimant_name(&r.claims[0]).as_deref(),
        Some("attorney general's office")
    );
    // A named possessor stays the affiliation: the role alone is the name.
    let r = parse("Amnesty's researcher said 12 people had been held.");
    assert_eq!(r.claimant_name(&r.claims[0]).as_deref(), Some("researcher"));
}

#[test]
fn a_figure_called_fantasy_by_its_owners_description_is_disputed() {
    assert_eq!(
        disputes("The finance minister, Ida Morn, said the levy would raise about $2 billion a year.\n\nAn opposition lawmaker, Teo Raal, called the minister's figure \"fantasy\"."),
        ["c2 -> c1"]
    );
    // Called fantasy without a figure named: nothing.
    assert!(disputes("The finance minister, Ida Morn, said the levy would raise about $2 billion a year.\n\nAn opposition lawmaker, Teo Raal, called the minister's plan \"fantasy\".").is_empty());
}

#[test]
fn a_bound_disputes_a_plain_sum_within_ten_times_it() {
    assert_eq!(
        disputes("The minister said the levy would raise about $1.5 billion a year.\n\nThe mining chamber said it would bring in no more than $500 million a year."),
        ["c2 -> c1"]
    );
    // An estimate at its top is no sum to bound.
    assert!(disputes("The minister said small firms could deduct up to $1 million.\n\nThe chamber said firms earning less than $300,000 would gain nothing.").is_empty());
}

#[test]
fn a_range_of_a_sum_disputes_a_larger_sum_of_the_other_side() {
    assert_eq!(
        disputes("The treasury said the sale would bring in about $3 billion.\n\nAn economist at Rell Bank, Oona Vik, said a fair price was between $1.2 billion and $1.8 billion."),
        ["c2 -> c1"]
    );
    // A sum inside the range: no dispute.
    assert!(disputes("The treasury said the sale would bring in about $1.5 billion.\n\nAn economist at Rell Bank, Oona Vik, said a fair price was between $1.2 billion and $1.8 billion.").is_empty());
    // "from … to …" is a change, not a range of estimates.
    assert!(disputes("The governor said the wage would rise to about $18 an hour.\n\nHer rival, Ed Pauls, said he would raise it from $9 to $12.").is_empty());
}

#[test]
fn numbers_said_to_rest_on_an_assumption_are_disputed() {
    assert_eq!(
        disputes("The transport minister, Lia Benn, said the new toll would raise about $400 million a year.\n\nThe hauliers' federation said the minister's numbers \"assume that no lorry takes another road\"."),
        ["c2 -> c1"]
    );
    // An estimate called exaggerated.
    assert_eq!(
        disputes("The transport minister, Lia Benn, said the new toll would raise about $400 million a year.\n\nThe hauliers' federation said the minister's estimate was exaggerated."),
        ["c2 -> c1"]
    );
    // The same words about a plan, with no figure named: nothing.
    assert!(disputes("The transport minister, Lia Benn, said the new toll would raise about $400 million a year.\n\nThe hauliers' federation said the minister's plan would assume too much.").is_empty());
}

#[test]
fn a_figure_named_by_its_owner_is_the_owners_headline_figure() {
    // "the minister's figure" is her first sum, not the share she gave
    // later about something else.
    assert_eq!(
        disputes("The finance minister, Ida Morn, said the levy would raise about $2 billion a year.\n\nThe mining chamber said firms already paid 40 percent of their profits in tax. Morn said the effective rate was closer to 20 percent.\n\nAn opposition lawmaker, Teo Raal, called the minister's figure \"fantasy\"."),
        ["c4 -> c1"]
    );
    // "the charity's death toll": of its claims, the count of the dead.
    assert_eq!(
        disputes("A medical charity, Helpline Relief, said it had treated 900 patients since March. The charity said 52 of its patients had died.\n\nThe health ministry said the charity's death toll was not credible."),
        ["c3 -> c2"]
    );
}

#[test]
fn the_company_is_the_business_the_report_named_paragraphs_before() {
    let r = parse("Dravo Components, one of the country's largest makers of gearboxes, said on Monday it would cut 800 jobs.\n\nThe cuts were announced at the main plant.\n\nWorkers gathered outside the gates.\n\nThe Steelworkers' Federation (SWF) said the real number was nearer 1,200.\n\nA regional official said talks would begin next week.\n\nThe mayor said the town would struggle.\n\nIn a statement, the company rejected the union's figures.");
    let last = r.claims.last().unwrap();
    assert_eq!(r.claimant_name(last).as_deref(), Some("Dravo Components"));
    // "one of … makers of gearboxes" describes a company, not a person.
    let e = r.claims[0]
        .claimant
        .as_ref()
        .and_then(|c| c.entity)
        .and_then(|e| r.entity(e))
        .unwrap();
    assert_eq!(e.kind.as_str(), "organization");
    // "The company" is never the newspaper that reported something.
    let r = parse("The Daily Herald reported on Monday that the plant would close.\n\nThe company said it had no plans to close it.");
    assert_ne!(
        r.claimant_name(&r.claims[1]).as_deref(),
        Some("Daily Herald")
    );
}

#[test]
fn land_burned_and_homes_destroyed_are_counts_that_disputes_compare() {
    assert_eq!(
        disputes("The fire service said the blaze had burned 12,000 hectares and destroyed 90 homes.\n\nThe farmers' union said at least 20,000 hectares had burned."),
        ["c2 -> c1"]
    );
    // Counts that can both hold: no dispute.
    assert!(disputes("The fire service said the blaze had burned 12,000 hectares and destroyed 90 homes.\n\nThe farmers' union said at least 9,000 hectares had burned.").is_empty());
}

#[test]
fn a_relative_clause_may_run_past_a_list_and_hold_a_number() {
    let r = parse("The company, which makes gearboxes, axles and columns and employs 900 people, said most jobs would go.");
    assert_eq!(r.claims.len(), 1);
    assert_eq!(r.claims[0].kind.as_str(), "indirect");
    assert_eq!(r.claimant_name(&r.claims[0]).as_deref(), Some("company"));
    // A number in an apposition with no relative clause is still no role.
    let r = parse("The mayor, 12 Elm Street, said nothing would change.");
    assert_ne!(r.claimant_name(&r.claims[0]).as_deref(), Some("mayor"));
}

#[test]
fn a_company_and_its_chief_executive_are_one_side() {
    // "Dravo's chief executive" speaks for Dravo Components: her "5,000
    // jobs at risk" is no dispute of the company's cut, and an analyst's
    // count disputes the company's first figure.
    assert_eq!(
        disputes("Dravo Components, one of the largest makers of gearboxes, said it would cut 800 jobs.\n\n\"We had no choice. We put all 5,000 jobs at risk,\" Ana Ruiz, Dravo's chief executive, said.\n\nAn analyst at Brell Bank, Tom Osk, said Dravo would have to shed between 1,500 and 2,000 jobs."),
        ["c3 -> c1"]
    );
    // A possessive person is no side: "Ruiz's rival" is not with Ruiz.
    assert_eq!(
        disputes(
            "Ana Ruiz said 800 jobs would go.\n\nRuiz's rival, Tom Osk, said 2,000 jobs would go."
        ),
        ["c2 -> c1"]
    );
}

#[test]
fn an_occasion_ends_a_rejection_before_the_participle_that_follows() {
    let r = parse("The spokeswoman, Ana Ruiz, rejected the CLO's figures at a news conference on Thursday, saying the group was inventing numbers.");
    let contents: Vec<&str> = r.claims.iter().map(|c| r.slice(c.content[0])).collect();
    assert_eq!(contents[0], "the CLO's figures");
    assert_eq!(contents[1], "the group was inventing numbers");
    // A verb of its own before the occasion keeps the occasion in: "said
    // she would speak at a rally".
    let r = parse(
        "The mayor said she would speak at a rally on Friday, adding that the plan was fair.",
    );
    assert_eq!(
        r.slice(r.claims[0].content[0]),
        "she would speak at a rally on Friday"
    );
}

#[test]
fn she_after_a_sentence_opened_by_a_role_and_a_name_is_that_person() {
    let r = parse("The fire service said 200 homes burned.\n\n\"It is out,\" the service's chief, Ben Strano, told reporters. He said crews had mapped it.\n\nThe region's governor, Ilse Rovane, gave a far larger estimate on Thursday. She said more than 400 homes had burned.");
    let last = r.claims.last().unwrap();
    assert_eq!(r.claimant_name(last).as_deref(), Some("Ilse Rovane"));
    // Without the name after the role, the pronoun keeps to the last
    // speaker named.
    let r = parse("The fire service said 200 homes burned.\n\n\"It is out,\" the service's chief, Ben Strano, told reporters. He said crews had mapped it.\n\nThe morning was calm. He said more than 400 homes had burned.");
    let last = r.claims.last().unwrap();
    assert_eq!(r.claimant_name(last).as_deref(), Some("Ben Strano"));
}

#[test]
fn a_count_of_arrests_disputes_a_count_of_people_arrested() {
    assert_eq!(
        disputes("Police arrested 300 people over the weekend, the ministry said.\n\nA monitoring group said it had recorded at least 900 arrests."),
        ["c2 -> c1"]
    );
    // Those still held are not all those arrested: no dispute between 300
    // arrested and 40 still in custody, but one between two counts of
    // those still held.
    assert!(disputes("Police arrested 300 people over the weekend, the ministry said.\n\nA lawyer, Ivo Marsh, said 40 people remained in custody.").is_empty());
    assert_eq!(
        disputes("A lawyer, Ivo Marsh, said 40 people remained in custody.\n\nThe city's police chief said only 12 people were still being held."),
        ["c2 -> c1"]
    );
    // More held than ever arrested disputes the count of arrests, unless
    // the same side gave a count of those held: then that one.
    assert_eq!(
        disputes("Police arrested 300 people, the ministry said.\n\nA lawyer, Ivo Marsh, said at least 600 people were still being held."),
        ["c2 -> c1"]
    );
    assert_eq!(
        disputes("Police arrested 300 people, the ministry said. The ministry said 19 people remained in custody.\n\nA lawyer, Ivo Marsh, said at least 600 people were still being held."),
        ["c3 -> c2"]
    );
}

#[test]
fn land_burned_is_compared_whatever_grew_on_it() {
    assert_eq!(
        disputes("The fire service said the blaze had burned 9,000 hectares of forest and pasture.\n\nThe farmers' union said at least 14,000 hectares had burned."),
        ["c2 -> c1"]
    );
}

#[test]
fn a_bare_count_of_jobs_lost_is_compared_with_jobs_cut() {
    assert_eq!(
        disputes("Halvorsen Steel said it would cut 600 jobs.\n\nThe union said the real number of jobs lost would be close to 1,100 once contractors were counted."),
        ["c2 -> c1"]
    );
    // Jobs at risk are not jobs cut.
    assert!(disputes("Halvorsen Steel said it would cut 600 jobs.\n\nThe union said the cut put all 4,000 jobs at risk.").is_empty());
}

#[test]
fn a_minister_speaks_for_the_ministry() {
    // "Interior Minister Ana Velk" after "the interior ministry": one side,
    // so her count does not dispute the ministry's.
    assert!(disputes("Police arrested 300 people, the interior ministry said.\n\nInterior Minister Ana Velk said only 250 people had been arrested.").is_empty());
    // A prime minister heads no ministry.
    assert_eq!(
        disputes("Police arrested 300 people, the interior ministry said.\n\nPrime Minister Ana Velk said only 250 people had been arrested."),
        ["c2 -> c1"]
    );
}

#[test]
fn a_denied_count_is_not_the_speakers_own() {
    // "denied that 500 people were held": the lawyer's count is denied,
    // not given again; the denial disputes the lawyer's claim.
    assert_eq!(
        disputes("The ministry said 20 people remained in custody.\n\nA lawyer, Ivo Marsh, said 500 people were still being held.\n\nA police spokesman, Tom Reyk, denied that hundreds of people remained in custody."),
        ["c2 -> c1", "c3 -> c2"]
    );
}

#[test]
fn a_doubt_about_ones_own_count_disputes_nobody() {
    assert!(disputes("The ministry said 40 protesters had been injured.\n\nThe rights group said at least 90 protesters had been injured. \"Our own count is certainly too low,\" its director said.").iter().all(|d| !d.starts_with("c3 ")));
    assert!(disputes("The ministry said 40 protesters had been injured.\n\n\"The ministry's count is certainly too low,\" a doctor, Ana Velk, said.").contains(&"c2 -> c1".to_string()));
}

#[test]
fn a_figure_for_a_named_thing_is_the_claim_that_tells_of_it() {
    // "the governor's figure for insured losses" is her claim about those
    // losses, not her first count.
    let r = parse("The governor, Ilse Rovane, said 20,000 hectares had burned. She said insured losses would be more than $250 million.\n\nAn insurers' group said the governor's figure for insured losses does not match what its adjusters see.");
    let d: Vec<String> = r
        .relations
        .iter()
        .filter(|x| x.kind.as_str() == "disputes")
        .map(|x| x.to.label())
        .collect();
    assert_eq!(d, ["c2"], "{:?}", r.relations);
}

#[test]
fn rejected_figures_are_all_the_counts_of_that_side_and_the_reasons_too() {
    // "rejected the CLO's figures" disputes the group's count of arrests
    // and its count of injured, and "saying …" after it disputes them too.
    assert_eq!(
        disputes("The ministry said 300 people were arrested and 20 protesters were injured.\n\nThe Civic Liberties Observatory (CLO) said it had recorded at least 900 arrests. The CLO said at least 150 protesters had been injured.\n\nA government spokeswoman, Ana Velk, rejected the CLO's figures, saying the group was inventing numbers."),
        ["c2 -> c1", "c3 -> c1", "c4 -> c2", "c4 -> c3", "c5 -> c2", "c5 -> c3"]
    );
    // "The CLO's figure" is one of them.
    assert_eq!(
        disputes("The ministry said 300 people were arrested.\n\nThe Civic Liberties Observatory (CLO) said it had recorded at least 900 arrests. The CLO said at least 150 protesters had been injured.\n\nA government spokeswoman, Ana Velk, rejected the CLO's figure.")
            .iter()
            .filter(|d| d.starts_with("c4 "))
            .count(),
        1
    );
}

#[test]
fn the_union_is_not_the_company() {
    let r = parse(
        "Halvorsen Steel said it would cut 600 jobs.\n\nThe union said 1,100 jobs would be lost.",
    );
    assert_eq!(r.claimant_name(&r.claims[1]).as_deref(), Some("union"));
    // A union named before is.
    let r = parse(
        "The Union of Steel Workers said 1,100 jobs would go.\n\nThe union said it would strike.",
    );
    assert_eq!(
        r.claimant_name(&r.claims[1]).as_deref(),
        Some("Union of Steel Workers")
    );
}

#[test]
fn figures_called_out_of_date_and_the_denial_that_answers() {
    // A doctor calls the ministry's figures out of date (telling of
    // villages too, which are no count in dispute); the minister denies
    // that, which answers the doctor's claim, not her count of the dead.
    let input = "The health ministry said 38 people had died of cholera.\n\nA district doctor, Joseph Abanda, said 44 people had died in his district alone. He said the ministry's figures were weeks out of date and that three villages had no clean water.\n\nHealth Minister Ana Velk denied that the ministry's figures were out of date.";
    let d = disputes(input);
    assert!(d.contains(&"c3 -> c1".to_string()), "{d:?}");
    assert!(d.contains(&"c4 -> c3".to_string()), "{d:?}");
    assert!(!d.contains(&"c4 -> c2".to_string()), "{d:?}");
}

#[test]
fn people_driven_from_their_homes_are_displaced() {
    // The count after "killed and" has a verb of its own; losing one's
    // home, or being driven from it, is being displaced.
    figures_with_measures(
        "At least 12 people were killed and about 3,000 were driven from their homes when the river burst its banks, the regional council said.",
        &["At least 12 people = deaths", "about 3,000 = displaced people"],
    );
    figures_with_measures(
        "A local priest said more than 5,000 people had lost their homes.",
        &["more than 5,000 people = displaced people"],
    );
    // Two sides' counts of the displaced dispute each other.
    assert_eq!(
        disputes("About 3,000 people were driven from their homes, the regional council said.\n\nThe aid group Open Hands said between 7,000 and 8,000 people had been displaced."),
        ["c2 -> c1"]
    );
}

#[test]
fn refugees_taken_in_are_a_policy_not_a_disputed_count() {
    // A goal of admitting refugees and the number admitted are no dispute.
    assert!(disputes("The ministry said it had reached its goal of accepting 8,000 refugees.\n\nA newspaper, the Daily Ledger, reported that the country had accepted 9,250 refugees.").is_empty());
}

#[test]
fn saying_what_anothers_count_is_disputes_it() {
    // "X's figure is …", said by another side, takes the count down.
    assert_eq!(
        disputes("The interior ministry said 85 people had died in the storm.\n\nA spokesman for the Red Crescent, Omar Fares, said the ministry's figure was \"a count of hospital deaths, not of the dead\"."),
        ["c2 -> c1"]
    );
    assert_eq!(
        disputes("The interior ministry said 85 people had died in the storm.\n\nThe opposition leader, Dora Vance, said the ministry's death toll was a fairy tale."),
        ["c2 -> c1"]
    );
    // Vouching for it, or telling where it came from, disputes nothing.
    assert!(disputes("The interior ministry said 85 people had died in the storm.\n\nA spokesman for the Red Crescent, Omar Fares, said the ministry's figure was accurate.").is_empty());
    assert!(disputes("The interior ministry said 85 people had died in the storm.\n\nA spokesman for the Red Crescent, Omar Fares, said the ministry's figure was based on hospital records.").is_empty());
}

#[test]
fn no_evidence_for_a_count_named_as_someones_points_at_it() {
    let r = parse(
        "The port authority said 14 people had died.\n\nA local councillor, Rui Matos, said at least 30 people had been killed.\n\nThe authority's spokesman, Leon Hart, said the councillor's death toll was \"not supported by any evidence\".",
    );
    let ne = relations_of(&r, "no_evidence");
    assert_eq!(ne.len(), 1, "{:?}", r.relations);
    assert_eq!(
        (ne[0].from, ne[0].to),
        (Some(r.claims[2].id), r.claims[1].id)
    );
}

#[test]
fn a_time_clause_after_a_trailing_speaker_is_not_the_content() {
    for input in [
        "The city will end the year with a deficit, the mayor said on Monday as she presented the budget.",
        "The city will end the year with a deficit, the mayor said while presenting the budget.",
        "The city will end the year with a deficit, the mayor said after she met the council.",
    ] {
        check(
            input,
            &["indirect | mayor | said | The city will end the year with a deficit"],
        );
    }
    // Inside the content, the clause stays: "would resume after he met".
    check(
        "The talks, the minister said, would resume after he met the envoy.",
        &["indirect | minister | said | The talks … would resume after he met the envoy"],
    );
}

#[test]
fn sums_on_one_topic_dispute_each_other() {
    // A deficit and a shortfall are one topic; crowns are money.
    assert_eq!(
        disputes("The city will end the year with a deficit of 40 million crowns, the mayor said.\n\nThe city auditor, Lea Holm, said the shortfall would be about 95 million crowns."),
        ["c2 -> c1"]
    );
    // Sums that can both hold, or of different things, are no dispute.
    assert!(disputes("The city will end the year with a deficit of 40 million crowns, the mayor said.\n\nThe city auditor, Lea Holm, said the shortfall would be about 40 million crowns.").is_empty());
    assert!(disputes("Insurers said insured losses would be about $90 million.\n\nThe farmers' union put uninsured losses at $30 million.").is_empty());
    assert!(disputes("The city will end the year with a deficit of 40 million crowns, the mayor said.\n\nThe city auditor, Lea Holm, said revenue would be about 95 million crowns.").is_empty());
}

#[test]
fn turnout_named_by_reference_or_insisted_on_is_disputed() {
    // A figure of turnout called inflated disputes the turnout given.
    assert_eq!(
        disputes("Turnout reached 71.4 percent, according to the electoral board.\n\nThe Green Party said the turnout figure had been inflated by at least 90,000 votes."),
        ["c2 -> c1"]
    );
    // "The real turnout" at another figure disputes it, even within an
    // estimate's margin.
    assert_eq!(
        disputes("Turnout reached 71.4 percent, according to the electoral board.\n\nThe Green Party's leader, Ines Moro, said the real turnout was closer to 66 percent."),
        ["c2 -> c1"]
    );
    // Without the insistence, an estimate near the figure is no dispute.
    assert!(disputes("Turnout reached 71.4 percent, according to the electoral board.\n\nThe Green Party's leader, Ines Moro, said turnout was about 70 percent.").is_empty());
}

#[test]
fn a_share_told_of_a_place_just_named_is_not_the_whole() {
    // "…, where turnout was 88 percent" is the provinces' turnout.
    assert!(disputes("Turnout reached 71.4 percent, according to the electoral board.\n\nThe Green Party said ballots had been added in two southern provinces, where the board reported turnout of more than 88 percent.").is_empty());
}

#[test]
fn a_relative_clause_with_a_number_in_an_apposition_keeps_the_speaker() {
    for input in [
        "Harbour Watch, an independent group that sent 2,400 monitors to the ports, said the checks had been thorough.",
        "Harbour Watch, a charity working in 30 countries, said the checks had been thorough.",
    ] {
        let r = parse(input);
        assert_eq!(r.claims.len(), 1, "{input}");
        assert_eq!(
            r.claimant_name(&r.claims[0]).as_deref(),
            Some("Harbour Watch"),
            "{input}"
        );
    }
    // An address between commas is still no role.
    let r = parse("Tom Hale, 14 Quay Street, said the checks had been thorough.");
    assert!(r
        .claims
        .iter()
        .all(|c| r.claimant_name(c).as_deref() != Some("Tom Hale")));
}

#[test]
fn a_count_speaks_for_its_owner() {
    let r = parse("Harbour Watch, a monitoring group, said the checks had been thorough.\n\nThe group's own sample count put the number of ships stopped at 40.");
    let last = r.claims.last().unwrap();
    assert_eq!(r.claimant_name(last).as_deref(), Some("Harbour Watch"));
}

#[test]
fn people_on_board_are_counted_and_compared() {
    figures_with_measures(
        "The navy said it had rescued 40 people and recovered six bodies.",
        // The bodies are the second figure's, even in words.
        &["40 people = ", "six bodies = deaths"],
    );
    figures_with_measures(
        "A navy spokesman said about 70 people were on board.",
        &["about 70 people = people on board"],
    );
    assert_eq!(
        disputes("A navy spokesman said about 70 people were on board.\n\nThe charity Sea Aid said the boat had carried at least 120 people."),
        ["c2 -> c1"]
    );
}

#[test]
fn a_denial_of_a_clause_denies_the_nearest_account_only() {
    let r = parse(
        "The Kell Harbour Authority said the crane had been inspected in May.\n\nA docker, Sam Orr, said the authority's figures were old.\n\nA crane driver, Ida Lenz, said engineers from the authority had been warned about cracks in the boom.\n\nThe authority denied that it had received any warning about the crane.",
    );
    let d: Vec<(String, String)> = relations_of(&r, "disputes")
        .iter()
        .map(|x| (x.from.unwrap().label(), x.to.label()))
        .collect();
    assert_eq!(
        d,
        [("c4".to_string(), "c3".to_string())],
        "{:?}",
        r.relations
    );
}

#[test]
fn no_evidence_of_what_a_recent_claim_told_in_part_points_at_it() {
    let r = parse(
        "The Liberty Front said the count had been inflated by at least 90,000 votes.\n\nThe board's chairman, Ivo Marsh, said the party had offered \"no evidence at all\" that votes had been added to the count.",
    );
    let ne = relations_of(&r, "no_evidence");
    assert_eq!(ne.len(), 1, "{:?}", r.relations);
    assert_eq!(
        (ne[0].from, ne[0].to),
        (Some(r.claims[1].id), r.claims[0].id)
    );
}

#[test]
fn a_sum_said_to_be_nothing_disputes_the_sum_given() {
    assert_eq!(
        disputes("Vela Construction said the council owed it 12 million crowns for the delays.\n\nA council spokesman, Per Lund, said the council owed Vela nothing."),
        ["c2 -> c1"]
    );
    // Nothing of another verb disputes nothing.
    assert!(disputes("Vela Construction said the council owed it 12 million crowns for the delays.\n\nA council spokesman, Per Lund, said the council had decided nothing yet.").is_empty());
}

// ---- Rebuttals: another side's account named and answered ------------------

#[test]
fn an_account_named_as_anothers_and_faulted_is_disputed() {
    // A document: "Kestrel's report".
    assert_eq!(
        disputes("Kestrel Research said Norwell Foods had inflated its sales by 300 million crowns.\n\nNorwell Foods said Kestrel's report was full of errors."),
        ["c2 -> c1"]
    );
    // A list, denied with a plain negation.
    assert_eq!(
        disputes("The ferry operator said 180 passengers were listed on the manifest.\n\nA relative, Jon Brekke, said the operator's list was not a record of who was on board."),
        ["c2 -> c1"]
    );
    // "the official figures": the state's count, whichever service gave it.
    assert_eq!(
        disputes("The Health Ministry said 41 patients had died in the outbreak.\n\nThe Doctors' Union said the official figures left out patients who died at home."),
        ["c2 -> c1"]
    );
    // Vouched for, the account is not disputed; nor is one told of without
    // a word against it.
    assert!(disputes("Kestrel Research said Norwell Foods had inflated its sales by 300 million crowns.\n\nAn auditor, Mia Sand, said Kestrel's report was accurate.").is_empty());
    assert!(disputes("The Health Ministry said 41 patients had died in the outbreak.\n\nThe Doctors' Union said the official figures came from hospital records.").is_empty());
}

#[test]
fn of_two_accounts_named_the_one_faulted_is_disputed() {
    // The speaker explains the agency's count and faults the coalition's:
    // the coalition's count is the one disputed.
    let r = parse(
        "The Relief Coalition said 2.3 million people needed food aid.\n\nThe Food Agency put the number of people in need at 1.1 million.\n\nThe agency's director, Omar Sefu, said the agency's figure came from a survey in May and that the coalition's count included people who were not hungry.",
    );
    let d: Vec<(String, String)> = relations_of(&r, "disputes")
        .iter()
        .filter(|x| x.from == Some(r.claims[2].id))
        .map(|x| (x.from.unwrap().label(), x.to.label()))
        .collect();
    assert_eq!(
        d,
        [("c3".to_string(), "c1".to_string())],
        "{:?}",
        r.relations
    );
}

#[test]
fn an_account_said_to_have_nothing_behind_it_has_no_evidence() {
    let (to, _, by_claim) = no_evidence(
        "The Farmers' League said 18,000 tonnes of grain had been lost to the floods.\n\nThe agriculture minister, Pia Lund, said the league's figure was not backed by any data.",
    );
    assert_eq!((to.as_str(), by_claim), ("c1", true));
    // Of the company's claims, the one about what the figure is for.
    let r = parse(
        "Orvane Therapeutics said its drug cut hospital admissions by 38 percent.\n\nThe company said the trial had enrolled 1,840 patients.\n\nThe Medicines Agency said it had seen no data that would support the company's figure for hospital admissions.",
    );
    let ne = relations_of(&r, "no_evidence");
    assert_eq!(ne.len(), 1, "{:?}", r.relations);
    assert_eq!(
        (ne[0].from, ne[0].to),
        (Some(r.claims[2].id), r.claims[0].id)
    );
}

#[test]
fn how_another_side_counted_said_to_be_wrong_disputes_its_count() {
    assert_eq!(
        disputes("The Ministry of Labour said 2,100 workers had lost their jobs.\n\nThe Garment Workers' Union said the ministry counted only workers with written contracts."),
        ["c2 -> c1"]
    );
    assert_eq!(
        disputes("Tarvo Pharma said 71 percent of patients improved on the drug.\n\nAn independent doctor, Ilse Berg, said they counted only the patients who finished the trial."),
        ["c2 -> c1"]
    );
    // A count told without fault disputes nothing.
    assert!(disputes("The Ministry of Labour said 2,100 workers had lost their jobs.\n\nThe Garment Workers' Union said the ministry counted the workers on Monday.").is_empty());
}

#[test]
fn a_company_named_after_its_description_speaks_as_itself() {
    let r = parse(
        "A new drug cut hospital stays by a third, its maker, Orvane Therapeutics, said on Monday.\n\nThe company said the trial had enrolled 900 patients.",
    );
    let names: Vec<String> = r
        .claims
        .iter()
        .map(|c| r.claimant_name(c).unwrap_or_default())
        .collect();
    assert_eq!(names, ["Orvane Therapeutics", "Orvane Therapeutics"]);
}

#[test]
fn the_organisation_called_by_its_head_noun_paragraphs_after_it_spoke() {
    let r = parse(
        "More than two million people need food aid, a coalition of relief agencies said on Thursday.\n\nThe Coalition of Aid Agencies in Varo (CAAV) said the harvest had failed in four provinces.\n\nThe government's Food Security Agency (FSA) put the number in need at 900,000.\n\nIts director, Jonas Pell, said the agency's survey was the most careful yet.\n\n\"Nobody is starving,\" Pell told state radio.\n\nPell said the government had delivered 52,000 tonnes of grain since March.\n\nThe coalition said its teams had recorded deliveries of about 18,000 tonnes.",
    );
    let last = r.claims.last().unwrap();
    assert_eq!(
        r.claimant_name(last).as_deref(),
        Some("Coalition of Aid Agencies in Varo"),
        "{:?}",
        r.claims
    );
}

#[test]
fn a_count_restated_as_anothers_and_faulted_disputes_the_claim_that_gave_it() {
    let r = parse(
        "The Relief Coalition said three dry seasons had killed an estimated 40 per cent of the herds.\n\nThe coalition said its teams had recorded deliveries of about 18,000 tonnes of grain.\n\nA ministry spokeswoman, Ana Pik, said the coalition's figure of 18,000 tonnes counted only grain moved by charities.",
    );
    let d: Vec<(String, String)> = relations_of(&r, "disputes")
        .iter()
        .map(|x| (x.from.unwrap().label(), x.to.label()))
        .collect();
    assert_eq!(
        d,
        [("c3".to_string(), "c2".to_string())],
        "{:?}",
        r.relations
    );
}

#[test]
fn a_bare_number_set_against_a_count_counts_the_same() {
    figures_with_measures(
        "Witnesses said they heard between eight and ten shots, not two.",
        &["between eight and ten shots = shots", "two = shots"],
    );
    // Restated to be denied, it disputes the claim that gave it.
    assert_eq!(
        disputes("Police said officers fired two warning shots into the air.\n\nA shop owner, Lia Dorn, said she heard eight shots, not two."),
        ["c2 -> c1"]
    );
    // Every account of the count it restates.
    assert_eq!(
        disputes("Police said officers fired two warning shots into the air.\n\nThe city's mayor, Ana Rees, said two shots had been fired.\n\nA shop owner, Lia Dorn, said she heard eight shots, not two."),
        ["c3 -> c2", "c3 -> c1"]
    );
}

#[test]
fn people_forced_from_their_homes_are_displaced_however_many_words_between() {
    figures_with_measures(
        "The governor said about 9,000 people had been forced to leave their homes at the height of the fire.",
        &["about 9,000 people = displaced people"],
    );
    figures_with_measures(
        "The agency said 1,200 families had been driven from their villages.",
        &["1,200 families = displaced people"],
    );
    // A count of those who left work is no count of the displaced.
    figures_with_measures(
        "The union said 300 workers had left the factory early.",
        &["300 workers = workers"],
    );
}

#[test]
fn rounds_bullets_and_cartridge_cases_count_shots() {
    figures_with_measures(
        "The commander said two rounds were discharged, both upwards.",
        &["two rounds = shots"],
    );
    figures_with_measures(
        "Investigators said they had recovered 14 spent cartridge cases from the square.",
        &["14 spent cartridge cases = shots"],
    );
    // Rounds of talks are no shots.
    figures_with_measures(
        "The mediator said three rounds of talks had failed.",
        &["three rounds = rounds of talks"],
    );
    assert_eq!(
        disputes("Police said officers fired two warning shots into the air.\n\nThe Police Standards Commission said its investigators had recovered 14 spent cartridge cases from the square."),
        ["c2 -> c1"]
    );
}

#[test]
fn people_a_hospital_admitted_are_counted_as_injured() {
    figures_with_measures(
        "The hospital said it had admitted eleven people from the square overnight.",
        &["eleven people = injuries"],
    );
    // Treated for a disease: not a count of the injured.
    figures_with_measures(
        "The clinic said it had treated 300 patients with cholera.",
        &["300 patients = patients"],
    );
    assert_eq!(
        disputes("Police said three members of the public were treated for minor injuries.\n\nSt Mary's Hospital said it had admitted eleven people from the square overnight."),
        ["c2 -> c1"]
    );
}

#[test]
fn some_of_a_group_counted_is_no_rival_count_unless_it_is_larger() {
    // Two of those a hospital admitted are not a count against its eleven.
    assert_eq!(
        disputes("The Royal Hospital said eleven people were injured overnight.\n\nA doctor at another clinic, Ana Holm, said two of them had gunshot wounds."),
        Vec::<String>::new()
    );
    // Seventy-one of a charity's patients dead is more than all the dead
    // a ministry counts.
    assert_eq!(
        disputes("The health ministry said 38 people had died of cholera.\n\nA charity, Clean Hands, said it had treated 900 patients. Clean Hands said seventy-one of those patients had died."),
        ["c3 -> c1"]
    );
}

#[test]
fn a_lead_that_describes_a_body_and_a_later_name_are_one_claimant() {
    let r = parse("At least 19 miners were killed, the provincial government said, but a miners' union said the real toll was far higher.\n\nThe Varn Miners' Federation (VMF) said 31 of them had lost their lives.");
    let names: Vec<Option<String>> = r.claims.iter().map(|c| r.claimant_name(c)).collect();
    assert_eq!(
        names[1..],
        [
            Some("Varn Miners' Federation".to_string()),
            Some("Varn Miners' Federation".to_string())
        ],
        "{names:?}"
    );
    // A word any body may carry ("local") tells nothing.
    let r = parse("A local group said 40 homes had burned.\n\nThe Local Traders' Alliance said 12 shops had closed.");
    let names: Vec<Option<String>> = r.claims.iter().map(|c| r.claimant_name(c)).collect();
    assert_ne!(names[0], names[1], "{names:?}");
}

#[test]
fn a_count_denied_and_restated_is_no_count_of_the_speakers_own() {
    // "not 11" is the other side's count: it disputes the claim that gave
    // eleven, and nobody who gave six.
    assert_eq!(
        disputes("A rights group said at least 11 people died in the raid.\n\n\"Six people died, not 11,\" said a police spokesman, Abel Moss.\n\nThe city's mayor, Ines Gold, said six people had died."),
        ["c2 -> c1", "c3 -> c1"]
    );
}

#[test]
fn a_claim_with_curly_apostrophes_reads_as_with_plain_ones() {
    let (to, _, from_a_claim) = no_evidence("The education minister said 11,200 pupils had dropped out.\n\n“The ministry’s figure isn’t backed by any data,” said Ilse Marrow, a researcher.");
    assert_eq!(to, "c1");
    assert!(from_a_claim);
}

#[test]
fn a_reply_that_points_at_what_was_just_said_disputes_it() {
    // "rejects that account": the account just given by another side.
    assert_eq!(
        disputes("The camp's director, Piet Varro, said arrivals had slowed to a trickle.\n\nThe Relief Network rejects that account."),
        ["c2 -> c1"]
    );
    // "That's simply not true", in an interview.
    assert_eq!(
        disputes("QUINN: The foam people photographed is a natural effect of the heat.\n\nVOSS: That's simply not true. It smelled of bleach."),
        ["c2 -> c1"]
    );
    // "says that is not true", whose "that" the content leaves out.
    assert_eq!(
        disputes("The council said every tenant had been offered a flat.\n\nThe residents' association says that is not true."),
        ["c2 -> c1"]
    );
    // The speaker's own earlier words are not answered so.
    assert_eq!(
        disputes("The council said every tenant had been offered a flat. The council said that is not true of the families who left early."),
        Vec::<String>::new()
    );
    // Nor a claim that only starts with "that" and says something else.
    assert_eq!(
        disputes("The council said every tenant had been offered a flat.\n\nThe association said that tenants had been given two days' notice."),
        Vec::<String>::new()
    );
}

#[test]
fn a_count_named_to_be_denied_disputes_the_claims_that_gave_it() {
    // "It is not 38, it is 11": the bare 38 is the residents' 38 households.
    assert_eq!(
        disputes("Residents said 38 households were forced from their homes.\n\n\"It is not 38, it is 11,\" said the housing councillor, Dorothy Finch."),
        ["c2 -> c1"]
    );
    // "it isn't 4,000": the agency's 4,000 fish.
    assert_eq!(
        disputes("The Environment Agency says around 4,000 fish died.\n\nVOSS: It isn't 4,000, it's well over 30,000."),
        ["c2 -> c1"]
    );
    // "not 19 dead": every account of 19 dead.
    assert_eq!(
        disputes("At least 19 miners were killed, the provincial government said.\n\nThe provincial governor, Matt Ebro, said rescuers had recovered 19 bodies.\n\n\"It is not 19 dead,\" said the union's secretary, Ruth Pell."),
        ["c3 -> c2", "c3 -> c1"]
    );
}

/// Each claimant's name with the name of the body it speaks for, if any.
fn speaks_for(input: &str) -> Vec<(String, Option<String>)> {
    let r = parse(input);
    r.claims
        .iter()
        .filter_map(|c| {
            let e = r.entity(c.claimant.as_ref()?.entity?)?;
            let org = e
                .affiliation
                .and_then(|a| r.entity(a))
                .map(|o| o.name.clone());
            Some((e.name.clone(), org))
        })
        .collect()
}

#[test]
fn a_person_speaks_for_the_body_its_role_names() {
    // "Its director": the body that spoke last.
    assert_eq!(
        speaks_for("The Citizens' Rights Observatory said it had documented 11 deaths. Its director, Baraka Ndiritu, said none of the dead had fired a weapon.")[1],
        ("Baraka Ndiritu".to_string(), Some("Citizens' Rights Observatory".to_string()))
    );
    // "manager at Kestrel Paper".
    assert_eq!(
        speaks_for(
            "Rafael Quintero, environmental manager at Kestrel Paper, said the water was treated."
        )[0],
        (
            "Rafael Quintero".to_string(),
            Some("Kestrel Paper".to_string())
        )
    );
    // "Police spokesman Inspector Abel Mutasa" after the police spoke.
    assert_eq!(
        speaks_for("Police said six people were killed. Police spokesman Inspector Abel Mutasa said officers came under fire.")[1],
        ("Abel Mutasa".to_string(), Some("Police".to_string()))
    );
    // "An ODP spokeswoman" and "The spokeswoman, Marit Oyelaran" are one
    // person, of the office the acronym names.
    let said = speaks_for("The Office for Displaced Persons (ODP) put the population at 78,000. An ODP spokeswoman said agencies were double-counting. The spokeswoman, Marit Oyelaran, said the register listed 81,400 people.");
    assert_eq!(
        said[1..],
        [
            (
                "Marit Oyelaran".to_string(),
                Some("Office for Displaced Persons".to_string())
            ),
            (
                "Marit Oyelaran".to_string(),
                Some("Office for Displaced Persons".to_string())
            )
        ]
    );
    // "Cllr" is a title: one councillor however she is named.
    assert_eq!(
        entity_names("Cllr Dorothy Amadi-Finch said 11 households were moved. \"It is not 38,\" Cllr Amadi-Finch said."),
        ["Dorothy Amadi-Finch"]
    );
}

#[test]
fn a_transcript_speaker_reading_out_anothers_claim_gives_it_to_them() {
    let r = parse("ABARA: Good morning.\n\nVOSS: No. It is wrong.\n\nABARA: The agency said in an interim finding yesterday that the fish suffocated. Could your discharge have caused that?");
    let agency = r
        .claims
        .iter()
        .filter(|c| c.content.iter().any(|s| r.slice(*s).contains("suffocated")))
        .map(|c| r.claimant_name(c))
        .collect::<Vec<_>>();
    assert_eq!(agency, [Some("agency".to_string())]);
}

#[test]
fn a_count_given_as_anothers_is_not_the_speakers_own() {
    // "the union's estimate of 31 dead" answers the union, not the
    // governor's 19 bodies.
    assert_eq!(
        disputes("A miners' union said 31 miners had died.\n\nThe provincial governor, Matt Ebro, said rescuers had recovered 19 bodies.\n\nA company spokesman, Dario Fen, dismissed the union's estimate of 31 dead."),
        ["c3 -> c1"]
    );
}

#[test]
fn a_count_named_as_a_figure_and_faulted_disputes_the_claim_that_gave_it() {
    assert_eq!(
        disputes("Halyard Labs said the leaked dataset held records for at least 11 million accounts.\n\nThe company's finance chief, Anders Trev, said the 11 million figure was wrong."),
        ["c2 -> c1"]
    );
}

#[test]
fn an_age_after_the_people_counted_is_no_figure() {
    // "under five" is how old the children were; they died.
    figures_with_measures(
        "The clinic's doctor said 27 children under five had died since July.",
        &["27 children = deaths"],
    );
    figures_with_measures(
        "The police said nobody under 18 was arrested, and 63,000 children under the age of 15 live in the district.",
        &["63,000 children = population"],
    );
    // Not an age: "under 40" is a bound on the count itself.
    figures(
        "The agency said under 40 people were hurt.",
        &["under 40 people = 40 less_than"],
    );
}

#[test]
fn the_first_day_of_a_span_of_dates_is_no_figure() {
    figures(
        "The group said its teams visited every sector between 2 and 9 October and counted 14,000 residents.",
        &["14,000 residents = 14000 exact"],
    );
}

#[test]
fn people_counted_where_they_live_are_one_measure() {
    // "living in", "residents", "population": the same headcount.
    assert_eq!(
        disputes("A relief group said more than 140,000 people were living in the camp.\n\nThe government's refugee office put the camp's population at 78,000."),
        ["c2 -> c1"]
    );
    // "300 residents were evacuated" are displaced, not a headcount.
    figures_with_measures(
        "Officials said 300 residents were evacuated.",
        &["300 residents = displaced people"],
    );
}

#[test]
fn a_count_may_dispute_each_count_of_a_side_on_its_measure() {
    let mut both = disputes("A relief group said more than 140,000 people live in the camp. Its teams counted 141,800 residents, it said.\n\nThe government's refugee office put the camp's population at 78,000.");
    both.sort();
    assert_eq!(both, ["c3 -> c1", "c3 -> c2"]);
    // The same count said twice is disputed once, where it was first given.
    assert_eq!(
        disputes("The union said 31 miners died. The union said 31 miners died in the shaft.\n\nThe company said nine miners died."),
        ["c3 -> c1"]
    );
}

#[test]
fn children_who_died_are_counted_as_deaths_are() {
    assert_eq!(
        disputes("A charity's doctor said 27 children had died in the camp since July.\n\nThe ministry said four deaths had been recorded in the camp this year."),
        ["c2 -> c1"]
    );
}

#[test]
fn a_count_called_impossible_to_reconcile_is_disputed() {
    assert_eq!(
        disputes("The ministry said four deaths had been recorded in the camp.\n\nA charity's doctor, Jo Lenz, called that figure \"impossible to reconcile with what we see on our wards\"."),
        ["c2 -> c1"]
    );
}

#[test]
fn the_true_number_restates_the_measure_of_the_count_before() {
    // "the true number was 11" answers the 38 households evicted.
    assert_eq!(
        disputes("Residents said 38 households were forced from their homes on Tuesday.\n\nThe council said the true number was 11."),
        ["c2 -> c1"]
    );
}

#[test]
fn some_of_a_count_given_first_are_part_of_it() {
    // "Of the 121 people detained, 77 have been deported": the 77 are
    // some of the 121, not a rival count of arrests.
    assert_eq!(
        disputes("Activists said 121 people were detained in the raids.\n\nAn immigration spokeswoman said: \"Of the 121 people detained, 77 have been deported.\""),
        Vec::<String>::new()
    );
}

#[test]
fn a_count_made_by_a_body_speaks_for_it() {
    let said = speaks_for("More than 140,000 people live in the camp, according to a headcount completed this week by Frontier Relief Network (FRN).");
    assert_eq!(said, [("Frontier Relief Network".to_string(), None)]);
    let r = parse("More than 140,000 people live in the camp, according to a headcount completed this week by Frontier Relief Network (FRN).");
    let e = r
        .entity(r.claims[0].claimant.as_ref().unwrap().entity.unwrap())
        .unwrap();
    assert_eq!(e.role, None);
}

#[test]
fn a_role_placed_somewhere_then_a_name_is_the_person_named() {
    assert_eq!(
        speaks_for("Frontier Relief Network (FRN) said it had counted 141,800 residents.\n\nFRN's medical coordinator in Maro Bend, Dr Joaquim Lenz, said 27 children had died.")[1],
        ("Joaquim Lenz".to_string(), Some("Frontier Relief Network".to_string()))
    );
}

#[test]
fn a_trailing_attribution_with_a_clause_of_when_keeps_its_content_before() {
    check(
        "The director moved money out of the accounts, a prosecutor told the court on Tuesday as his trial opened.",
        &["indirect | prosecutor | told | The director moved money out of the accounts"],
    );
    // "as many as" is content.
    check(
        "Officials said as many as 40 people had died.",
        &["indirect | Officials | said | as many as 40 people had died"],
    );
}

#[test]
fn accepting_is_a_claim_only_of_what_is_accepted_as_true() {
    check(
        "Under cross-examination, the witness accepted that the money had been paid back.",
        &["indirect | witness | accepted | the money had been paid back"],
    );
    no_claims("The witness accepted the offer.");
    no_claims("She has accepted that invitation.");
}

#[test]
fn going_on_for_a_time_is_no_claim() {
    no_claims("Aftershocks continued through Monday, and families spent a third night outdoors.");
    figures(
        "Officials said thousands of families spent a third night outdoors and police found 14 spent cartridge cases.",
        &[
            "thousands of families = 1000 approximately",
            "14 spent cartridge cases = 14 exact",
        ],
    );
}

#[test]
fn a_sum_counts_no_people() {
    figures_with_measures(
        "His lawyer said no more than 1.9 million dollars was unaccounted for.",
        &["no more than 1.9 million dollars = dollars"],
    );
}

#[test]
fn a_count_read_as_a_verb_borrows_no_measure() {
    // "We count the bodies" is a verb, not "the count" of something said
    // before: the 240 carried out are the dead.
    figures_with_measures(
        "The agency said dozens of people were still missing. \"We count the bodies we carry out, and we have carried out 240 bodies,\" its director said.",
        &["dozens of people = missing people", "240 bodies = deaths"],
    );
}

#[test]
fn names_and_roles_of_bodies_whatever_their_shape() {
    // A counsel's title.
    assert_eq!(
        entity_names("State Counsel Adaeze Nwankpa said the transfers were forged."),
        ["Adaeze Nwankpa"]
    );
    // A role of a body, then the person's name.
    assert_eq!(
        speaks_for("The Ministry of Health said 10 people died. A Ministry of Health spokesman, Jo Bloggs, said more had died.")[1],
        ("Jo Bloggs".to_string(), Some("Ministry of Health".to_string()))
    );
    // "and" inside a body's name, after a fronted time; its acronym
    // before a role.
    assert_eq!(
        speaks_for("On Sunday the National Search and Rescue Authority (NSRA) said its teams had recovered 180 bodies. NSRA director Meera Gautani said her crews had counted 240."),
        [
            ("National Search and Rescue Authority".to_string(), None),
            ("Meera Gautani".to_string(), Some("National Search and Rescue Authority".to_string()))
        ]
    );
    // Two people joined by "and" stay two names.
    assert_eq!(
        entity_names("Smith and Jones said the plan failed."),
        ["Smith and Jones"]
    );
}

#[test]
fn a_club_or_a_company_known_by_its_legal_form_is_the_club_and_the_company() {
    assert_eq!(
        speaks_for("Brunnvik IF said its debt had fallen. The club said the cut was the result of hard choices. A club spokesman, Jonas Solbakk, said the loans carried no interest."),
        [
            ("Brunnvik IF".to_string(), None),
            ("Brunnvik IF".to_string(), None),
            ("Jonas Solbakk".to_string(), Some("Brunnvik IF".to_string()))
        ]
    );
    assert_eq!(
        speaks_for(
            "Kestrel United said its debt had fallen. The company said it would sell players."
        ),
        [
            ("Kestrel United".to_string(), None),
            ("Kestrel United".to_string(), None)
        ]
    );
}

#[test]
fn families_evicted_and_households_moved_are_one_count_of_the_displaced() {
    assert_eq!(
        disputes("A housing coalition said between 1,200 and 1,500 families were forcibly evicted from the riverbank.\n\nA ministry spokesman, Yusuf Darma, said fewer than 400 households had been moved."),
        ["c2 -> c1"]
    );
    // "taken" is no part of what is counted.
    figures_with_measures(
        "The report draws on interviews with 312 evicted residents and on images of five neighbourhoods taken before the demolitions.",
        &["312 evicted residents = displaced people", "five neighbourhoods = neighbourhoods"],
    );
}

#[test]
fn a_refusal_in_a_clause_that_tells_who_someone_is_is_no_claim() {
    check(
        "Residents said people who refused to leave were beaten.",
        &["indirect | Residents | said | people who refused to leave were beaten"],
    );
}

#[test]
fn a_transcripts_list_of_speakers_is_no_speaker() {
    check(
        "The following is a transcript of the briefing. Speakers: Health Minister Dora Wilk; Dr Imre Hal of the institute.\n\nWILK: We have vaccinated 1.8 million children.",
        &["direct | Dora Wilk | : | We have vaccinated 1.8 million children"],
    );
}
