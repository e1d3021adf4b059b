//! The attribution rule table, one test group per rule and veto, each with
//! positive and negative cases of our own.
//!
//! `check(input, expected)`: each expected line is
//! `rule | kind | claimant | cue | content` for every attributed claim, in
//! order (claimant is the entity's canonical name, `-` for none; content
//! spans are joined with ` … `).

use claim_reader::report::{json, parse, ClaimKind};

#[track_caller]
fn check(input: &str, expected: &[&str]) {
    let r = parse(input);
    let got: Vec<String> = r
        .claims
        .iter()
        .filter(|c| c.kind != ClaimKind::Unattributed)
        .map(|c| {
            let who = r.claimant_name(c).unwrap_or_else(|| "-".into());
            let cue = c
                .cue
                .map(|q| r.slice(q.span).to_string())
                .unwrap_or_else(|| "-".into());
            let content: Vec<&str> = c.content.iter().map(|s| r.slice(*s)).collect();
            format!(
                "{} | {} | {} | {} | {}",
                c.rule.map_or("-", |r| r.name()),
                json::kind_name(c.kind),
                who,
                cue,
                content.join(" … ")
            )
        })
        .collect();
    assert_eq!(got, expected, "\ninput: {input}\n");
}

mod layout {
    use super::check;

    #[test]
    fn two_apostrophes_are_a_double_quotation_mark() {
        check(
            "''The bridge is safe,'' said Mr. Okoye, the city engineer.",
            &["inverted | direct | Okoye | said | The bridge is safe"],
        );
    }

    #[test]
    fn an_apostrophe_of_a_plural_possessive_is_no_quotation() {
        check(
            "The farmers' union said prices had fallen.",
            &["speaker_before | indirect | farmers' union | said | prices had fallen"],
        );
    }
}

mod continuation_quote {
    use super::check;

    #[test]
    fn a_quotation_after_its_speakers_claim_joins_it() {
        check(
            "\"We will appeal,\" Okafor said. \"The ruling ignores the evidence.\"",
            &["trailing_speaker | direct | Okafor | said | We will appeal … The ruling ignores the evidence."],
        );
    }

    #[test]
    fn reported_speech_then_a_quotation_is_a_mixed_claim() {
        check(
            "Okafor said the ruling would be appealed. \"It ignores the evidence.\"",
            &["speaker_before | mixed | Okafor | said | the ruling would be appealed … It ignores the evidence."],
        );
    }

    #[test]
    fn in_the_next_paragraph_it_is_a_claim_of_its_own() {
        check(
            "\"We will appeal,\" Okafor said.\n\n\"The ruling ignores the evidence.\"",
            &[
                "trailing_speaker | direct | Okafor | said | We will appeal",
                "continuation_quote | direct | Okafor | - | The ruling ignores the evidence.",
            ],
        );
    }

    #[test]
    fn not_after_the_reports_own_sentence() {
        check(
            "\"We will appeal,\" Okafor said. The court sat for two days. \"The ruling ignores the evidence.\"",
            &[
                "trailing_speaker | direct | Okafor | said | We will appeal",
                "continuation_quote | direct | Okafor | - | The ruling ignores the evidence.",
            ],
        );
    }
}
